//! Idempotent writes (the IETF `Idempotency-Key` draft) on every POST and PATCH of the API
//! and of Open311. A request with a key runs with all its writes in one transaction; when it
//! succeeds, the key and the answer are written into that transaction before it commits, so a
//! crash can never leave a committed write without its key. A retry with the key gets the
//! kept answer (`Idempotent-Replayed: true`) instead of a second write. While the first is
//! running, this instance answers a retry 409; two instances racing for one key meet at the
//! key's unique index, and the second rolls back.
//!
//! The token endpoints are left out: their answers are fresh credentials, never replayed.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpResponse, ResponseError, web};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use diesel::Connection;
use domain::idempotency::{self as rules, Decision, IdempotencyRefusal, UsedKey};

use crate::auth::{Caller, client_addr, service_caller};
use crate::db::repo::idempotency::{self as keys, KeptAnswer, NewKey};
use crate::db::{self, DbConnection, DbPool, PooledDb};
use crate::error::{ApiError, ApiResult};
use crate::extract::{UPLOAD_LIMIT, body_timeout, declared_length, read_body};
use crate::state::AppState;

/// The request header that carries the key.
pub const KEY_HEADER: &str = "idempotency-key";
/// The answer header that marks a kept answer.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
/// What the kept answers are sealed as.
const SEALED_AS: &str = "idempotency.answer";

tokio::task_local! {
    /// The keyed request this task runs.
    static RUNNING: Arc<Held>;
}

/// The keyed request running on this task, if any: its reads and writes go through [`Held`].
pub fn running() -> Option<Arc<Held>> {
    RUNNING.try_with(Arc::clone).ok()
}

/// Keys of the requests this instance is running, by caller.
#[derive(Default)]
pub struct InFlight(Mutex<HashSet<(String, String)>>);

/// A key marked in flight until dropped.
struct Claim {
    registry: Arc<InFlight>,
    entry: (String, String),
}

impl InFlight {
    fn claim(self: &Arc<Self>, caller: &str, key: &str) -> Result<Claim, ApiError> {
        let entry = (caller.to_owned(), key.to_owned());
        let mut running = self.0.lock().map_err(|_| ApiError::Internal("idempotency registry".to_owned()))?;
        if !running.insert(entry.clone()) {
            return Err(IdempotencyRefusal::InFlight.into());
        }
        Ok(Claim { registry: Arc::clone(self), entry })
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        if let Ok(mut running) = self.registry.0.lock() {
            running.remove(&self.entry);
        }
    }
}

/// The connection of a keyed request: opened at its first write, with a transaction that
/// stays open until the answer is known.
pub struct Held {
    pool: DbPool,
    conn: Mutex<Option<PooledDb>>,
    /// The request changed names that are kept in memory (see [`AppState::renamed`]).
    renamed: AtomicBool,
}

impl Held {
    /// Runs a write in a savepoint of the request's transaction: a refused write is undone
    /// alone, as it would be in a transaction of its own.
    pub async fn write<T, F>(self: Arc<Self>, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        web::block(move || {
            let mut slot = self.conn.lock().map_err(|_| ApiError::Internal("held connection".to_owned()))?;
            if slot.is_none() {
                let mut conn = self.pool.get()?;
                db::begin_write(&mut conn)?;
                *slot = Some(conn);
            }
            let conn: &mut DbConnection =
                slot.as_mut().ok_or_else(|| ApiError::Internal("held connection".to_owned()))?;
            conn.transaction(work)
        })
        .await?
    }

    /// Makes the kept names stale once the request's transaction commits.
    pub fn rename_on_commit(&self) {
        self.renamed.store(true, Ordering::Release);
    }

    /// Runs a read; after the request's first write, on its connection, so that the request
    /// reads what it wrote.
    pub async fn read<T, F>(self: Arc<Self>, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        web::block(move || {
            let mut slot = self.conn.lock().map_err(|_| ApiError::Internal("held connection".to_owned()))?;
            match slot.as_mut() {
                Some(conn) => work(conn),
                None => {
                    drop(slot);
                    let mut conn = self.pool.get()?;
                    work(&mut conn)
                }
            }
        })
        .await?
    }

    /// Commits what the request wrote, with its key and answer when it succeeded. Nothing
    /// is committed when keeping the key fails.
    fn commit(&self, kept: Option<&NewKey<'_>>) -> ApiResult<()> {
        let mut slot = self.conn.lock().map_err(|_| ApiError::Internal("held connection".to_owned()))?;
        let mut conn = match (slot.take(), kept) {
            (None, None) => return Ok(()),
            (Some(conn), _) => conn,
            (None, Some(_)) => {
                let mut conn = self.pool.get()?;
                db::begin_write(&mut conn)?;
                conn
            }
        };
        let expired_before = db::now() - rules::KEPT_FOR;
        if let Some(Err(kept)) = kept.map(|key| keys::keep(&mut conn, key, expired_before)) {
            db::rollback(&mut conn)?;
            return Err(match ApiError::from(kept) {
                // Another instance ran a request with the same key meanwhile.
                ApiError::Conflict(_) => IdempotencyRefusal::InFlight.into(),
                other => other,
            });
        }
        Ok(db::commit(&mut conn)?)
    }
}

impl Drop for Held {
    /// A request dropped before its answer (the client went away) leaves nothing behind.
    fn drop(&mut self) {
        if let Ok(mut slot) = self.conn.lock()
            && let Some(mut conn) = slot.take()
            && let Err(e) = db::rollback(&mut conn)
        {
            log::warn!("rolling back an abandoned keyed request: {e}");
        }
    }
}

/// What a keyed request becomes.
enum Keyed {
    /// Run it, then keep its answer.
    Run { caller: String, key: String, fingerprint: String, claim: Claim },
    /// Answer what the first request was answered.
    Replay(KeptAnswer),
    /// No caller could be told from the request: run it as it is (it is refused, or public).
    Unscoped,
}

/// The middleware: see the module's documentation.
pub async fn middleware(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let (Some(state), Some(header)) = (state, keyed_header(&req)) else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let (caller, key, fingerprint, claim) = match prepare(&mut req, &state, &header).await {
        Err(refusal) => return Ok(req.into_response(refusal.error_response())),
        Ok(Keyed::Replay(answer)) => return Ok(req.into_response(replay(&state, &answer))),
        Ok(Keyed::Unscoped) => return Ok(next.call(req).await?.map_into_boxed_body()),
        Ok(Keyed::Run { caller, key, fingerprint, claim }) => (caller, key, fingerprint, claim),
    };
    let held = Arc::new(Held { pool: state.pool.clone(), conn: Mutex::new(None), renamed: AtomicBool::new(false) });
    let response = RUNNING.scope(Arc::clone(&held), next.call(req)).await?;
    let renamed = held.renamed.load(Ordering::Acquire);
    let (http_request, response) = response.into_parts();
    let status = response.status();
    let (head, body) = response.into_parts();
    let body = actix_web::body::to_bytes(body)
        .await
        .map_err(|e| ApiError::Internal(format!("reading the answer to keep it: {}", e.into())))?;
    let text = |name| head.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let (content_type, location, etag) = (text(header::CONTENT_TYPE), text(header::LOCATION), text(header::ETAG));
    let sealed = state.data_keys.seal(SEALED_AS, &STANDARD.encode(&body));
    let crash_after_commit = state.config.crash_after_commit;
    let committed = web::block(move || {
        let kept = status.is_success().then(|| NewKey {
            caller: &caller,
            idempotency_key: &key,
            fingerprint: &fingerprint,
            status: i32::from(status.as_u16()),
            content_type: content_type.as_deref(),
            location: location.as_deref(),
            etag: etag.as_deref(),
            body: &sealed,
            created_at: db::now(),
        });
        held.commit(kept.as_ref())
    })
    .await
    .map_err(ApiError::from)
    .and_then(|committed| committed);
    drop(claim);
    // Names the request read back on its own connection are stale whether or not it committed.
    if renamed {
        state.caches.names.renamed();
    }
    if let Err(refusal) = committed {
        return Ok(ServiceResponse::new(http_request, refusal.error_response()));
    }
    state.generation.advance();
    if crash_after_commit && status.is_success() {
        log::error!("DANGJIAN_FAULT_CRASH_AFTER_COMMIT: dying after the commit, before the answer");
        std::process::abort();
    }
    Ok(ServiceResponse::new(http_request, head.set_body(BoxBody::new(body))))
}

/// The key header of a request the middleware handles: a POST or PATCH of the API (not the
/// token endpoints) or of Open311.
fn keyed_header(req: &ServiceRequest) -> Option<header::HeaderValue> {
    let path = req.path();
    let writes = req.method() == Method::POST || req.method() == Method::PATCH;
    let ours = (path.starts_with("/api/") && !path.starts_with("/api/v1/auth/")) || path.starts_with("/open311/");
    if !writes || !ours {
        return None;
    }
    req.headers().get(KEY_HEADER).cloned()
}

/// Tells the caller, marks the key in flight, reads the body (put back for the handler) and
/// decides from the key's earlier use. A bearer's key is marked before its body arrives, so a
/// retry sent while the first is still uploading is told to wait too.
async fn prepare(req: &mut ServiceRequest, state: &AppState, header: &header::HeaderValue) -> ApiResult<Keyed> {
    let key = header.to_str().map_err(|_| IdempotencyRefusal::Malformed).and_then(rules::parse_key)?;
    let claim = |caller: &str| state.in_flight.claim(caller, &key);
    let bearer = match req.headers().contains_key(header::AUTHORIZATION) {
        true => match Caller::extract(req.request()).await {
            Ok(caller) => Some(scope(&caller)),
            Err(_) => return Ok(Keyed::Unscoped),
        },
        false => None,
    };
    let early = bearer.as_deref().map(claim).transpose()?;
    let mut payload = req.take_payload();
    let body =
        read_body(&mut payload, declared_length(req.request()), UPLOAD_LIMIT, body_timeout(req.request())).await?;
    req.set_payload(actix_web::dev::Payload::from(web::Bytes::from(body.clone())));
    let (caller, claim) = match (bearer, early) {
        (Some(caller), Some(claim)) => (caller, claim),
        _ => {
            let Some(caller) = key_holder(req, state, &body).await else { return Ok(Keyed::Unscoped) };
            let claim = claim(&caller)?;
            (caller, claim)
        }
    };
    let target = req.uri().path_and_query().map_or_else(|| req.path().to_owned(), |p| p.as_str().to_owned());
    let fingerprint = rules::fingerprint(req.method().as_str(), &target, &body);
    let (who, which) = (caller.clone(), key.clone());
    let kept = state.read(move |conn| Ok(keys::find(conn, &who, &which)?)).await?;
    let used = kept.as_ref().map(|k| UsedKey { fingerprint: &k.fingerprint, used_at: k.created_at });
    match (rules::decide(used, &fingerprint, db::now())?, kept) {
        (Decision::Replay, Some(answer)) => Ok(Keyed::Replay(answer)),
        _ => Ok(Keyed::Run { caller, key, fingerprint, claim }),
    }
}

/// Whose keys a caller's are: its account's.
fn scope(caller: &Caller) -> String {
    format!("account:{}", caller.id)
}

/// The service account behind Open311's `api_key`, in the query or the form body.
async fn key_holder(req: &ServiceRequest, state: &AppState, body: &[u8]) -> Option<String> {
    let form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let api_key = api_key(req.query_string().as_bytes()).or_else(|| form.then(|| api_key(body)).flatten())?;
    let caller = service_caller(state, &api_key, client_addr(req.request())).await.ok()?;
    Some(scope(&caller))
}

fn api_key(form: &[u8]) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(form).ok()?;
    pairs.into_iter().find_map(|(name, value)| (name == "api_key").then_some(value))
}

/// The kept answer, marked as such.
fn replay(state: &AppState, answer: &KeptAnswer) -> HttpResponse {
    let body = state.data_keys.open(SEALED_AS, &answer.body).ok().and_then(|text| STANDARD.decode(text).ok());
    let status = u16::try_from(answer.status).ok().and_then(|s| StatusCode::from_u16(s).ok());
    let (Some(body), Some(status)) = (body, status) else {
        return ApiError::Internal("a kept answer does not open".to_owned()).error_response();
    };
    let mut response = HttpResponse::build(status);
    response.insert_header((REPLAYED_HEADER, "true"));
    for (name, value) in [
        (header::CONTENT_TYPE, &answer.content_type),
        (header::LOCATION, &answer.location),
        (header::ETAG, &answer.etag),
    ] {
        if let Some(value) = value {
            response.insert_header((name, value.as_str()));
        }
    }
    response.body(body)
}

impl From<IdempotencyRefusal> for ApiError {
    fn from(refusal: IdempotencyRefusal) -> Self {
        match refusal {
            IdempotencyRefusal::Malformed => ApiError::field("Idempotency-Key", "format", refusal.to_string()),
            IdempotencyRefusal::KeyReused => ApiError::Rule {
                code: refusal.code(),
                title: "Idempotency key reused",
                detail: refusal.to_string(),
                errors: Vec::new(),
            },
            IdempotencyRefusal::InFlight => ApiError::InFlight(refusal.to_string()),
        }
    }
}

/// Forgets the keys older than a day; the number forgotten.
pub fn forget_expired(conn: &mut DbConnection) -> ApiResult<usize> {
    Ok(keys::forget_before(conn, db::now() - rules::KEPT_FOR)?)
}
