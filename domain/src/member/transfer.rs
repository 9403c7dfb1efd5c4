//! Transfer of membership (组织关系转接): the letter is valid 3 months, 6 across provinces.

use chrono::{Months, NaiveDate};

code_list! {
    /// State of a transfer letter.
    pub enum TransferStatus {
        /// 已开具: waiting for the receiving organization
        Issued = "issued" / "已开具",
        /// 已接收
        Confirmed = "confirmed" / "已接收",
        /// 已退回
        Returned = "returned" / "已退回",
        /// 已过期: issued and not confirmed before the expiry date
        Expired = "expired" / "已过期",
    }
}

/// The last day a letter issued on `issued_on` can be confirmed.
pub fn letter_expiry(issued_on: NaiveDate, cross_province: bool) -> NaiveDate {
    let months = if cross_province { 6 } else { 3 };
    issued_on.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

/// The status seen on `today`: an issued letter past its expiry is expired.
pub fn status_on(stored: TransferStatus, expires_on: NaiveDate, today: NaiveDate) -> TransferStatus {
    if stored == TransferStatus::Issued && today > expires_on { TransferStatus::Expired } else { stored }
}

/// Why a letter cannot be issued or decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransferRefusal {
    #[error("the member already belongs there")]
    AlreadyThere,
    #[error("transfer letter {0} is still open")]
    StillOpen(i64),
    #[error("only the receiving organization decides on a transfer letter")]
    NotReceiving,
    #[error("the letter expired on {0}; the sending organization must issue a new one")]
    Expired(NaiveDate),
    #[error("the letter is already {0}")]
    AlreadyDecided(TransferStatus),
}

impl TransferRefusal {
    /// Stable problem code naming the rule.
    pub fn code(self) -> &'static str {
        match self {
            TransferRefusal::AlreadyThere => "validation-failed",
            TransferRefusal::StillOpen(_) | TransferRefusal::AlreadyDecided(_) => "conflict",
            TransferRefusal::NotReceiving => "forbidden",
            TransferRefusal::Expired(_) => "transfer-expired",
        }
    }
}

/// An open letter of the member: its id and last day.
#[derive(Debug, Clone, Copy)]
pub struct OpenLetter {
    pub id: i64,
    pub expires_on: NaiveDate,
}

/// Checks that a letter may be issued from `from_org` to `to_org`: the member moves
/// somewhere else, and no earlier letter is still waiting to be confirmed.
pub fn check_issue(
    from_org: i64,
    to_org: i64,
    open: Option<OpenLetter>,
    today: NaiveDate,
) -> Result<(), TransferRefusal> {
    if from_org == to_org {
        return Err(TransferRefusal::AlreadyThere);
    }
    match open {
        Some(letter) if status_on(TransferStatus::Issued, letter.expires_on, today) == TransferStatus::Issued => {
            Err(TransferRefusal::StillOpen(letter.id))
        }
        _ => Ok(()),
    }
}

/// Checks that the caller may confirm or return a letter on `today`: only the receiving
/// organization decides, and only while the letter is issued and not expired.
pub fn check_decision(
    holds_receiving: bool,
    stored: TransferStatus,
    expires_on: NaiveDate,
    today: NaiveDate,
) -> Result<(), TransferRefusal> {
    if !holds_receiving {
        return Err(TransferRefusal::NotReceiving);
    }
    match status_on(stored, expires_on, today) {
        TransferStatus::Issued => Ok(()),
        TransferStatus::Expired => Err(TransferRefusal::Expired(expires_on)),
        decided => Err(TransferRefusal::AlreadyDecided(decided)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn letters_last_three_months_or_six_across_provinces() {
        assert_eq!(letter_expiry(date(2026, 3, 2), false), date(2026, 6, 2));
        assert_eq!(letter_expiry(date(2026, 3, 2), true), date(2026, 9, 2));
        assert_eq!(letter_expiry(date(2026, 11, 30), false), date(2027, 2, 28));
    }

    #[test]
    fn an_issued_letter_expires_the_day_after_its_expiry() {
        let expires = date(2026, 6, 2);
        assert_eq!(status_on(TransferStatus::Issued, expires, date(2026, 6, 2)), TransferStatus::Issued);
        assert_eq!(status_on(TransferStatus::Issued, expires, date(2026, 6, 3)), TransferStatus::Expired);
        assert_eq!(status_on(TransferStatus::Confirmed, expires, date(2027, 1, 1)), TransferStatus::Confirmed);
    }

    #[test]
    fn a_member_has_one_open_letter_at_a_time() {
        let today = date(2026, 6, 3);
        let open = OpenLetter { id: 7, expires_on: date(2026, 6, 3) };
        assert_eq!(check_issue(1, 1, None, today), Err(TransferRefusal::AlreadyThere));
        assert_eq!(check_issue(1, 2, Some(open), today), Err(TransferRefusal::StillOpen(7)));
        let lapsed = OpenLetter { id: 7, expires_on: date(2026, 6, 2) };
        assert_eq!(check_issue(1, 2, Some(lapsed), today), Ok(()));
    }

    #[test]
    fn only_the_receiving_organization_decides_an_unexpired_letter_once() {
        let today = date(2026, 6, 3);
        let expires = date(2026, 6, 3);
        assert_eq!(check_decision(true, TransferStatus::Issued, expires, today), Ok(()));
        assert_eq!(check_decision(false, TransferStatus::Issued, expires, today), Err(TransferRefusal::NotReceiving));
        assert_eq!(
            check_decision(true, TransferStatus::Issued, date(2026, 6, 2), today),
            Err(TransferRefusal::Expired(date(2026, 6, 2)))
        );
        assert_eq!(
            check_decision(true, TransferStatus::Returned, expires, today),
            Err(TransferRefusal::AlreadyDecided(TransferStatus::Returned))
        );
    }
}
