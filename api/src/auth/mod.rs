//! Who is calling: the bearer token becomes a [`Caller`] with roles and scope. Access
//! decisions are made by `domain::access`; this module only identifies the caller.

pub mod password;
pub mod scopes;
pub mod second_factor;
pub mod token;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use domain::access::policy::{self, Action, Scope};
use domain::access::{AccountKind, Role};
use futures_util::future::{LocalBoxFuture, Ready, ready};

use crate::audit::Actor;
use crate::db::models::UserRow;
use crate::db::now;
use crate::db::repo::users;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use domain::account::password_policy::{self, PasswordPolicy};

/// Whether the account must choose a new password before anything else: an initial password
/// set by an administrator, or an administrator's password past its maximum age.
pub fn password_change_due(policy: &PasswordPolicy, row: &UserRow, roles: &[Role]) -> bool {
    let changed_at = row.password_changed_at.unwrap_or(row.created_at);
    row.password_change_required
        || (roles.iter().any(|r| r.is_separated_admin()) && password_policy::expired(policy, changed_at, now()))
}

/// Whether an administrator still has to set up the second factor it must log in with.
pub fn second_factor_enrollment_due(required_for_admins: bool, row: &UserRow, roles: &[Role]) -> bool {
    required_for_admins && row.totp_enabled_at.is_none() && roles.iter().any(|r| r.is_separated_admin())
}

/// Requests an account that must change its password may still make.
fn allowed_before_password_change(req: &HttpRequest) -> bool {
    matches!((req.method().as_str(), req.path()), ("GET", "/api/v1/me") | ("POST", "/api/v1/me/password"))
}

/// Requests an administrator without its second factor may still make.
fn allowed_before_second_factor(req: &HttpRequest) -> bool {
    allowed_before_password_change(req)
        || matches!(
            (req.method().as_str(), req.path()),
            ("POST", "/api/v1/me/second-factor") | ("POST", "/api/v1/me/second-factor/confirm")
        )
}

/// An authenticated account making the request.
#[derive(Debug, Clone)]
pub struct Caller {
    pub id: i64,
    pub username: String,
    /// The name people know the account by: what records show as who recorded them.
    pub display_name: String,
    pub kind: AccountKind,
    pub roles: Vec<Role>,
    pub scope_org_id: Option<i64>,
    pub scope: Scope,
    pub client_addr: Option<String>,
    /// The member record of a member's account (我的).
    pub member_id: Option<i64>,
    /// The OAuth 2.0 scopes its token may be used for; `None`: a person's token that asked
    /// for none, limited by roles alone.
    pub scopes: Option<Vec<domain::access::scopes::ApiScope>>,
    /// The request it makes (`X-Request-Id`).
    pub request_id: Option<String>,
}

impl Caller {
    /// Refuses with 403 unless the caller's roles allow `action`.
    pub fn require(&self, action: Action) -> ApiResult<()> {
        if policy::allows(&self.roles, action) {
            Ok(())
        } else {
            Err(ApiError::Forbidden("your roles do not allow this action".to_owned()))
        }
    }

    /// The member record of the caller's own account; an account without one may not act
    /// as a member.
    pub fn own_member(&self) -> ApiResult<i64> {
        self.member_id.ok_or_else(|| ApiError::Forbidden("this account is not linked to a member record".to_owned()))
    }

    pub fn actor(&self) -> Actor {
        Actor {
            id: Some(self.id),
            username: Some(self.username.clone()),
            client_addr: self.client_addr.clone(),
            request_id: self.request_id.clone(),
        }
    }
}

fn bearer_token(req: &HttpRequest) -> Result<String, ApiError> {
    let value = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| ApiError::Unauthorized("send `Authorization: Bearer <access token>`".to_owned()))?;
    match value.split_once(' ') {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() => {
            Ok(token.trim().to_owned())
        }
        _ => Err(ApiError::Unauthorized("the Authorization header must use the Bearer scheme".to_owned())),
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_token(req);
        let client_addr = client_addr(req);
        let password_change_allowed = allowed_before_password_change(req);
        let second_factor_allowed = allowed_before_second_factor(req);
        let needed = req.app_data::<scopes::OperationScopes>().map_or(scopes::Needed::Undeclared, |t| t.needed(req));
        let request_id = crate::request_id::of(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::Internal("application state missing".to_owned()))?;
            let token = state.keys.verify(&token?)?;
            let account = active_account(&state, token.user_id).await?;
            // A write of this instance (logout, password change, ...) makes the kept account
            // stale at once, so an ended session is refused from the next request on.
            if !account.sessions.contains(&token.session_id) {
                return Err(ApiError::Unauthorized(
                    "the session has ended (logged out, password changed, or its time is up)".to_owned(),
                ));
            }
            if !password_change_allowed && password_change_due(&state.config.passwords, &account.row, &account.roles) {
                return Err(ApiError::PasswordChangeRequired);
            }
            if !second_factor_allowed
                && second_factor_enrollment_due(state.config.admin_second_factor, &account.row, &account.roles)
            {
                return Err(ApiError::SecondFactorEnrollmentRequired);
            }
            let caller = caller_of(&account, client_addr, token.scope.as_deref())?;
            scopes::check(caller.scopes.as_deref(), needed)?;
            Ok(Caller { request_id, ..caller })
        })
    }
}

/// An account that exists and is enabled, kept between requests until the next write.
async fn active_account(state: &AppState, user_id: i64) -> ApiResult<std::sync::Arc<users::Account>> {
    let accounts = &state.caches.accounts;
    let account = match accounts.get(&user_id) {
        Some(account) => Some(account),
        None => {
            let generation = accounts.generation();
            let loaded = state.read(move |conn| Ok(users::load_account(conn, user_id)?)).await?;
            loaded.map(|account| accounts.keep(user_id, generation, account))
        }
    };
    account
        .filter(|a| !a.row.disabled)
        .ok_or_else(|| ApiError::Unauthorized("the account no longer exists or is disabled".to_owned()))
}

/// The caller an account makes with a token carrying `token_scope`.
pub fn caller_of(
    account: &users::Account,
    client_addr: Option<String>,
    token_scope: Option<&str>,
) -> ApiResult<Caller> {
    let kind = account.row.kind.parse().map_err(|_| ApiError::Internal("stored account kind".to_owned()))?;
    let scope = policy::scope_of(&account.roles, account.scope_paths.clone());
    let scopes = scopes::of_caller(&account.row, kind, token_scope, client_addr.as_deref())?;
    Ok(Caller {
        request_id: None,
        scopes,
        id: account.row.id,
        username: account.row.username.clone(),
        display_name: account.row.display_name.clone(),
        kind,
        roles: account.roles.clone(),
        scope_org_id: account.row.scope_org_id,
        scope,
        client_addr,
        member_id: account.row.member_id,
    })
}

/// The hashes a secret is checked against: the account's, and for a service account the
/// secret it rotated from, while that stays good.
pub fn secret_hashes(row: &UserRow) -> Vec<String> {
    let previous =
        row.previous_secret_hash.clone().filter(|_| row.previous_secret_until.is_some_and(|until| until > now()));
    std::iter::once(row.password_hash.clone()).chain(previous).collect()
}

/// The caller behind a service account's key (`client_id:client_secret`), for interfaces whose
/// standard passes a key instead of a token (Open311's `api_key`). A verified key is kept for a
/// minute, so that a busy hotline does not pay the password hash on every request.
pub async fn service_caller(state: &AppState, api_key: &str, client_addr: Option<String>) -> ApiResult<Caller> {
    use sha2::{Digest, Sha256};
    type Verified = std::collections::HashMap<[u8; 32], (i64, std::time::Instant)>;
    static VERIFIED: std::sync::LazyLock<std::sync::Mutex<Verified>> = std::sync::LazyLock::new(Default::default);
    const KEEP: std::time::Duration = std::time::Duration::from_secs(60);
    let invalid = || ApiError::Unauthorized("the api_key is not a valid service account key".to_owned());
    let digest: [u8; 32] = Sha256::digest(api_key.as_bytes()).into();
    let kept = VERIFIED
        .lock()
        .map_err(|_| ApiError::Internal("key cache".to_owned()))?
        .get(&digest)
        .filter(|(_, at)| at.elapsed() < KEEP)
        .map(|(id, _)| *id);
    let user_id = match kept {
        Some(id) => id,
        None => {
            let (client_id, secret) = api_key.split_once(':').ok_or_else(invalid)?;
            let lookup = client_id.to_owned();
            let user = state.read(move |conn| Ok(users::find_by_username(conn, &lookup)?)).await?;
            let user = user.filter(|u| u.kind == AccountKind::Service.code());
            let stored = user.as_ref().map_or_else(|| vec![password::decoy_hash().to_owned()], secret_hashes);
            let secret = secret.to_owned();
            let verified = web::block(move || stored.iter().any(|hash| password::verify(&secret, hash))).await?;
            let user = user.filter(|_| verified).ok_or_else(invalid)?;
            let mut verified = VERIFIED.lock().map_err(|_| ApiError::Internal("key cache".to_owned()))?;
            verified.retain(|_, (_, at)| at.elapsed() < KEEP);
            verified.insert(digest, (user.id, std::time::Instant::now()));
            user.id
        }
    };
    let account = active_account(state, user_id).await?;
    let caller = caller_of(&account, client_addr, None)?;
    scopes::check(caller.scopes.as_deref(), scopes::Needed::Known(domain::access::scopes::needed("open311", true)))?;
    Ok(caller)
}

/// The client's address: the TCP peer, or behind trusted proxies the address they forwarded
/// (see [`crate::proxies`]).
pub fn client_addr(req: &HttpRequest) -> Option<String> {
    let peer = req.peer_addr()?.ip();
    let Some(state) = req.app_data::<actix_web::web::Data<AppState>>() else { return Some(peer.to_string()) };
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    Some(state.config.trusted_proxies.client(peer, header("forwarded"), header("x-forwarded-for")).to_string())
}

/// The client address and request id of an unauthenticated request, for the audit log.
#[derive(Debug, Clone)]
pub struct ClientAddr {
    pub addr: Option<String>,
    pub request_id: Option<String>,
}

impl ClientAddr {
    /// Who acts in the request, as far as it is known.
    pub fn actor(self, id: Option<i64>, username: Option<String>) -> Actor {
        Actor { id, username, client_addr: self.addr, request_id: self.request_id }
    }
}

impl FromRequest for ClientAddr {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(ClientAddr { addr: client_addr(req), request_id: crate::request_id::of(req) }))
    }
}
