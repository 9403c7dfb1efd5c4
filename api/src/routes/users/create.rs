//! New accounts: a person with an initial password, or a service account whose client secret
//! the server generates and answers once.

use actix_web::{HttpResponse, post, web};
use domain::access::accounts::{AccountChange, check_account_change};
use domain::access::{AccountKind, Role};
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use super::{User, check_roles, hashed, load, require_org, service};
use crate::audit::{self, Event};
use crate::auth::{Caller, password};
use crate::db::models::NewUser;
use crate::db::now;
use crate::db::repo::users::{self, AccountColumns};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::routes::common::created;
use crate::state::AppState;

/// New account.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    /// Login name (letters, digits, `.`, `_`, `-`).
    #[validate(length(min = 3, max = 64), custom(function = "username_chars"))]
    #[schema(min_length = 3, max_length = 64)]
    pub username: String,
    /// Name shown for the account (e.g. the person's real name).
    #[validate(length(min = 1, max = 64))]
    #[schema(min_length = 1, max_length = 64)]
    pub display_name: String,
    /// `person` (default) or `service` (a third-party system using client credentials).
    #[serde(default = "person")]
    pub kind: AccountKind,
    /// A person's one-time initial password (changed at first login; see the password rules).
    /// A service account's client secret is generated and answered once as `client_secret`
    /// when this is left out (or given here: at least 32 random characters).
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub password: Option<String>,
    /// Must be empty: the system administrator creates accounts and the security
    /// administrator grants their roles afterwards (三员分立).
    #[serde(default)]
    #[validate(length(max = 8))]
    #[schema(max_items = 8)]
    pub roles: Vec<Role>,
    /// The organization whose subtree the account will see (none for the three administrators).
    pub scope_org_id: Option<i64>,
    /// A service account's OAuth 2.0 scopes (none: it may call only what needs no scope).
    #[validate(length(max = 32))]
    #[schema(max_items = 32)]
    pub scopes: Option<Vec<domain::access::scopes::ApiScope>>,
    /// The client networks a service account may be used from (addresses or CIDR blocks;
    /// none: anywhere).
    #[validate(length(max = 32))]
    #[schema(max_items = 32)]
    pub allowed_addresses: Option<Vec<String>>,
}

fn person() -> AccountKind {
    AccountKind::Person
}

fn username_chars(username: &str) -> Result<(), validator::ValidationError> {
    if username.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')) {
        Ok(())
    } else {
        Err(validator::ValidationError::new("format").with_message("only letters, digits, `.`, `_` and `-`".into()))
    }
}

/// Create an account (system administrator only, without roles: the security administrator
/// grants them with `PATCH`).
#[utoipa::path(operation_id = "create_user", tag = "users", request_body = CreateUser, responses((status = 201, description = "Created", body = User)))]
#[post("/users")]
pub async fn create_user(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<CreateUser>,
) -> ApiResult<HttpResponse> {
    let may_create = |with_roles| {
        check_account_change(caller.id, &caller.roles, None, AccountChange::Create { with_roles }, |_| 0)
            .map_err(|refusal| ApiError::Forbidden(refusal.to_string()))
    };
    // Whether the caller creates accounts at all, before anything about the body is said.
    may_create(false)?;
    let new = new.accept()?;
    // Scopes and client networks are grants, like roles: the security administrator's.
    may_create(!new.roles.is_empty() || new.scopes.is_some() || new.allowed_addresses.is_some())?;
    check_roles(new.kind, &new.roles, new.scope_org_id)?;
    let grants = service::checked_grants(new.kind, new.scopes.as_deref(), new.allowed_addresses.as_deref())?;
    let generated = match (&new.password, new.kind) {
        (Some(_), _) => None,
        (None, AccountKind::Service) => Some(service::new_secret()),
        (None, AccountKind::Person) => {
            return Err(ApiError::field("password", "required", "a person's account starts with an initial password"));
        }
    };
    let secret = new.password.clone().or_else(|| generated.clone()).unwrap_or_default();
    let password_hash = match &generated {
        Some(_) => web::block(move || password::hash(&secret)).await??,
        None => hashed(&state, secret, new.username.clone(), new.kind).await?,
    };
    let user = state
        .write(move |conn| {
            require_org(conn, new.scope_org_id)?;
            if users::find_by_username(conn, &new.username)?.is_some() {
                return Err(ApiError::Conflict(format!("the username `{}` is taken", new.username)));
            }
            let at = now();
            let id = users::insert(
                conn,
                &NewUser {
                    username: &new.username,
                    display_name: &new.display_name,
                    kind: new.kind.code(),
                    password_hash: &password_hash,
                    scope_org_id: new.scope_org_id,
                    // A person's initial password is known to the administrator who set it.
                    password_change_required: new.kind == AccountKind::Person,
                    password_changed_at: Some(at),
                    created_at: at,
                    updated_at: at,
                },
            )?;
            users::set_roles(conn, id, &new.roles)?;
            if let Some(grants) = &grants {
                let columns = AccountColumns {
                    scopes: Some(grants.scopes.as_deref()),
                    allowed_addresses: Some(grants.addresses.as_deref()),
                    ..AccountColumns::default()
                };
                users::change(conn, id, 1, &columns)?;
            }
            let roles: Vec<&str> = new.roles.iter().map(|r| r.code()).collect();
            audit::record(
                conn,
                &caller.actor(),
                Event::success("user.create", "user", id).with_detail(format!("roles={}", roles.join(","))),
            )?;
            load(conn, id)
        })
        .await?;
    let (user, version) = user;
    let user = User { client_secret: generated, ..user };
    Ok(created(format!("/api/v1/users/{}", user.id), version, &user))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_plain_ascii() {
        assert!(username_chars("zhang.san_01").is_ok());
        assert!(username_chars("张三").is_err());
        assert!(username_chars("a b").is_err());
    }
}
