//! The integrity key: the HMAC key that chains the audit log and the points ledger. It lives
//! outside the database (`DANGJIAN_INTEGRITY_KEY` or `DATA_DIR/integrity-key`), so that
//! whoever can write the database cannot rebuild a chain. One process uses one key,
//! installed at start with [`install_key`] before anything is chained.

use std::sync::OnceLock;

use crate::error::{ApiError, ApiResult};

static KEY: OnceLock<Vec<u8>> = OnceLock::new();

/// Installs the key of this process (later calls keep the first key).
pub fn install_key(key: &[u8]) {
    let _ = KEY.get_or_init(|| key.to_vec());
}

pub fn key() -> ApiResult<&'static [u8]> {
    KEY.get().map(Vec::as_slice).ok_or_else(|| ApiError::Internal("the integrity key is not installed".into()))
}
