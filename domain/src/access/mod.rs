//! Roles, scopes and who may do what (DOMAIN.md §1). Deny by default.

pub mod accounts;
pub mod members;
pub mod policy;
pub mod requests;
pub mod scopes;

code_list! {
    /// Role of an account.
    pub enum Role {
        /// 系统管理员: creates accounts, configures areas and organizations; never grants roles
        SystemAdmin = "system_admin" / "系统管理员",
        /// 安全管理员: grants roles and scopes; no business data
        SecurityAdmin = "security_admin" / "安全管理员",
        /// 审计管理员: reads the audit log only
        AuditAdmin = "audit_admin" / "审计管理员",
        /// 党务工作者: manages everything inside its scope
        OrgAdmin = "org_admin" / "党务工作者",
        /// 查看者: leaders and inspectors, read inside its scope
        OrgViewer = "org_viewer" / "查看者",
        /// 网格长 / 中心户长
        GridLeader = "grid_leader" / "网格长",
        /// 党员
        Member = "member" / "党员",
        /// 第三方系统: a government system or script using client credentials
        Service = "service" / "第三方系统",
    }
}

code_list! {
    /// Whether an account is a person or a third-party system.
    pub enum AccountKind {
        /// A person who logs in with a password.
        Person = "person" / "人员",
        /// A third-party system that uses client credentials.
        Service = "service" / "第三方系统",
    }
}

impl Role {
    /// The three separated administrator roles (三员分立).
    pub fn is_separated_admin(self) -> bool {
        matches!(self, Role::SystemAdmin | Role::SecurityAdmin | Role::AuditAdmin)
    }
}

/// Why a set of roles cannot be given to an account.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleSetError {
    #[error("administrator roles are separated (三员分立): `{0}` cannot be held with `{1}`")]
    SeparatedAdmins(Role, Role),
    #[error("every account except the three administrators needs a scope organization")]
    ScopeRequired,
    #[error("the three administrators have no scope organization")]
    AdminWithScope,
    #[error("the `service` role belongs to service accounts, and every service account holds it")]
    ServiceRoleMismatch,
}

/// Checks a set of roles for an account of `kind` with an optional scope.
///
/// An administrator role stands alone: an account holding one holds no other role, so
/// that no account combines operating, granting and auditing.
pub fn check_role_set(kind: AccountKind, roles: &[Role], has_scope: bool) -> Result<(), RoleSetError> {
    if let Some(admin) = roles.iter().copied().find(|r| r.is_separated_admin()) {
        if let Some(other) = roles.iter().copied().find(|r| *r != admin) {
            return Err(RoleSetError::SeparatedAdmins(admin, other));
        }
        if has_scope {
            return Err(RoleSetError::AdminWithScope);
        }
    } else if !roles.is_empty() && !has_scope {
        return Err(RoleSetError::ScopeRequired);
    }
    let holds_service = roles.contains(&Role::Service);
    if holds_service != (kind == AccountKind::Service) && !roles.is_empty() {
        return Err(RoleSetError::ServiceRoleMismatch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use AccountKind::{Person, Service as ServiceAccount};

    #[test]
    fn no_account_holds_two_separated_admin_roles() {
        assert_eq!(
            check_role_set(Person, &[Role::SystemAdmin, Role::AuditAdmin], false),
            Err(RoleSetError::SeparatedAdmins(Role::SystemAdmin, Role::AuditAdmin))
        );
        assert_eq!(
            check_role_set(Person, &[Role::SecurityAdmin, Role::OrgAdmin], false),
            Err(RoleSetError::SeparatedAdmins(Role::SecurityAdmin, Role::OrgAdmin))
        );
        assert_eq!(check_role_set(Person, &[Role::AuditAdmin], false), Ok(()));
    }

    #[test]
    fn business_roles_need_a_scope_and_admins_have_none() {
        assert_eq!(check_role_set(Person, &[Role::OrgAdmin], false), Err(RoleSetError::ScopeRequired));
        assert_eq!(check_role_set(Person, &[Role::OrgAdmin, Role::Member], true), Ok(()));
        assert_eq!(check_role_set(Person, &[Role::SystemAdmin], true), Err(RoleSetError::AdminWithScope));
    }

    #[test]
    fn the_service_role_is_for_service_accounts_only() {
        assert_eq!(check_role_set(ServiceAccount, &[Role::Service], true), Ok(()));
        assert_eq!(check_role_set(Person, &[Role::Service], true), Err(RoleSetError::ServiceRoleMismatch));
        assert_eq!(check_role_set(ServiceAccount, &[Role::OrgViewer], true), Err(RoleSetError::ServiceRoleMismatch));
    }
}
