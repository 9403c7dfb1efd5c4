//! Shared application state and the bridge from async handlers to blocking diesel work.

use std::sync::Arc;

use actix_web::web;

use crate::auth::token::TokenKeys;
use crate::config::Config;
use crate::db::{self, DbConnection, DbPool, Engine};
use crate::error::{ApiError, ApiResult};

#[derive(Clone)]
pub struct AppState {
    pub pool: DbPool,
    pub engine: Engine,
    pub config: Arc<Config>,
    pub keys: Arc<TokenKeys>,
}

impl AppState {
    pub fn new(pool: DbPool, engine: Engine, config: Config) -> AppState {
        let keys = TokenKeys::new(&config.jwt_secret, config.access_token_ttl);
        AppState { pool, engine, config: Arc::new(config), keys: Arc::new(keys) }
    }

    /// Runs reads on the blocking thread pool, never on the async executor.
    pub async fn read<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await?
    }

    /// Runs a write in one transaction on the blocking thread pool: all of it or nothing.
    pub async fn write<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get()?;
            db::write_transaction(&mut conn, work)
        })
        .await?
    }
}

impl From<ApiError> for std::io::Error {
    fn from(error: ApiError) -> Self {
        std::io::Error::other(error.to_string())
    }
}
