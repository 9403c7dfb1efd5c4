//! Encryption of personal data at rest (ID numbers, birth dates, phones, addresses) with
//! AES-256-GCM, and keyed blind indexes (HMAC-SHA256) for uniqueness and exact search.
//!
//! The key never lives in the database: it comes from `DANGJIAN_DATA_KEY` or from
//! `DATA_DIR/data-key` (generated once, mode 0600). Both may hold a ring of keys, newest
//! first: values are sealed and indexed with the newest, and opened with the key whose id
//! they carry, so that `dangjian data-key rotate` can re-seal rows while old keys still open
//! them.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// Why a sealed value cannot be opened or a key cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DataKeyError {
    #[error("a data key is 64 hexadecimal characters (32 bytes)")]
    Format,
    #[error("the value was sealed with key `{0}`, which is not in the key ring")]
    UnknownKey(String),
    #[error("a sealed value is damaged or was moved from another field")]
    Damaged,
}

/// One 32-byte key with its two derived keys.
#[derive(Clone)]
struct Key {
    id: String,
    cipher: Aes256Gcm,
    index: [u8; 32],
}

impl Key {
    fn new(secret: &[u8; 32]) -> Key {
        let derive = |label: &[u8]| -> [u8; 32] {
            let mut mac = <HmacSha256 as Mac>::new_from_slice(secret).unwrap_or_else(|_| unreachable!());
            mac.update(label);
            mac.finalize().into_bytes().into()
        };
        let encryption = derive(b"dangjian/personal-data/aes-256-gcm/v1");
        // The id names the key without revealing it: a hash of a third derived value.
        let id = hex::encode(&Sha256::digest(derive(b"dangjian/personal-data/key-id/v1"))[..4]);
        Key { id, cipher: Aes256Gcm::new(&encryption.into()), index: derive(b"dangjian/personal-data/blind-index/v1") }
    }
}

/// The key ring for personal data: the first key seals and indexes, every key opens.
#[derive(Clone)]
pub struct DataKeys {
    ring: Vec<Key>,
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.ring.iter().map(|k| k.id.as_str()).collect();
        f.debug_struct("DataKeys").field("ids", &ids).finish()
    }
}

/// A fresh random key in its text form (64 hexadecimal characters).
pub fn generate() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

impl DataKeys {
    /// Parses a ring: keys separated by commas or new lines, newest first.
    pub fn parse(text: &str) -> Result<DataKeys, DataKeyError> {
        let ring = text
            .split([',', '\n'])
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(|k| {
                let bytes: [u8; 32] =
                    hex::decode(k).ok().and_then(|b| b.try_into().ok()).ok_or(DataKeyError::Format)?;
                Ok(Key::new(&bytes))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if ring.is_empty() {
            return Err(DataKeyError::Format);
        }
        Ok(DataKeys { ring })
    }

    fn current(&self) -> &Key {
        &self.ring[0]
    }

    /// The id of the key that seals new values.
    pub fn current_id(&self) -> &str {
        &self.current().id
    }

    /// Encrypts `plain` for the field `field` (the field is authenticated, so a sealed
    /// value copied into another field does not open). Form: `<key id>.<nonce+ciphertext>`.
    pub fn seal(&self, field: &str, plain: &str) -> String {
        let key = self.current();
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let sealed = key
            .cipher
            .encrypt(&Nonce::from(nonce), Payload { msg: plain.as_bytes(), aad: field.as_bytes() })
            .unwrap_or_else(|_| unreachable!("AES-GCM encrypts any message shorter than 64 GiB"));
        let mut bytes = Vec::with_capacity(12 + sealed.len());
        bytes.extend_from_slice(&nonce);
        bytes.extend_from_slice(&sealed);
        format!("{}.{}", key.id, URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Decrypts a value sealed for `field` by any key of the ring.
    pub fn open(&self, field: &str, sealed: &str) -> Result<String, DataKeyError> {
        let (id, body) = sealed.split_once('.').ok_or(DataKeyError::Damaged)?;
        let key = self.ring.iter().find(|k| k.id == id).ok_or_else(|| DataKeyError::UnknownKey(id.to_owned()))?;
        let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| DataKeyError::Damaged)?;
        if bytes.len() < 12 {
            return Err(DataKeyError::Damaged);
        }
        let (nonce, message) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().map_err(|_| DataKeyError::Damaged)?;
        let plain = key
            .cipher
            .decrypt(&Nonce::from(nonce), Payload { msg: message, aad: field.as_bytes() })
            .map_err(|_| DataKeyError::Damaged)?;
        String::from_utf8(plain).map_err(|_| DataKeyError::Damaged)
    }

    /// The keyed blind index of a value of `field`: equal values give equal indexes, and
    /// nothing about the value can be learned from it without the key.
    pub fn index(&self, field: &str, plain: &str) -> String {
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.current().index).unwrap_or_else(|_| unreachable!());
        mac.update(field.as_bytes());
        mac.update(&[0]);
        mac.update(plain.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> DataKeys {
        DataKeys::parse(&generate()).expect("key")
    }

    #[test]
    fn sealed_values_open_with_their_key_only_and_in_their_field_only() {
        let keys = keys();
        let sealed = keys.seal("id_number", "61090219850601123X");
        assert!(!sealed.contains("1985"));
        assert_eq!(keys.open("id_number", &sealed).as_deref(), Ok("61090219850601123X"));
        assert_eq!(keys.open("phone", &sealed), Err(DataKeyError::Damaged), "moved to another field");
        let other = self::keys();
        assert!(matches!(other.open("id_number", &sealed), Err(DataKeyError::UnknownKey(_))));
        assert_ne!(keys.seal("id_number", "x"), keys.seal("id_number", "x"), "a fresh nonce for every value");
    }

    #[test]
    fn a_ring_opens_old_values_and_seals_with_the_newest_key() {
        let old = generate();
        let new = generate();
        let before = DataKeys::parse(&old).expect("old");
        let sealed = before.seal("phone", "13812345678");
        let ring = DataKeys::parse(&format!("{new},{old}")).expect("ring");
        assert_eq!(ring.open("phone", &sealed).as_deref(), Ok("13812345678"));
        assert!(!sealed.starts_with(ring.current_id()));
        assert!(ring.seal("phone", "13812345678").starts_with(&format!("{}.", ring.current_id())));
        assert_ne!(ring.index("phone", "13812345678"), before.index("phone", "13812345678"));
    }

    #[test]
    fn blind_indexes_are_stable_per_key_and_field() {
        let keys = keys();
        assert_eq!(keys.index("id_number", "a"), keys.index("id_number", "a"));
        assert_ne!(keys.index("id_number", "a"), keys.index("phone", "a"));
        assert_eq!(DataKeys::parse("abc").err(), Some(DataKeyError::Format));
    }
}
