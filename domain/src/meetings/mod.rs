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

    /// The period's name: `2026-03`, `2026-Q1` or `2026`.
    pub fn label(&self) -> String {
        match self.frequency {
            Frequency::Monthly => self.first.format("%Y-%m").to_string(),
            Frequency::Quarterly => format!("{}-Q{}", self.first.year(), (self.first.month() - 1) / 3 + 1),
            Frequency::Yearly => self.first.year().to_string(),
        }
    }

    /// The periods of a requirement's frequency that make up this one (none if this one is
    /// shorter, e.g. a yearly meeting in a month): a quarter is three months.
    pub fn parts(&self, frequency: Frequency) -> Vec<Period> {
        let months = match frequency {
            Frequency::Monthly => 1,
            Frequency::Quarterly => 3,
            Frequency::Yearly => 12,
        };
        let mut parts = Vec::new();
        let mut first = self.first;
        while let Some(next) = first.checked_add_months(chrono::Months::new(months)) {
            let last = next.pred_opt().unwrap_or(next);
            if last > self.last {
                break;
            }
            parts.push(Period { first, last, frequency });
            first = next;
        }
        parts
    }

    /// How many meetings of a required frequency the period needs: one per part.
    pub fn required(&self, frequency: Frequency) -> u32 {
        u32::try_from(self.parts(frequency).len()).unwrap_or(u32::MAX)
    }
}

/// What a branch has in place: a committee (≥7 full members) and groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BranchShape {
    pub has_committee: bool,
    pub has_groups: bool,
}

code_list! {
    /// Where a requirement stands.
    pub enum Standing {
        /// 已达标: every part of the period has its meeting
        Met = "met" / "已达标",
        /// 进行中: nothing missed yet; a part still running has no meeting so far
        InProgress = "in_progress" / "进行中",
        /// 未达标: a finished part of the period had no meeting
        Missing = "missing" / "未达标",
    }
}

/// One line of a compliance view: a meeting type checked part by part (a monthly one month
/// by month, a quarterly one quarter by quarter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub meeting_type: MeetingType,
    pub required: u32,
    pub held: u32,
    /// The finished parts that had no meeting (`2026-05`, `2026-Q2`).
    pub missed: Vec<String>,
    pub standing: Standing,
}

impl Requirement {
    pub fn met(&self) -> bool {
        self.standing == Standing::Met
    }
}

/// The required meetings of a branch in a period, each checked in its own parts: `held`
/// counts the meetings of a type between two dates (inclusive); a part that ends after
/// `today` is still running and is not missed yet.
pub fn compliance(
    period: &Period,
    shape: BranchShape,
    today: NaiveDate,
    held: impl Fn(MeetingType, NaiveDate, NaiveDate) -> u32,
) -> Vec<Requirement> {
    MeetingType::ALL
        .iter()
        .copied()
        .filter(|t| match t {
            MeetingType::BranchCommittee => shape.has_committee,
            MeetingType::GroupMeeting => shape.has_groups,
            _ => true,
        })
        .filter_map(|t| t.frequency().map(|f| (t, period.parts(f))))
        .filter(|(_, parts)| !parts.is_empty())
        .map(|(meeting_type, parts)| {
            let mut missed = Vec::new();
            let mut running = false;
            for part in &parts {
                if held(meeting_type, part.first, part.last) > 0 {
                    continue;
                }
                if part.last < today {
                    missed.push(part.label());
                } else {
                    running = true;
                }
            }
            let standing = if !missed.is_empty() {
                Standing::Missing
            } else if running {
                Standing::InProgress
            } else {
                Standing::Met
            };
            Requirement {
                meeting_type,
                required: u32::try_from(parts.len()).unwrap_or(u32::MAX),
                held: held(meeting_type, period.first, period.last),
                missed,
                standing,
            }
        })
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

    /// Meetings held on these dates, by type.
    fn held_on(meetings: &[(MeetingType, NaiveDate)]) -> impl Fn(MeetingType, NaiveDate, NaiveDate) -> u32 + '_ {
        move |t, first, last| {
            u32::try_from(meetings.iter().filter(|(m, on)| *m == t && (first..=last).contains(on)).count())
                .unwrap_or(u32::MAX)
        }
    }

    #[test]
    fn a_quarter_needs_three_monthly_meetings_one_quarterly_and_no_yearly() {
        let q1 = Period::parse("2026-Q1").expect("quarter");
        let shape = BranchShape { has_committee: true, has_groups: false };
        let meetings = [
            (MeetingType::ThemedPartyDay, date(2026, 1, 10)),
            (MeetingType::ThemedPartyDay, date(2026, 3, 10)),
            (MeetingType::BranchGeneralMeeting, date(2026, 2, 1)),
        ];
        let lines = compliance(&q1, shape, date(2026, 6, 1), held_on(&meetings));
        let find = |t| lines.iter().find(|r| r.meeting_type == t).cloned();
        let themed = find(MeetingType::ThemedPartyDay).expect("themed Party day");
        assert_eq!((themed.required, themed.held), (3, 2));
        assert_eq!(themed.missed, ["2026-02"], "the month without one is named");
        assert_eq!(find(MeetingType::BranchCommittee).map(|r| r.required), Some(3));
        assert_eq!(find(MeetingType::BranchGeneralMeeting).map(|r| r.standing), Some(Standing::Met));
        assert_eq!(find(MeetingType::GroupMeeting), None, "no groups, no group meetings");
        assert_eq!(find(MeetingType::OrganizationalLifeMeeting), None, "yearly, not due in a quarter");
    }

    #[test]
    fn monthly_meetings_are_checked_month_by_month_inside_a_quarter() {
        let q2 = Period::parse("2026-Q2").expect("quarter");
        let shape = BranchShape { has_committee: false, has_groups: false };
        let april = [(MeetingType::ThemedPartyDay, date(2026, 4, 3)); 3];
        let lines = compliance(&q2, shape, date(2026, 7, 1), held_on(&april));
        let themed = lines.iter().find(|r| r.meeting_type == MeetingType::ThemedPartyDay).expect("themed");
        assert_eq!((themed.required, themed.held), (3, 3));
        assert_eq!(themed.standing, Standing::Missing, "three in April do not make May and June");
        assert_eq!(themed.missed, ["2026-05", "2026-06"]);
    }

    #[test]
    fn the_running_period_is_in_progress_not_missing() {
        let december = Period::parse("2026-12").expect("month");
        let shape = BranchShape { has_committee: false, has_groups: false };
        let lines = compliance(&december, shape, date(2026, 12, 2), held_on(&[]));
        let themed = lines.iter().find(|r| r.meeting_type == MeetingType::ThemedPartyDay).expect("themed");
        assert_eq!(themed.standing, Standing::InProgress);
        assert!(themed.missed.is_empty());
        let q4 = Period::parse("2026-Q4").expect("quarter");
        let lines = compliance(&q4, shape, date(2026, 12, 2), held_on(&[]));
        let themed = lines.iter().find(|r| r.meeting_type == MeetingType::ThemedPartyDay).expect("themed");
        assert_eq!(
            (themed.standing, themed.missed.clone()),
            (Standing::Missing, vec!["2026-10".to_owned(), "2026-11".to_owned()])
        );
    }

    #[test]
    fn a_branch_of_seven_full_members_has_a_committee() {
        assert!(committee_expected(7));
        assert!(!committee_expected(6));
    }
}
