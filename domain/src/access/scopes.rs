//! Least privilege for third-party systems (OAuth 2.0 scopes, RFC 6749 §3.3): a service
//! account is allowed some scopes and, optionally, some client addresses; its tokens carry the
//! scopes it asked for among those, and every operation needs the scope of its resource. A
//! person's token carries no scope: roles and the organization subtree decide alone.

use std::net::IpAddr;

use ipnet::IpNet;

code_list! {
    /// What a service account's token may be used for.
    pub enum ApiScope {
        /// Areas, organizations, units and the calendar: read.
        OrganizationsRead = "organizations:read" / "读取组织架构",
        /// Areas, organizations and units: change.
        OrganizationsWrite = "organizations:write" / "维护组织架构",
        /// Members, transfers, development, publicity and evaluations: read (masked).
        MembersRead = "members:read" / "读取党员信息",
        /// Members, transfers, development, publicity and evaluations: change.
        MembersWrite = "members:write" / "维护党员信息",
        /// Points, organizational life and online branches: read.
        PointsRead = "points:read" / "读取积分与组织生活",
        /// Points, organizational life and online branches: record.
        PointsWrite = "points:write" / "登记积分与组织生活",
        /// Resident requests and households: read (masked).
        RequestsRead = "requests:read" / "读取居民诉求",
        /// Resident requests and households: register and handle.
        RequestsWrite = "requests:write" / "登记与办理居民诉求",
        /// Co-building: joint meetings, the three lists, tasks and feedback reports: read.
        CoBuildingRead = "cobuilding:read" / "读取共驻共建",
        /// Co-building: record.
        CoBuildingWrite = "cobuilding:write" / "维护共驻共建",
        /// The community's assessment opinions: read (an asker reads its own requests).
        OpinionsRead = "opinions:read" / "读取鉴定意见",
        /// Opinions: ask for, give and answer.
        OpinionsWrite = "opinions:write" / "征求与出具鉴定意见",
        /// The community affairs access list and the work handed to communities: read.
        AffairsRead = "affairs:read" / "读取社区事务准入",
        /// The access list: keep it, and hand work to communities.
        AffairsWrite = "affairs:write" / "派发社区事务",
        /// The support ledgers: read.
        SupportRead = "support:read" / "读取基础保障",
        /// The support ledgers: keep.
        SupportWrite = "support:write" / "维护基础保障",
        /// Dashboards and alerts.
        ReportsRead = "reports:read" / "读取统计与提醒",
        /// The Open311 GeoReport v2 interface.
        Open311 = "open311" / "Open311 接口",
        /// Webhook subscriptions of the account and their deliveries.
        Webhooks = "webhooks" / "订阅变更通知",
        /// Accounts: read.
        AccountsRead = "accounts:read" / "读取账号",
        /// Accounts: change.
        AccountsWrite = "accounts:write" / "管理账号",
        /// The audit log.
        AuditRead = "audit:read" / "读取审计日志",
    }
}

/// The scope an operation needs, from its resource (the contract's tag) and whether it
/// changes anything; `None` for what any token may call (its own account, the token
/// endpoints, health).
pub fn needed(resource: &str, writes: bool) -> Option<ApiScope> {
    use ApiScope::*;
    let (read, write) = match resource {
        "areas" | "organizations" | "units" | "calendar" => (OrganizationsRead, OrganizationsWrite),
        // A tombstone holds an id and a time, nothing of the object.
        "tombstones" => (OrganizationsRead, OrganizationsRead),
        "members" | "transfers" | "development" | "publicities" | "evaluations" => (MembersRead, MembersWrite),
        "points" | "meetings" | "online" => (PointsRead, PointsWrite),
        "requests" | "households" => (RequestsRead, RequestsWrite),
        "joint-meetings" | "co-building" => (CoBuildingRead, CoBuildingWrite),
        "opinions" => (OpinionsRead, OpinionsWrite),
        "community-affairs" => (AffairsRead, AffairsWrite),
        "support" => (SupportRead, SupportWrite),
        "dashboard" | "alerts" => (ReportsRead, ReportsRead),
        "open311" => (Open311, Open311),
        "users" => (AccountsRead, AccountsWrite),
        "audit-events" => (AuditRead, AuditRead),
        "webhooks" => (Webhooks, Webhooks),
        "webhook-hosts" => (AccountsRead, AccountsWrite),
        _ => return None,
    };
    Some(if writes { write } else { read })
}

/// Why a token may not do something.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScopeRefusal {
    /// The token lacks the operation's scope.
    #[error("the access token does not carry the `{}` scope this operation needs", .0.code())]
    Insufficient(ApiScope),
    /// A token request asked for a scope the account is not allowed, or for no known scope.
    #[error("`{0}` is not a scope this client may ask for")]
    NotAllowed(String),
    /// The client called from an address the account is not allowed to be used from.
    #[error("this service account may not be used from this client address")]
    AddressNotAllowed,
}

impl ScopeRefusal {
    /// Stable problem code.
    pub fn code(&self) -> &'static str {
        match self {
            ScopeRefusal::Insufficient(_) => "insufficient-scope",
            ScopeRefusal::NotAllowed(_) => "invalid-scope",
            ScopeRefusal::AddressNotAllowed => "forbidden",
        }
    }
}

/// Whether a token carrying `granted` (`None`: a person's token) may call an operation that
/// needs `needed`.
pub fn check_scope(granted: Option<&[ApiScope]>, needed: Option<ApiScope>) -> Result<(), ScopeRefusal> {
    match (granted, needed) {
        (Some(granted), Some(needed)) if !granted.contains(&needed) => Err(ScopeRefusal::Insufficient(needed)),
        _ => Ok(()),
    }
}

/// The scopes a token gets: those asked for (space-separated, RFC 6749 §3.3), each one the
/// account is allowed; all it is allowed when it asks for none.
pub fn grant(allowed: &[ApiScope], requested: Option<&str>) -> Result<Vec<ApiScope>, ScopeRefusal> {
    let Some(requested) = requested.filter(|r| !r.trim().is_empty()) else { return Ok(allowed.to_vec()) };
    let mut granted = Vec::new();
    for word in requested.split_ascii_whitespace() {
        let scope = word
            .parse::<ApiScope>()
            .ok()
            .filter(|scope| allowed.contains(scope))
            .ok_or_else(|| ScopeRefusal::NotAllowed(word.to_owned()))?;
        if !granted.contains(&scope) {
            granted.push(scope);
        }
    }
    Ok(granted)
}

/// Whether a service account allowed only on `allowed` networks (none: anywhere) may be used
/// from `client`.
pub fn check_address(allowed: &[IpNet], client: Option<IpAddr>) -> Result<(), ScopeRefusal> {
    match client {
        _ if allowed.is_empty() => Ok(()),
        Some(client) if allowed.iter().any(|net| net.contains(&client)) => Ok(()),
        _ => Err(ScopeRefusal::AddressNotAllowed),
    }
}

/// Scopes as a token and the database hold them: space-separated codes.
pub fn to_text(scopes: &[ApiScope]) -> String {
    scopes.iter().map(|s| s.code()).collect::<Vec<_>>().join(" ")
}

/// Scopes from their text; unknown codes (a scope withdrawn since) are left out.
pub fn from_text(text: &str) -> Vec<ApiScope> {
    text.split_ascii_whitespace().filter_map(|word| word.parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApiScope::*;

    #[test]
    fn a_hotline_with_requests_and_structure_scopes_cannot_read_the_roster() {
        let hotline = [OrganizationsRead, RequestsRead, RequestsWrite, Open311];
        assert_eq!(check_scope(Some(&hotline), needed("requests", true)), Ok(()));
        assert_eq!(check_scope(Some(&hotline), needed("organizations", false)), Ok(()));
        assert_eq!(check_scope(Some(&hotline), needed("members", false)), Err(ScopeRefusal::Insufficient(MembersRead)));
        assert_eq!(check_scope(Some(&hotline), needed("points", true)), Err(ScopeRefusal::Insufficient(PointsWrite)));
    }

    #[test]
    fn a_persons_token_is_limited_by_roles_alone_and_some_operations_need_no_scope() {
        assert_eq!(check_scope(None, needed("members", true)), Ok(()));
        assert_eq!(needed("me", true), None);
        assert_eq!(needed("auth", true), None);
        assert_eq!(check_scope(Some(&[]), needed("me", false)), Ok(()));
    }

    #[test]
    fn a_token_gets_the_allowed_scopes_it_asks_for_and_nothing_else() {
        let allowed = [RequestsRead, RequestsWrite, Open311];
        assert_eq!(grant(&allowed, None), Ok(allowed.to_vec()));
        assert_eq!(grant(&allowed, Some("requests:read  requests:read")), Ok(vec![RequestsRead]));
        assert_eq!(
            grant(&allowed, Some("requests:read members:read")),
            Err(ScopeRefusal::NotAllowed("members:read".into()))
        );
        assert_eq!(grant(&allowed, Some("everything")), Err(ScopeRefusal::NotAllowed("everything".into())));
    }

    #[test]
    fn a_service_account_may_be_held_to_its_networks() {
        let office: IpNet = "10.20.0.0/16".parse().expect("net");
        assert_eq!(check_address(&[], "203.0.113.9".parse().ok()), Ok(()));
        assert_eq!(check_address(&[office], "10.20.3.4".parse().ok()), Ok(()));
        assert_eq!(check_address(&[office], "10.21.3.4".parse().ok()), Err(ScopeRefusal::AddressNotAllowed));
        assert_eq!(check_address(&[office], None), Err(ScopeRefusal::AddressNotAllowed));
    }

    #[test]
    fn scopes_read_back_from_their_text() {
        assert_eq!(from_text(&to_text(&[MembersRead, Open311])), vec![MembersRead, Open311]);
        assert_eq!(from_text("open311 withdrawn:scope"), vec![Open311]);
    }
}
