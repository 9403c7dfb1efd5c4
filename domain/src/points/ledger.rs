//! How the ledger is kept (DOMAIN.md §5): entries wait for the membership side's decision,
//! and an approved entry is corrected only by appending its reversal.

use super::{EntryStatus, RuleCategory};

/// Why a rule, a decision or a reversal is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LedgerRefusal {
    #[error("deductions are negative, a veto is 0, others are positive")]
    WrongSign,
    #[error("the entry is not pending")]
    NotPending,
    #[error("only an approved entry is reversed; reject a pending one instead")]
    NotApproved,
    #[error("a reversal is not reversed; append a new entry instead")]
    ReversalOfReversal,
    #[error("the entry is already reversed")]
    AlreadyReversed,
}

impl LedgerRefusal {
    /// Stable problem code.
    pub fn code(self) -> &'static str {
        match self {
            LedgerRefusal::NotPending | LedgerRefusal::AlreadyReversed => "conflict",
            LedgerRefusal::WrongSign | LedgerRefusal::NotApproved | LedgerRefusal::ReversalOfReversal => {
                "validation-failed"
            }
        }
    }

    /// The request field the refusal is about.
    pub fn field(self) -> &'static str {
        match self {
            LedgerRefusal::WrongSign => "points",
            _ => "id",
        }
    }
}

/// Checks the sign of a rule's points against its category.
pub fn check_sign(category: RuleCategory, points: i64) -> Result<(), LedgerRefusal> {
    let sign_ok = match category {
        RuleCategory::Deduction => points < 0,
        RuleCategory::Veto => points == 0,
        _ => points > 0,
    };
    if sign_ok { Ok(()) } else { Err(LedgerRefusal::WrongSign) }
}

/// Checks that an entry waits for a decision.
pub fn check_pending(status: EntryStatus) -> Result<(), LedgerRefusal> {
    if status == EntryStatus::Pending { Ok(()) } else { Err(LedgerRefusal::NotPending) }
}

/// The entry a reversal would correct, as the ledger holds it.
#[derive(Debug, Clone, Copy)]
pub struct Correctable {
    pub status: EntryStatus,
    /// The entry is itself a reversal.
    pub is_reversal: bool,
    /// A reversal of it is already in the ledger.
    pub reversed: bool,
}

/// Checks that an entry may be reversed: approved, not a reversal, not reversed yet.
pub fn check_reversal(entry: Correctable) -> Result<(), LedgerRefusal> {
    if entry.status != EntryStatus::Approved {
        Err(LedgerRefusal::NotApproved)
    } else if entry.is_reversal {
        Err(LedgerRefusal::ReversalOfReversal)
    } else if entry.reversed {
        Err(LedgerRefusal::AlreadyReversed)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deductions_are_negative_a_veto_is_zero_and_the_rest_positive() {
        assert_eq!(check_sign(RuleCategory::Deduction, -2), Ok(()));
        assert_eq!(check_sign(RuleCategory::Deduction, 2), Err(LedgerRefusal::WrongSign));
        assert_eq!(check_sign(RuleCategory::Veto, 0), Ok(()));
        assert_eq!(check_sign(RuleCategory::Veto, -1), Err(LedgerRefusal::WrongSign));
        assert_eq!(check_sign(RuleCategory::Bonus, 0), Err(LedgerRefusal::WrongSign));
    }

    #[test]
    fn only_a_pending_entry_is_decided() {
        assert_eq!(check_pending(EntryStatus::Pending), Ok(()));
        assert_eq!(check_pending(EntryStatus::Approved), Err(LedgerRefusal::NotPending));
    }

    #[test]
    fn an_approved_entry_is_reversed_once_and_a_reversal_never() {
        let approved = Correctable { status: EntryStatus::Approved, is_reversal: false, reversed: false };
        assert_eq!(check_reversal(approved), Ok(()));
        assert_eq!(
            check_reversal(Correctable { status: EntryStatus::Pending, ..approved }),
            Err(LedgerRefusal::NotApproved)
        );
        assert_eq!(
            check_reversal(Correctable { is_reversal: true, ..approved }),
            Err(LedgerRefusal::ReversalOfReversal)
        );
        assert_eq!(check_reversal(Correctable { reversed: true, ..approved }), Err(LedgerRefusal::AlreadyReversed));
    }
}
