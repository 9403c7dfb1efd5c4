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
}
