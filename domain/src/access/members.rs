//! Who may act on a member: the membership side changes membership data, the residence side
//! reads it and records what happens where the member lives.

use crate::member::Side;
pub use crate::member::rules::side;

/// A change of membership data asked by the residence side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "membership data is managed by the organization holding the membership (组织关系所在党组织); the residence side may read and record report-in, service, commitments, posts and notes"
)]
pub struct MembershipSideOnly;

impl MembershipSideOnly {
    pub fn code(self) -> &'static str {
        "membership-side-only"
    }
}

/// Refuses a change of membership data from the residence side.
pub fn require_membership_side(side: Side) -> Result<(), MembershipSideOnly> {
    match side {
        Side::Membership => Ok(()),
        Side::Residence => Err(MembershipSideOnly),
    }
}

/// A correction of a points entry asked by someone else than the membership side or the
/// organization that awarded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("only the membership side or the awarding organization corrects an entry")]
pub struct NotCorrector;

/// Who corrects a points entry: the membership side, or the residence side when its own
/// organization awarded the entry.
pub fn require_corrector(side: Side, own_org: i64, awarding_org: i64) -> Result<(), NotCorrector> {
    match side {
        Side::Membership => Ok(()),
        Side::Residence if own_org == awarding_org => Ok(()),
        Side::Residence => Err(NotCorrector),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_membership_side_changes_membership_data() {
        assert_eq!(require_membership_side(Side::Membership), Ok(()));
        assert_eq!(require_membership_side(Side::Residence), Err(MembershipSideOnly));
    }

    #[test]
    fn an_entry_is_corrected_by_the_membership_side_or_its_awarding_organization() {
        assert_eq!(require_corrector(Side::Membership, 3, 9), Ok(()));
        assert_eq!(require_corrector(Side::Residence, 9, 9), Ok(()));
        assert_eq!(require_corrector(Side::Residence, 3, 9), Err(NotCorrector));
    }
}
