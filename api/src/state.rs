//! Shared application state and the bridge from async handlers to blocking diesel work.

use std::sync::Arc;

use actix_web::web;

use crate::auth::token::TokenKeys;
use crate::cache::{Cache, Generation};
use crate::config::Config;
use crate::data_key::DataKeys;
use crate::db::group_commit::GroupCommit;
use crate::db::repo::attachments::BlobStore;
use crate::db::repo::users::Account;
use crate::db::snapshot::Snapshots;
use crate::db::{self, DbConnection, DbPool, Engine};
use crate::error::{ApiError, ApiResult};
use crate::idempotency::{self, InFlight};
use crate::limits::Limits;

#[derive(Clone)]
pub struct AppState {
    pub pool: DbPool,
    pub engine: Engine,
    pub config: Arc<Config>,
    pub keys: Arc<TokenKeys>,
    /// Keys of personal data at rest.
    pub data_keys: Arc<DataKeys>,
    /// Rate limits of this instance.
    pub limits: Arc<Limits>,
    pub generation: Arc<Generation>,
    pub caches: Arc<Caches>,
    /// Where meeting attachments keep their bytes.
    pub blobs: BlobStore,
    /// Keys of the idempotent requests this instance is running.
    pub in_flight: Arc<InFlight>,
    /// Writes that share commits on SQLite (see [`crate::db::group_commit`]).
    grouped: Option<GroupCommit>,
    /// Point reads on SQLite (see [`crate::db::snapshot`]).
    snapshots: Option<Arc<Snapshots>>,
}

/// Answers kept between writes (see [`crate::cache`]).
pub struct Caches {
    /// The account behind an access token, by account id.
    pub accounts: Cache<i64, Account>,
    /// The organizations and areas that list filters name, by id: a page then reads only its
    /// own rows.
    pub organizations: Cache<i64, crate::db::models::OrganizationRow>,
    pub areas: Cache<i64, crate::db::models::AreaRow>,
    /// Dashboards, by organization id.
    pub dashboards: Cache<i64, crate::reports::dashboard::KeptDashboard>,
    /// Their costly parts, kept while their facts stay as they are.
    pub dashboard_parts: crate::reports::dashboard::KeptParts,
    /// Ranking totals, by organization id and year.
    pub rankings: Cache<(i64, i32), crate::reports::rankings::RankingTotals>,
    /// Co-building figures, by the path ranges of their subtree and the day they count to.
    pub co_building:
        Cache<(Vec<(String, String)>, chrono::NaiveDate), crate::reports::cobuilding_figures::CoBuildingFigures>,
    /// The totals lists' first pages counted, by list (see [`crate::paging::ListKey`]).
    pub totals: Cache<crate::paging::ListKey, i64>,
    /// Names of organizations and areas, kept until one is renamed.
    pub names: Arc<crate::db::repo::names::KeptNames>,
}

/// Distinct subtrees and years kept at most, per kind of answer.
const CACHE_CAPACITY: usize = 1024;

impl AppState {
    pub fn new(pool: DbPool, engine: Engine, config: Config) -> AppState {
        let keys = TokenKeys::new(&config.jwt_secret, config.access_token_ttl);
        let generation = Arc::new(Generation::default());
        let ttl = config.cache_ttl;
        let caches = Caches {
            accounts: Cache::new(Arc::clone(&generation), ttl, CACHE_CAPACITY),
            organizations: Cache::new(Arc::clone(&generation), ttl, CACHE_CAPACITY),
            areas: Cache::new(Arc::clone(&generation), ttl, CACHE_CAPACITY),
            dashboards: Cache::new(Arc::clone(&generation), ttl, CACHE_CAPACITY),
            dashboard_parts: crate::reports::dashboard::KeptParts::new(CACHE_CAPACITY),
            rankings: Cache::new(Arc::clone(&generation), ttl, CACHE_CAPACITY),
            co_building: Cache::new(Arc::clone(&generation), ttl, CACHE_CAPACITY),
            totals: Cache::new(Arc::clone(&generation), ttl, CACHE_CAPACITY),
            names: Arc::new(crate::db::repo::names::KeptNames::new(ttl)),
        };
        let grouped = (engine == Engine::Sqlite).then(|| GroupCommit::start(pool.clone(), Arc::clone(&generation)));
        let snapshots = (engine == Engine::Sqlite && !config.read_snapshot.is_zero())
            .then(|| Arc::new(Snapshots::new(&config.database_url, config.read_snapshot)));
        let data_keys = Arc::new(config.data_keys.clone());
        crate::integrity::install_key(&config.integrity_key);
        let limits = Arc::new(Limits::new(config.limits));
        AppState {
            grouped,
            snapshots,
            blobs: BlobStore::for_engine(engine, &config.data_dir),
            pool,
            engine,
            config: Arc::new(config),
            keys: Arc::new(keys),
            data_keys,
            limits,
            generation: Arc::clone(&generation),
            caches: Arc::new(caches),
            in_flight: Arc::default(),
        }
    }

    /// Runs reads on the blocking thread pool, never on the async executor.
    pub async fn read<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        if let Some(keyed) = idempotency::running() {
            return keyed.read(work).await;
        }
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await?
    }

    /// Runs a read of a few rows by key (one member, one request) on the worker itself, in
    /// the worker's kept read transaction on SQLite (see [`crate::db::snapshot`]): it answers
    /// in microseconds, less than the hop to the blocking pool and back costs. PostgreSQL
    /// answers over the network, so its reads hop. `work` runs inside that transaction, so it
    /// must not begin one of its own.
    pub async fn read_point<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        let mut work = work;
        if let Some(snapshots) = &self.snapshots
            && idempotency::running().is_none()
        {
            match snapshots.read(&self.generation, work) {
                Ok(done) => return done,
                Err(back) => work = back,
            }
        }
        self.read(work).await
    }

    /// Runs a write in one transaction on the blocking thread pool: all of it or nothing.
    /// A committed write makes every kept answer stale. A request with an `Idempotency-Key`
    /// writes in the transaction that keeps its key (see [`crate::idempotency`]).
    pub async fn write<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        if let Some(keyed) = idempotency::running() {
            return keyed.write(work).await;
        }
        let pool = self.pool.clone();
        let generation = Arc::clone(&self.generation);
        web::block(move || {
            let mut conn = pool.get()?;
            let written = db::write_transaction(&mut conn, work);
            if written.is_ok() {
                generation.advance();
            }
            written
        })
        .await?
    }

    /// Tells the kept names that the write just made changed or removed organizations or
    /// areas: at once when it has committed, or once its request's transaction commits.
    pub fn renamed(&self) {
        match idempotency::running() {
            Some(keyed) => keyed.rename_on_commit(),
            None => self.caches.names.renamed(),
        }
    }

    /// A small write that many clients make at once (points entries). On SQLite, where
    /// writers take turns and each commit waits for the disk, such writes share commits;
    /// PostgreSQL runs concurrent transactions in parallel and shares WAL flushes itself.
    pub async fn write_small<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        match &self.grouped {
            Some(grouped) if idempotency::running().is_none() => grouped.write(work).await,
            _ => self.write(work).await,
        }
    }
}

impl From<ApiError> for std::io::Error {
    fn from(error: ApiError) -> Self {
        std::io::Error::other(error.to_string())
    }
}
