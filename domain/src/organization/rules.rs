//! Which organization may sit under which.

use super::OrgKind;

/// Why an organization cannot have the given parent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParentError {
    #[error("a {child} (党组织 kind `{child}`) cannot be placed under a {parent}")]
    KindNotAllowed { child: OrgKind, parent: OrgKind },
    #[error("only a committee (党委) can be a root organization")]
    RootMustBeCommittee,
}

/// The Party hierarchy: committees hold anything but groups; a general branch holds
/// branches; a branch holds groups; a group holds nothing.
pub fn check_parent(child: OrgKind, parent: Option<OrgKind>) -> Result<(), ParentError> {
    use OrgKind::*;
    let Some(parent) = parent else {
        return match child {
            Committee => Ok(()),
            _ => Err(ParentError::RootMustBeCommittee),
        };
    };
    let allowed = match parent {
        Committee | WorkingCommittee => child != Group,
        GeneralBranch => child == Branch,
        Branch => child == Group,
        Group => false,
    };
    if allowed { Ok(()) } else { Err(ParentError::KindNotAllowed { child, parent }) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrgKind::*;

    #[test]
    fn a_branch_holds_groups_and_a_group_holds_nothing() {
        assert_eq!(check_parent(Group, Some(Branch)), Ok(()));
        assert!(check_parent(Branch, Some(Group)).is_err());
        assert!(check_parent(Group, Some(Group)).is_err());
    }

    #[test]
    fn committees_hold_branches_general_branches_and_committees_but_not_groups() {
        for child in [Committee, WorkingCommittee, GeneralBranch, Branch] {
            assert_eq!(check_parent(child, Some(Committee)), Ok(()));
            assert_eq!(check_parent(child, Some(WorkingCommittee)), Ok(()));
        }
        assert!(check_parent(Group, Some(Committee)).is_err());
    }

    #[test]
    fn a_general_branch_holds_only_branches() {
        assert_eq!(check_parent(Branch, Some(GeneralBranch)), Ok(()));
        assert!(check_parent(GeneralBranch, Some(GeneralBranch)).is_err());
    }

    #[test]
    fn only_a_committee_is_a_root() {
        assert_eq!(check_parent(Committee, None), Ok(()));
        assert_eq!(check_parent(Branch, None), Err(ParentError::RootMustBeCommittee));
    }
}
