//! The working-day calendar (§7): Monday–Friday are working days unless the year's
//! State Council notice makes a weekday a holiday or a weekend day an adjusted working day
//! (调休). The calendar data is passed in; nothing here reads it.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

code_list! {
    /// How the calendar overrides a date.
    pub enum DayKind {
        /// 法定节假日 / 休息日: not a working day even on a weekday
        Holiday = "holiday" / "节假日",
        /// 调休上班: a working day even on a weekend
        WorkingDay = "working_day" / "调休上班",
    }
}

/// Overrides of the Monday–Friday rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    overrides: BTreeMap<NaiveDate, DayKind>,
}

impl Calendar {
    pub fn new(overrides: impl IntoIterator<Item = (NaiveDate, DayKind)>) -> Calendar {
        Calendar { overrides: overrides.into_iter().collect() }
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        match self.overrides.get(&date) {
            Some(DayKind::Holiday) => false,
            Some(DayKind::WorkingDay) => true,
            None => !matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
        }
    }

    /// The date `n` working days after `date` (n = 0: `date` itself if it is a working
    /// day, else the next working day).
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate {
        let mut day = date;
        while !self.is_working_day(day) {
            day += Duration::days(1);
        }
        let mut left = n;
        while left > 0 {
            day += Duration::days(1);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// Working days from `start` to `end`, both included (0 when `end` < `start`).
    pub fn working_days_between(&self, start: NaiveDate, end: NaiveDate) -> u32 {
        start.iter_days().take_while(|d| *d <= end).filter(|d| self.is_working_day(*d)).fold(0, |n, _| n + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    /// Spring Festival 2026 as the State Council announced it: 15–23 February off,
    /// Saturday 14 and Saturday 28 February worked.
    fn spring_festival() -> Calendar {
        let holidays = (15..=23).map(|d| (date(2, d), DayKind::Holiday));
        let worked = [(date(2, 14), DayKind::WorkingDay), (date(2, 28), DayKind::WorkingDay)];
        Calendar::new(holidays.chain(worked))
    }

    #[test]
    fn weekdays_work_weekends_rest_unless_overridden() {
        let calendar = spring_festival();
        assert!(calendar.is_working_day(date(2, 13)), "Friday");
        assert!(calendar.is_working_day(date(2, 14)), "adjusted Saturday");
        assert!(!calendar.is_working_day(date(2, 16)), "Monday in the holiday");
        assert!(!calendar.is_working_day(date(2, 21)), "Saturday in the holiday");
        assert!(calendar.is_working_day(date(2, 28)), "adjusted Saturday after the holiday");
        assert!(!calendar.is_working_day(date(3, 1)), "ordinary Sunday");
    }

    #[test]
    fn counting_and_adding_working_days_across_the_festival() {
        let calendar = spring_festival();
        // 12 Thu, 13 Fri, 14 Sat (worked), then nothing until 24 Tue, 25, 26, 27.
        assert_eq!(calendar.working_days_between(date(2, 12), date(2, 24)), 4);
        assert_eq!(calendar.add_working_days(date(2, 12), 4), date(2, 25));
        assert_eq!(calendar.add_working_days(date(2, 15), 0), date(2, 24), "a holiday rolls to the next working day");
        assert_eq!(calendar.working_days_between(date(2, 24), date(2, 28)), 5, "Tue–Fri and the adjusted Saturday");
        assert_eq!(calendar.working_days_between(date(2, 28), date(2, 24)), 0);
    }

    #[test]
    fn without_overrides_five_working_days_span_a_week() {
        let calendar = Calendar::default();
        assert_eq!(calendar.add_working_days(date(3, 2), 4), date(3, 6));
        assert_eq!(calendar.working_days_between(date(3, 2), date(3, 8)), 5);
    }
}
