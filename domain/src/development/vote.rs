//! Branch general meeting votes: the quorum and the majority are computed, never typed in.

/// The counts of a vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vote {
    /// Members entitled to vote (full members of the branch).
    pub entitled: u32,
    /// Entitled members present.
    pub present: u32,
    /// Votes in favour.
    pub in_favour: u32,
}

/// Why a vote does not decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VoteError {
    #[error("quorum not met: {present} of {entitled} entitled members present; more than half are needed")]
    QuorumNotMet { present: u32, entitled: u32 },
    #[error(
        "majority not met: {in_favour} in favour of {entitled} entitled; more than half of the entitled are needed"
    )]
    MajorityNotMet { in_favour: u32, entitled: u32 },
    #[error("the counts are inconsistent: in favour ≤ present ≤ entitled")]
    Inconsistent,
}

/// Present must be more than half of the entitled; in favour must be more than half of the
/// entitled (not of those present).
pub fn check(vote: Vote) -> Result<(), VoteError> {
    if vote.in_favour > vote.present || vote.present > vote.entitled || vote.entitled == 0 {
        return Err(VoteError::Inconsistent);
    }
    if vote.present * 2 <= vote.entitled {
        return Err(VoteError::QuorumNotMet { present: vote.present, entitled: vote.entitled });
    }
    if vote.in_favour * 2 <= vote.entitled {
        return Err(VoteError::MajorityNotMet { in_favour: vote.in_favour, entitled: vote.entitled });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_half_is_not_more_than_half() {
        assert_eq!(
            check(Vote { entitled: 20, present: 10, in_favour: 10 }),
            Err(VoteError::QuorumNotMet { present: 10, entitled: 20 })
        );
        assert_eq!(check(Vote { entitled: 20, present: 11, in_favour: 11 }), Ok(()));
    }

    #[test]
    fn the_majority_counts_against_the_entitled_not_the_present() {
        assert_eq!(
            check(Vote { entitled: 20, present: 12, in_favour: 10 }),
            Err(VoteError::MajorityNotMet { in_favour: 10, entitled: 20 })
        );
    }

    #[test]
    fn impossible_counts_are_refused() {
        assert_eq!(check(Vote { entitled: 5, present: 6, in_favour: 4 }), Err(VoteError::Inconsistent));
        assert_eq!(check(Vote { entitled: 5, present: 4, in_favour: 5 }), Err(VoteError::Inconsistent));
    }
}
