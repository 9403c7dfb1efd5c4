//! What each role may do. The HTTP layer identifies the caller; the decision lives here.

use super::Role;
use crate::tree;

code_list! {
    /// Something a caller may be allowed to do; `/me` lists the caller's, so clients need no
    /// copy of the role table.
    pub enum Action {
        /// Create accounts, disable them, reset lockouts.
        ManageAccounts = "manage_accounts" / "管理账号",
        /// Grant roles and scopes.
        GrantRoles = "grant_roles" / "授予角色",
        /// Read the audit log.
        ReadAudit = "read_audit" / "查阅审计日志",
        /// Read areas, organizations and units.
        ReadStructure = "read_structure" / "查看组织架构",
        /// Create, change and delete areas, organizations and units.
        WriteStructure = "write_structure" / "维护组织架构",
        /// Set the city's working-day calendar.
        ManageCalendar = "manage_calendar" / "维护工作日历",
        /// Read members (personal data masked).
        ReadMembers = "read_members" / "查看党员",
        /// Register members and change membership data (membership side only).
        WriteMembers = "write_members" / "维护党员",
        /// Record report-in, service, commitments, posts and notes.
        RecordMemberEvents = "record_member_events" / "登记党员活动",
        /// Read unmasked ID numbers, phones and addresses (audited).
        ReadPersonalData = "read_personal_data" / "查看完整个人信息",
        /// Read one's own member record (我的).
        ReadOwnRecord = "read_own_record" / "查看本人档案",
        /// Check in to one's online meetings and take micro Party courses (网络党支部).
        TakePartOnline = "take_part_online" / "参加网上组织生活",
        /// Read the resident requests of the scope (personal data masked).
        ReadRequests = "read_requests" / "查看居民诉求",
        /// Take in resident requests (grid phone, window, hotline).
        SubmitRequests = "submit_requests" / "登记居民诉求",
        /// Accept, dispatch, escalate and reject requests for the platform that holds them.
        HandleRequests = "handle_requests" / "办理居民诉求",
        /// Keep the households of the grids and log household visits.
        RecordVisits = "record_visits" / "入户走访",
        /// Subscribe the account to changes delivered as webhooks.
        SubscribeWebhooks = "subscribe_webhooks" / "订阅变更通知",
        /// Read joint meetings, the three lists and co-building tasks.
        ReadCoBuilding = "read_co_building" / "查看共驻共建",
        /// Keep joint meetings, the three lists and co-building tasks.
        ManageCoBuilding = "manage_co_building" / "管理共驻共建",
        /// Read the community's assessment opinions (an asker: the answers to its own requests).
        ReadOpinions = "read_opinions" / "查看鉴定意见",
        /// Give the community's assessment opinions and answer requests for them.
        GiveOpinions = "give_opinions" / "出具鉴定意见",
        /// Ask communities for their opinion on a cadre (干部考察征求意见).
        RequestOpinions = "request_opinions" / "征求社区意见",
        /// Read the access list, the work handed to communities and the refusals.
        ReadAffairs = "read_affairs" / "查看社区事务准入",
        /// Keep the access list and the Party-building work-item list.
        ManageAffairs = "manage_affairs" / "维护准入清单",
        /// Hand work to a community, citing an item of the access list.
        AssignAffairs = "assign_affairs" / "向社区派发事项",
        /// Read the support ledgers (office space, cadres, funding, demonstration sites).
        ReadSupport = "read_support" / "查看基础保障",
        /// Keep the support ledgers.
        ManageSupport = "manage_support" / "维护基础保障",
    }
}

/// The part of the organization tree a caller sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The whole tree (system and security administrators).
    Everything,
    /// The subtree of one organization, with its path and the path of the area it leads.
    Subtree { org_path: String, area_path: Option<String> },
    /// Nothing (the audit administrator, or an account without roles).
    Nothing,
}

impl Scope {
    /// Whether an organization at `path` is inside the scope.
    pub fn holds_org(&self, path: &str) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Subtree { org_path, .. } => tree::is_within(path, org_path),
            Scope::Nothing => false,
        }
    }

    /// Whether an area at `path` is inside the area led by the scope organization.
    pub fn holds_area(&self, path: &str) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Subtree { area_path: Some(area_path), .. } => tree::is_within(path, area_path),
            Scope::Subtree { area_path: None, .. } | Scope::Nothing => false,
        }
    }
}

/// Whether holding `roles` allows `action` (deny by default).
pub fn allows(roles: &[Role], action: Action) -> bool {
    roles.iter().any(|role| role_allows(*role, action))
}

/// Everything holding `roles` allows, in the list's order.
pub fn permissions(roles: &[Role]) -> Vec<Action> {
    Action::ALL.iter().copied().filter(|action| allows(roles, *action)).collect()
}

fn role_allows(role: Role, action: Action) -> bool {
    use Action::*;
    match role {
        // The calendar is set once for the whole city, so no scoped role sets it.
        Role::SystemAdmin => matches!(action, ManageAccounts | ReadStructure | WriteStructure | ManageCalendar),
        // Reads the structure only to pick scope organizations for the roles it grants.
        Role::SecurityAdmin => matches!(action, ManageAccounts | GrantRoles | ReadStructure),
        Role::AuditAdmin => action == ReadAudit,
        Role::OrgAdmin => matches!(
            action,
            ReadStructure
                | WriteStructure
                | ReadMembers
                | WriteMembers
                | RecordMemberEvents
                | ReadPersonalData
                | ReadRequests
                | SubmitRequests
                | HandleRequests
                | RecordVisits
                | SubscribeWebhooks
                | ReadCoBuilding
                | ManageCoBuilding
                | ReadOpinions
                | GiveOpinions
                | RequestOpinions
                | ReadAffairs
                | ManageAffairs
                | AssignAffairs
                | ReadSupport
                | ManageSupport
        ),
        Role::GridLeader => matches!(
            action,
            ReadStructure
                | ReadMembers
                | RecordMemberEvents
                | ReadRequests
                | SubmitRequests
                | RecordVisits
                | ReadCoBuilding
        ),
        Role::OrgViewer => {
            matches!(
                action,
                ReadStructure | ReadMembers | ReadRequests | ReadCoBuilding | ReadOpinions | ReadAffairs | ReadSupport
            )
        }
        // A hotline hands requests over and follows them; a department's system asks for
        // opinions and hands work to communities. Scopes narrow each account further.
        Role::Service => matches!(
            action,
            ReadStructure
                | ReadMembers
                | ReadRequests
                | SubmitRequests
                | SubscribeWebhooks
                | ReadCoBuilding
                | ReadOpinions
                | RequestOpinions
                | ReadAffairs
                | AssignAffairs
        ),
        Role::Member => matches!(action, ReadStructure | ReadOwnRecord | TakePartOnline),
    }
}

/// Whether a caller reads the opinions of the communities in its scope; an outside asker (a
/// department's service account) reads only the answers to its own requests.
pub fn reads_community_opinions(roles: &[Role]) -> bool {
    roles.iter().any(|role| *role != Role::Service && role_allows(*role, Action::ReadOpinions))
}

/// The scope a caller's roles give, from its scope organization (if any).
pub fn scope_of(roles: &[Role], scope_org: Option<(String, Option<String>)>) -> Scope {
    if roles.iter().any(|r| matches!(r, Role::SystemAdmin | Role::SecurityAdmin)) {
        return Scope::Everything;
    }
    match scope_org {
        Some((org_path, area_path)) if allows(roles, Action::ReadStructure) => Scope::Subtree { org_path, area_path },
        _ => Scope::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_security_admin_grants_roles() {
        for role in Role::ALL {
            assert_eq!(allows(&[*role], Action::GrantRoles), *role == Role::SecurityAdmin);
        }
    }

    #[test]
    fn only_the_audit_admin_reads_the_audit_log() {
        for role in Role::ALL {
            assert_eq!(allows(&[*role], Action::ReadAudit), *role == Role::AuditAdmin);
        }
    }

    #[test]
    fn only_party_affairs_staff_read_unmasked_personal_data() {
        for role in Role::ALL {
            assert_eq!(allows(&[*role], Action::ReadPersonalData), *role == Role::OrgAdmin);
        }
        assert!(!allows(&[Role::SystemAdmin], Action::ReadMembers), "the system administrator sees no business data");
    }

    #[test]
    fn only_the_system_administrator_sets_the_calendar() {
        for role in Role::ALL {
            assert_eq!(allows(&[*role], Action::ManageCalendar), *role == Role::SystemAdmin);
        }
    }

    #[test]
    fn permissions_list_exactly_what_the_roles_allow() {
        let both = permissions(&[Role::GridLeader, Role::Member]);
        assert_eq!(
            both,
            [
                Action::ReadStructure,
                Action::ReadMembers,
                Action::RecordMemberEvents,
                Action::ReadOwnRecord,
                Action::TakePartOnline,
                Action::ReadRequests,
                Action::SubmitRequests,
                Action::RecordVisits,
                Action::ReadCoBuilding
            ]
        );
        assert!(permissions(&[]).is_empty());
    }

    #[test]
    fn no_roles_allow_nothing() {
        assert!(!allows(&[], Action::ReadStructure));
        assert_eq!(scope_of(&[], Some(("/1/".into(), None))), Scope::Nothing);
    }

    #[test]
    fn a_scoped_user_sees_its_subtree_only() {
        let scope = scope_of(&[Role::OrgViewer], Some(("/1/5/".into(), Some("/2/7/".into()))));
        assert!(scope.holds_org("/1/5/"));
        assert!(scope.holds_org("/1/5/9/"));
        assert!(!scope.holds_org("/1/6/"));
        assert!(!scope.holds_org("/1/"));
        assert!(scope.holds_area("/2/7/3/"));
        assert!(!scope.holds_area("/2/8/"));
    }

    #[test]
    fn the_audit_admin_sees_no_structure() {
        assert_eq!(scope_of(&[Role::AuditAdmin], None), Scope::Nothing);
        assert!(!allows(&[Role::AuditAdmin], Action::ReadStructure));
    }
}
