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

code_list! {
    /// Why a full member of the branch does not count among those entitled to vote.
    pub enum ExclusionReason {
        /// 长期出国（境）: long-term absence abroad
        Abroad = "abroad" / "长期出国（境）",
        /// 重病: serious illness
        SeriousIllness = "serious_illness" / "身患重病",
        /// 受留党察看处分: voting rights suspended
        RightsSuspended = "rights_suspended" / "被停止表决权",
    }
}

/// Why a branch meeting's number entitled to vote is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EntitledRefusal {
    #[error(
        "{typed} typed as entitled, but the roster gives {computed}: {roster} full members, {excluded} excluded by name"
    )]
    Mismatch { typed: u32, computed: u32, roster: u32, excluded: u32 },
    #[error("member {member_id} is excluded but is not a full member of the branch on the meeting date")]
    NotOnRoster { member_id: i64 },
    #[error("member {member_id} is excluded twice")]
    ExcludedTwice { member_id: i64 },
}

impl EntitledRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            EntitledRefusal::Mismatch { .. } => "entitled-mismatch",
            EntitledRefusal::NotOnRoster { .. } | EntitledRefusal::ExcludedTwice { .. } => "exclusion-invalid",
        }
    }
}

/// The number entitled to vote: the branch's full members on the meeting date (`roster`),
/// less the members excluded by name, each of whom must be on the roster. A count typed in
/// as well must agree.
pub fn entitled(roster: &[i64], excluded: &[i64], typed: Option<u32>) -> Result<u32, EntitledRefusal> {
    for (i, member_id) in excluded.iter().enumerate() {
        if !roster.contains(member_id) {
            return Err(EntitledRefusal::NotOnRoster { member_id: *member_id });
        }
        if excluded[..i].contains(member_id) {
            return Err(EntitledRefusal::ExcludedTwice { member_id: *member_id });
        }
    }
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let computed = count(roster.len() - excluded.len());
    match typed {
        Some(typed) if typed != computed => Err(EntitledRefusal::Mismatch {
            typed,
            computed,
            roster: count(roster.len()),
            excluded: count(excluded.len()),
        }),
        _ => Ok(computed),
    }
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
    fn the_entitled_come_from_the_roster_less_named_exclusions() {
        let roster = [1, 2, 3, 4, 5, 6];
        assert_eq!(entitled(&roster, &[], None), Ok(6));
        assert_eq!(entitled(&roster, &[4], Some(5)), Ok(5));
        assert_eq!(
            entitled(&roster, &[], Some(3)),
            Err(EntitledRefusal::Mismatch { typed: 3, computed: 6, roster: 6, excluded: 0 }),
            "a branch of 6 cannot vote as if it had 3"
        );
        assert_eq!(entitled(&roster, &[9], None), Err(EntitledRefusal::NotOnRoster { member_id: 9 }));
        assert_eq!(entitled(&roster, &[2, 2], None), Err(EntitledRefusal::ExcludedTwice { member_id: 2 }));
    }

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
