//! Organizational life (三会一课, 主题党日, 组织生活会; DOMAIN.md §7): meeting types, their
//! required frequencies, and the compliance of a branch in a period.

use chrono::{Datelike, NaiveDate};

code_list! {
    /// Type of meeting.
    pub enum MeetingType {
        /// 支部党员大会 (at least quarterly)
        BranchGeneralMeeting = "branch_general_meeting" / "支部党员大会",
        /// 支委会 (at least monthly, where a committee exists)
        BranchCommittee = "branch_committee" / "支委会",
        /// 党小组会 (at least monthly, where groups exist)
        GroupMeeting = "group_meeting" / "党小组会",
        /// 党课 (at least quarterly)
        PartyLecture = "party_lecture" / "党课",
        /// 主题党日 (monthly)
        ThemedPartyDay = "themed_party_day" / "主题党日",
        /// 组织生活会 (yearly)
        OrganizationalLifeMeeting = "organizational_life_meeting" / "组织生活会",
        /// 联席会 (no required frequency)
        JointMeeting = "joint_meeting" / "联席会",
    }
}

code_list! {
    /// How often a meeting type is required.
    pub enum Frequency {
        /// 每月
        Monthly = "monthly" / "每月",
        /// 每季度
        Quarterly = "quarterly" / "每季度",
        /// 每年
        Yearly = "yearly" / "每年",
    }
}

code_list! {
    /// Attendance of one member at a meeting.
    pub enum Attendance {
        /// 出席
        Present = "present" / "出席",
        /// 请假
        Leave = "leave" / "请假",
        /// 缺席 (derived: neither present nor on leave)
        Absent = "absent" / "缺席",
    }
}

impl MeetingType {
    /// The required frequency, if any.
    pub fn frequency(self) -> Option<Frequency> {
        match self {
            MeetingType::BranchGeneralMeeting | MeetingType::PartyLecture => Some(Frequency::Quarterly),
            MeetingType::BranchCommittee | MeetingType::GroupMeeting | MeetingType::ThemedPartyDay => {
                Some(Frequency::Monthly)
            }
            MeetingType::OrganizationalLifeMeeting => Some(Frequency::Yearly),
            MeetingType::JointMeeting => None,
        }
    }
}

/// A period of compliance: a month (`2026-03`), a quarter (`2026-Q1`) or a year (`2026`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub frequency: Frequency,
}

/// A period that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a period is a month (2026-03), a quarter (2026-Q1) or a year (2026)")]
pub struct PeriodFormat;

impl Period {
    pub fn parse(text: &str) -> Result<Period, PeriodFormat> {
        let text = text.trim();
        let year = |y: &str| y.parse::<i32>().ok().filter(|y| (2000..=2100).contains(y)).ok_or(PeriodFormat);
        let span = |first: Option<NaiveDate>, months: u32, frequency| {
            let first = first.ok_or(PeriodFormat)?;
            let last =
                first.checked_add_months(chrono::Months::new(months)).and_then(|d| d.pred_opt()).ok_or(PeriodFormat)?;
            Ok(Period { first, last, frequency })
        };
        if let Some((y, q)) = text.split_once("-Q") {
            let quarter = q.parse::<u32>().ok().filter(|q| (1..=4).contains(q)).ok_or(PeriodFormat)?;
            return span(NaiveDate::from_ymd_opt(year(y)?, (quarter - 1) * 3 + 1, 1), 3, Frequency::Quarterly);
        }
        if let Some((y, m)) = text.split_once('-') {
            let month = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m)).ok_or(PeriodFormat)?;
            return span(NaiveDate::from_ymd_opt(year(y)?, month, 1), 1, Frequency::Monthly);
        }
        span(NaiveDate::from_ymd_opt(year(text)?, 1, 1), 12, Frequency::Yearly)
    }

    /// How many meetings of a required frequency the period needs (0 if the period is shorter
    /// than the frequency's own period, e.g. a yearly meeting in a month).
    pub fn required(&self, frequency: Frequency) -> u32 {
        let months = (self.last.year() - self.first.year()) * 12 + i32::try_from(self.last.month()).unwrap_or(0)
            - i32::try_from(self.first.month()).unwrap_or(0)
            + 1;
        let per = match frequency {
            Frequency::Monthly => 1,
            Frequency::Quarterly => 3,
            Frequency::Yearly => 12,
        };
        u32::try_from(months / per).unwrap_or(0)
    }
}

/// What a branch has in place: a committee (≥7 full members) and groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BranchShape {
    pub has_committee: bool,
    pub has_groups: bool,
}

/// One line of a compliance view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requirement {
    pub meeting_type: MeetingType,
    pub required: u32,
    pub held: u32,
}

impl Requirement {
    pub fn met(&self) -> bool {
        self.held >= self.required
    }
}

/// The required meetings of a branch in a period, against those held (by type).
pub fn compliance(period: &Period, shape: BranchShape, held: impl Fn(MeetingType) -> u32) -> Vec<Requirement> {
    MeetingType::ALL
        .iter()
        .copied()
        .filter(|t| match t {
            MeetingType::BranchCommittee => shape.has_committee,
            MeetingType::GroupMeeting => shape.has_groups,
            _ => true,
        })
        .filter_map(|t| t.frequency().map(|f| (t, period.required(f))))
        .filter(|(_, required)| *required > 0)
        .map(|(meeting_type, required)| Requirement { meeting_type, required, held: held(meeting_type) })
        .collect()
}

/// Branch sizing (支部工作条例): ≥3 full members; ≤50 members; ≥7 full members → committee.
pub fn committee_expected(full_members: u32) -> bool {
    full_members >= 7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn periods_are_months_quarters_and_years() {
        let q1 = Period::parse("2026-Q1").expect("quarter");
        assert_eq!((q1.first, q1.last), (date(2026, 1, 1), date(2026, 3, 31)));
        let march = Period::parse("2026-03").expect("month");
        assert_eq!(march.last, date(2026, 3, 31));
        assert_eq!(Period::parse("2026").expect("year").last, date(2026, 12, 31));
        assert!(Period::parse("2026-13").is_err());
        assert!(Period::parse("2026-Q5").is_err());
    }

    #[test]
    fn a_quarter_needs_three_monthly_meetings_one_quarterly_and_no_yearly() {
        let q1 = Period::parse("2026-Q1").expect("quarter");
        let shape = BranchShape { has_committee: true, has_groups: false };
        let lines = compliance(&q1, shape, |t| if t == MeetingType::ThemedPartyDay { 2 } else { 1 });
        let find = |t| lines.iter().find(|r| r.meeting_type == t).copied();
        assert_eq!(
            find(MeetingType::ThemedPartyDay),
            Some(Requirement { meeting_type: MeetingType::ThemedPartyDay, required: 3, held: 2 })
        );
        assert!(!find(MeetingType::ThemedPartyDay).is_some_and(|r| r.met()), "a missing themed Party day is found");
        assert_eq!(find(MeetingType::BranchCommittee).map(|r| r.required), Some(3));
        assert_eq!(find(MeetingType::BranchGeneralMeeting).map(|r| r.required), Some(1));
        assert_eq!(find(MeetingType::GroupMeeting), None, "no groups, no group meetings");
        assert_eq!(find(MeetingType::OrganizationalLifeMeeting), None, "yearly, not due in a quarter");
    }

    #[test]
    fn a_branch_of_seven_full_members_has_a_committee() {
        assert!(committee_expected(7));
        assert!(!committee_expected(6));
    }
}
