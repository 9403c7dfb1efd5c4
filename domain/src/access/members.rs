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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_membership_side_changes_membership_data() {
        assert_eq!(require_membership_side(Side::Membership), Ok(()));
        assert_eq!(require_membership_side(Side::Residence), Err(MembershipSideOnly));
    }
}
