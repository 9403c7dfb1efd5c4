//! Who may change which account (三员分立): the system administrator creates and runs
//! accounts but grants nothing; the security administrator grants roles and scopes and
//! looks after the administrators' accounts but creates none; nobody administers their own
//! account, no administrator role is left without an active holder, and the auditor is taken
//! off duty only when a second administrator confirms it.

use super::Role;

/// A change to an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountChange<'a> {
    /// A new account, with or without roles.
    Create { with_roles: bool },
    /// Disable the account.
    Disable,
    /// Enable it again, clear a login lock or rename it.
    Maintain,
    /// Replace its roles or scope; `new_roles` as they will be.
    Grant { new_roles: &'a [Role] },
    /// Set a one-time password (or a new client secret) for a forgotten one.
    ResetPassword,
}

/// Why an account change is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountRefusal {
    #[error("your roles do not allow this change to this account")]
    NotAllowed,
    #[error("administrators do not administer their own accounts; another administrator does")]
    OwnAccount,
    #[error("`{0}` would have no active account left; grant the role to another account first")]
    LastAdministrator(Role),
    #[error("a second administrator confirms this change, not the one who asked for it")]
    SecondAdministrator,
}

impl AccountRefusal {
    /// Stable problem code.
    pub fn code(&self) -> &'static str {
        match self {
            AccountRefusal::NotAllowed => "forbidden",
            AccountRefusal::OwnAccount => "own-account",
            AccountRefusal::LastAdministrator(_) => "last-administrator",
            AccountRefusal::SecondAdministrator => "second-administrator-required",
        }
    }
}

/// The account a change is made to.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub id: i64,
    pub roles: &'a [Role],
    pub disabled: bool,
}

/// Checks a change by the account `actor_id` holding `actor_roles`. `active_holders(role)`
/// counts the enabled accounts holding an administrator role.
pub fn check_account_change(
    actor_id: i64,
    actor_roles: &[Role],
    target: Option<Target<'_>>,
    change: AccountChange<'_>,
    active_holders: impl Fn(Role) -> usize,
) -> Result<(), AccountRefusal> {
    let holds = |role: Role| actor_roles.contains(&role);
    let Some(target) = target else {
        return match change {
            AccountChange::Create { with_roles: false } if holds(Role::SystemAdmin) => Ok(()),
            _ => Err(AccountRefusal::NotAllowed),
        };
    };
    if target.id == actor_id && actor_roles.iter().any(|r| r.is_separated_admin()) {
        return Err(AccountRefusal::OwnAccount);
    }
    let target_admin = target.roles.iter().copied().find(|r| r.is_separated_admin());
    let allowed = match (change, target_admin) {
        (AccountChange::Grant { .. } | AccountChange::ResetPassword, _) => holds(Role::SecurityAdmin),
        // Administrators' accounts are looked after by the security administrator, so that
        // the system administrator cannot switch off the one who audits it.
        (AccountChange::Disable | AccountChange::Maintain, Some(_)) => holds(Role::SecurityAdmin),
        (AccountChange::Disable | AccountChange::Maintain, None) => holds(Role::SystemAdmin),
        (AccountChange::Create { .. }, _) => false,
    };
    if !allowed {
        return Err(AccountRefusal::NotAllowed);
    }
    // The last active holder of an administrator role keeps it and stays enabled.
    let leaves_role = |role: Role| match change {
        AccountChange::Disable => !target.disabled,
        AccountChange::Grant { new_roles } => !target.disabled && !new_roles.contains(&role),
        _ => false,
    };
    match target_admin {
        Some(role) if leaves_role(role) && active_holders(role) <= 1 => Err(AccountRefusal::LastAdministrator(role)),
        _ => Ok(()),
    }
}

code_list! {
    /// State of an account change that waits for a second administrator.
    pub enum ChangeStatus {
        /// 待确认
        Pending = "pending" / "待确认",
        /// 已确认并生效
        Confirmed = "confirmed" / "已确认",
        /// 已撤回或驳回
        Declined = "declined" / "已撤回",
    }
}

/// Whether a change takes the auditor off duty (disables it or takes its role away): such a
/// change waits for a second administrator, so that no single administrator stops the audit.
pub fn needs_confirmation(target_roles: &[Role], change: AccountChange<'_>) -> bool {
    target_roles.contains(&Role::AuditAdmin)
        && match change {
            AccountChange::Disable => true,
            AccountChange::Grant { new_roles } => !new_roles.contains(&Role::AuditAdmin),
            AccountChange::Create { .. } | AccountChange::Maintain | AccountChange::ResetPassword => false,
        }
}

/// Checks who confirms a change asked for by `requested_by` to the account `target_id`:
/// another holder of the system or security administrator role, and not the account changed.
pub fn check_confirmation(
    requested_by: i64,
    confirmer_id: i64,
    confirmer_roles: &[Role],
    target_id: i64,
) -> Result<(), AccountRefusal> {
    if !confirmer_roles.iter().any(|r| matches!(r, Role::SystemAdmin | Role::SecurityAdmin)) {
        return Err(AccountRefusal::NotAllowed);
    }
    if confirmer_id == target_id {
        return Err(AccountRefusal::OwnAccount);
    }
    if confirmer_id == requested_by {
        return Err(AccountRefusal::SecondAdministrator);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::*;

    const SYSTEM: i64 = 1;
    const SECURITY: i64 = 2;

    fn target(id: i64, roles: &[Role]) -> Option<Target<'_>> {
        Some(Target { id, roles, disabled: false })
    }

    fn plenty(_: Role) -> usize {
        2
    }

    #[test]
    fn the_system_administrator_creates_accounts_without_roles_and_the_security_administrator_none() {
        let create = |roles: &[Role], with_roles| {
            check_account_change(9, roles, None, AccountChange::Create { with_roles }, plenty)
        };
        assert_eq!(create(&[SystemAdmin], false), Ok(()));
        assert_eq!(create(&[SystemAdmin], true), Err(AccountRefusal::NotAllowed));
        assert_eq!(create(&[SecurityAdmin], false), Err(AccountRefusal::NotAllowed));
        assert_eq!(create(&[SecurityAdmin], true), Err(AccountRefusal::NotAllowed));
    }

    #[test]
    fn only_the_security_administrator_resets_a_forgotten_password_and_not_its_own() {
        let reset = AccountChange::ResetPassword;
        assert_eq!(check_account_change(SECURITY, &[SecurityAdmin], target(5, &[OrgAdmin]), reset, plenty), Ok(()));
        assert_eq!(
            check_account_change(SECURITY, &[SecurityAdmin], target(SYSTEM, &[SystemAdmin]), reset, plenty),
            Ok(())
        );
        assert_eq!(
            check_account_change(SYSTEM, &[SystemAdmin], target(5, &[OrgAdmin]), reset, plenty),
            Err(AccountRefusal::NotAllowed)
        );
        assert_eq!(
            check_account_change(SECURITY, &[SecurityAdmin], target(SECURITY, &[SecurityAdmin]), reset, plenty),
            Err(AccountRefusal::OwnAccount)
        );
    }

    #[test]
    fn only_the_security_administrator_grants_and_never_to_itself() {
        let grant = AccountChange::Grant { new_roles: &[OrgAdmin] };
        assert_eq!(check_account_change(SECURITY, &[SecurityAdmin], target(5, &[]), grant, plenty), Ok(()));
        assert_eq!(
            check_account_change(SYSTEM, &[SystemAdmin], target(5, &[]), grant, plenty),
            Err(AccountRefusal::NotAllowed)
        );
        let demote = AccountChange::Grant { new_roles: &[] };
        assert_eq!(
            check_account_change(SECURITY, &[SecurityAdmin], target(SECURITY, &[SecurityAdmin]), demote, plenty),
            Err(AccountRefusal::OwnAccount)
        );
    }

    #[test]
    fn the_system_administrator_cannot_disable_the_auditor_or_itself() {
        let auditor = target(3, &[AuditAdmin]);
        assert_eq!(
            check_account_change(SYSTEM, &[SystemAdmin], auditor, AccountChange::Disable, plenty),
            Err(AccountRefusal::NotAllowed)
        );
        assert_eq!(check_account_change(SECURITY, &[SecurityAdmin], auditor, AccountChange::Disable, plenty), Ok(()));
        assert_eq!(
            check_account_change(
                SYSTEM,
                &[SystemAdmin],
                target(SYSTEM, &[SystemAdmin]),
                AccountChange::Disable,
                plenty
            ),
            Err(AccountRefusal::OwnAccount)
        );
        assert_eq!(
            check_account_change(SYSTEM, &[SystemAdmin], target(7, &[OrgAdmin]), AccountChange::Disable, plenty),
            Ok(())
        );
        assert_eq!(
            check_account_change(SECURITY, &[SecurityAdmin], target(7, &[OrgAdmin]), AccountChange::Disable, plenty),
            Err(AccountRefusal::NotAllowed)
        );
    }

    #[test]
    fn the_last_active_holder_of_an_administrator_role_keeps_it() {
        let only = |_: Role| 1;
        let auditor = target(3, &[AuditAdmin]);
        assert_eq!(
            check_account_change(SECURITY, &[SecurityAdmin], auditor, AccountChange::Disable, only),
            Err(AccountRefusal::LastAdministrator(AuditAdmin))
        );
        assert_eq!(
            check_account_change(SECURITY, &[SecurityAdmin], auditor, AccountChange::Grant { new_roles: &[] }, only),
            Err(AccountRefusal::LastAdministrator(AuditAdmin))
        );
        let keeps = AccountChange::Grant { new_roles: &[AuditAdmin] };
        assert_eq!(check_account_change(SECURITY, &[SecurityAdmin], auditor, keeps, only), Ok(()));
    }

    #[test]
    fn taking_the_auditor_off_duty_waits_for_a_second_administrator() {
        assert!(needs_confirmation(&[AuditAdmin], AccountChange::Disable));
        assert!(needs_confirmation(&[AuditAdmin], AccountChange::Grant { new_roles: &[] }));
        assert!(!needs_confirmation(&[AuditAdmin], AccountChange::Grant { new_roles: &[AuditAdmin] }));
        assert!(!needs_confirmation(&[AuditAdmin], AccountChange::Maintain));
        assert!(!needs_confirmation(&[SecurityAdmin], AccountChange::Disable));
        let auditor = 3;
        assert_eq!(check_confirmation(SECURITY, SYSTEM, &[SystemAdmin], auditor), Ok(()));
        assert_eq!(
            check_confirmation(SECURITY, SECURITY, &[SecurityAdmin], auditor),
            Err(AccountRefusal::SecondAdministrator)
        );
        assert_eq!(check_confirmation(SECURITY, auditor, &[AuditAdmin], auditor), Err(AccountRefusal::NotAllowed));
        assert_eq!(check_confirmation(SECURITY, 8, &[OrgAdmin], auditor), Err(AccountRefusal::NotAllowed));
    }
}
