//! The OAuth 2.0 scopes of a request: what the caller's token carries (see
//! `domain::access::scopes`) and what the operation it calls needs, read from the contract's
//! tags once at start.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

use actix_web::HttpRequest;
use domain::access::AccountKind;
use domain::access::scopes::{self, ApiScope};
use ipnet::IpNet;

use crate::db::models::UserRow;
use crate::error::{ApiError, ApiResult};

/// The scope each documented operation needs, by path template and method.
#[derive(Debug, Clone, Default)]
pub struct OperationScopes(Arc<HashMap<(String, String), Option<ApiScope>>>);

impl OperationScopes {
    pub fn new(table: HashMap<(String, String), Option<ApiScope>>) -> OperationScopes {
        OperationScopes(Arc::new(table))
    }

    /// The scope the request's operation needs (`None`: any token); an operation the contract
    /// does not declare is refused to scoped tokens.
    pub fn needed(&self, req: &HttpRequest) -> Needed {
        if req.path().starts_with("/open311/") {
            return Needed::Known(scopes::needed("open311", true));
        }
        let key = req.match_pattern().map(|pattern| (pattern, req.method().as_str().to_owned()));
        match key.and_then(|key| self.0.get(&key)) {
            Some(needed) => Needed::Known(*needed),
            None => Needed::Undeclared,
        }
    }
}

/// What an operation needs of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needed {
    Known(Option<ApiScope>),
    Undeclared,
}

/// Refuses a token whose scopes (`None`: a person's token, limited by roles alone) do not
/// hold what the operation needs.
pub fn check(granted: Option<&[ApiScope]>, needed: Needed) -> ApiResult<()> {
    match needed {
        Needed::Known(needed) => Ok(scopes::check_scope(granted, needed)?),
        Needed::Undeclared if granted.is_some() => {
            Err(ApiError::Forbidden("this operation declares no scope; scoped tokens may not call it".to_owned()))
        }
        Needed::Undeclared => Ok(()),
    }
}

/// The scopes a service account may ask for.
pub fn allowed(row: &UserRow) -> Vec<ApiScope> {
    row.scopes.as_deref().map(scopes::from_text).unwrap_or_default()
}

/// The networks a service account may be used from (none: anywhere).
pub fn networks(row: &UserRow) -> Vec<IpNet> {
    let list = row.allowed_addresses.as_deref().unwrap_or_default();
    crate::proxies::parse_networks(list).unwrap_or_default()
}

/// The scopes of a caller: for a service account, those of its token that it is still
/// allowed, used from an allowed address; for a person, those its token asked for, if any.
pub fn of_caller(
    row: &UserRow,
    kind: AccountKind,
    token_scope: Option<&str>,
    client: Option<&str>,
) -> ApiResult<Option<Vec<ApiScope>>> {
    if kind != AccountKind::Service {
        return Ok(token_scope.map(scopes::from_text));
    }
    let client: Option<IpAddr> = client.and_then(|c| c.parse().ok());
    scopes::check_address(&networks(row), client)?;
    let allowed = allowed(row);
    let granted = token_scope.map_or_else(|| allowed.clone(), scopes::from_text);
    Ok(Some(granted.into_iter().filter(|scope| allowed.contains(scope)).collect()))
}
