//! 统一社会信用代码 (unified social credit code), GB 32100-2015.
//!
//! 18 characters: registration authority (1), organization type (1), administrative region
//! (6 digits), organization code (9), check character (1). The alphabet has 31 characters
//! (digits and capitals without I, O, Z, S, V); the check character makes the weighted
//! sum a multiple of 31.

const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// Why a credit code is invalid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CreditCodeError {
    #[error("a unified social credit code has 18 characters, got {0}")]
    Length(usize),
    #[error("character {position} (`{character}`) is not allowed in a unified social credit code")]
    Character { position: usize, character: char },
    #[error("characters 3 to 8 must be the digits of an administrative region code")]
    Region,
    #[error("the check character should be `{expected}`")]
    Checksum { expected: char },
}

fn value_of(byte: u8) -> Option<u32> {
    ALPHABET.iter().position(|c| *c == byte).and_then(|p| u32::try_from(p).ok())
}

/// The check character for the first 17 characters of a code.
pub fn check_character(first17: &[u8]) -> Option<char> {
    let mut sum = 0;
    for (byte, weight) in first17.iter().zip(WEIGHTS) {
        sum += value_of(*byte)? * weight;
    }
    let check = (31 - sum % 31) % 31;
    ALPHABET.get(usize::try_from(check).ok()?).map(|b| char::from(*b))
}

/// Validates a unified social credit code (upper case, as printed on a business licence).
pub fn validate(code: &str) -> Result<(), CreditCodeError> {
    let length = code.chars().count();
    if length != 18 {
        return Err(CreditCodeError::Length(length));
    }
    for (index, character) in code.chars().enumerate() {
        let allowed = u8::try_from(character).ok().and_then(value_of).is_some();
        if !allowed {
            return Err(CreditCodeError::Character { position: index + 1, character });
        }
    }
    let bytes = code.as_bytes();
    if !bytes[2..8].iter().all(u8::is_ascii_digit) {
        return Err(CreditCodeError::Region);
    }
    let expected = check_character(&bytes[..17]).ok_or(CreditCodeError::Region)?;
    if char::from(bytes[17]) != expected {
        return Err(CreditCodeError::Checksum { expected });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_codes_pass() {
        // The worked example of GB 32100-2015 and a code printed on a real business licence.
        assert_eq!(validate("91350100M000100Y43"), Ok(()));
        assert_eq!(validate("91110000802100433B"), Ok(()));
    }

    #[test]
    fn a_changed_character_fails_the_checksum() {
        assert_eq!(validate("91350100M000100Y44"), Err(CreditCodeError::Checksum { expected: '3' }));
    }

    #[test]
    fn wrong_length_letters_and_region_are_refused() {
        assert_eq!(validate("9135010"), Err(CreditCodeError::Length(7)));
        assert_eq!(validate("91350100M000100I43"), Err(CreditCodeError::Character { position: 16, character: 'I' }));
        assert_eq!(validate("9135A100M000100Y43"), Err(CreditCodeError::Region));
    }
}
