//! Co-building (共驻共建, policy §5–§7, DOMAIN.md §9): the joint meetings (联席会) of the
//! streets and communities, the three lists (needs, resources, projects), the tasks the street
//! or community assigns to units and in-service members, and the half-year feedback to the
//! superiors of vertically managed units.

pub mod lists;
pub mod opinions;
pub mod tasks;

use chrono::{Months, NaiveDate};

use crate::area::AreaKind;

code_list! {
    /// Who sits on a joint meeting (§5): the Party organizations of the units located in the
    /// area at both levels; at community level also the Party members heading the community
    /// police, the owners' committee and the property company.
    pub enum SeatKind {
        Organization = "organization" / "党组织",
        Unit = "unit" / "驻区单位",
        Police = "police" / "社区民警",
        OwnersCommittee = "owners_committee" / "业主委员会",
        PropertyCompany = "property_company" / "物业服务企业",
    }
}

/// Local rules of joint meetings, with their defaults (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JointMeetingPolicy {
    /// The agenda goes to the members this many days before the meeting.
    pub agenda_days_ahead: u32,
    /// A joint meeting meets at least once in this many months.
    pub every_months: u32,
}

impl Default for JointMeetingPolicy {
    fn default() -> Self {
        JointMeetingPolicy { agenda_days_ahead: 15, every_months: 6 }
    }
}

/// Why a joint-meeting change is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JointRefusal {
    #[error("joint meetings are held by streets and communities, not by a {0:?}")]
    NotAJointLevel(AreaKind),
    #[error(
        "the convener comes from the Party organization of the level above (联席会召集人由上一级党组织领导班子成员担任)"
    )]
    ConvenerNotFromAbove,
    #[error("the police, the owners' committee and the property company sit on the community's joint meeting only")]
    SeatNotAtThisLevel(SeatKind),
    #[error("a seat names its organization or unit")]
    SeatWithoutHolder,
    #[error("the unit is not located in the joint meeting's area")]
    UnitOutsideArea,
    #[error("the minutes of a held meeting are recorded")]
    MinutesMissing,
    #[error("the agenda is sent before the meeting, on {latest} at the latest")]
    AgendaAfterMeeting { latest: NaiveDate },
}

impl JointRefusal {
    /// Stable problem code naming the rule.
    pub fn code(&self) -> &'static str {
        match self {
            JointRefusal::NotAJointLevel(_) => "joint-level",
            JointRefusal::ConvenerNotFromAbove => "convener-not-from-above",
            JointRefusal::SeatNotAtThisLevel(_) | JointRefusal::UnitOutsideArea => "seat-not-allowed",
            JointRefusal::SeatWithoutHolder
            | JointRefusal::MinutesMissing
            | JointRefusal::AgendaAfterMeeting { .. } => "validation-failed",
        }
    }

    /// The request field a validation refusal is about.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            JointRefusal::ConvenerNotFromAbove => Some("convener_org_id"),
            JointRefusal::SeatNotAtThisLevel(_) => Some("kind"),
            JointRefusal::SeatWithoutHolder => Some("org_id"),
            JointRefusal::UnitOutsideArea => Some("unit_id"),
            JointRefusal::MinutesMissing => Some("minutes"),
            JointRefusal::AgendaAfterMeeting { .. } => Some("agenda_sent_on"),
            JointRefusal::NotAJointLevel(_) => Some("area_id"),
        }
    }
}

/// Where a joint meeting is set up, and who convenes it.
pub struct JointBody {
    pub area_kind: AreaKind,
    /// The area above the body's area (the district of a street, the street of a community).
    pub parent_area: Option<i64>,
    /// The area of the convener's Party organization.
    pub convener_area: Option<i64>,
}

/// A joint meeting is set up at a street or a community, convened from the level above.
pub fn check_body(body: &JointBody) -> Result<(), JointRefusal> {
    if !matches!(body.area_kind, AreaKind::Street | AreaKind::Community) {
        return Err(JointRefusal::NotAJointLevel(body.area_kind));
    }
    match (body.parent_area, body.convener_area) {
        (Some(above), Some(convener)) if above == convener => Ok(()),
        _ => Err(JointRefusal::ConvenerNotFromAbove),
    }
}

/// A seat on a joint meeting of an area of `level`.
pub struct Seat {
    pub kind: SeatKind,
    /// The organization or unit holding the seat (police, owners' committee and property
    /// company are named only).
    pub holder: Option<i64>,
    /// For a unit: whether it is located in the joint meeting's area.
    pub located_in_area: bool,
}

/// Checks a seat of a joint meeting at `level`.
pub fn check_seat(level: AreaKind, seat: &Seat) -> Result<(), JointRefusal> {
    match seat.kind {
        SeatKind::Police | SeatKind::OwnersCommittee | SeatKind::PropertyCompany if level != AreaKind::Community => {
            Err(JointRefusal::SeatNotAtThisLevel(seat.kind))
        }
        SeatKind::Organization | SeatKind::Unit if seat.holder.is_none() => Err(JointRefusal::SeatWithoutHolder),
        SeatKind::Unit if !seat.located_in_area => Err(JointRefusal::UnitOutsideArea),
        _ => Ok(()),
    }
}

/// The last day the agenda of a meeting on `meets_on` may be sent.
pub fn agenda_due(meets_on: NaiveDate, policy: &JointMeetingPolicy) -> NaiveDate {
    meets_on - chrono::Duration::days(i64::from(policy.agenda_days_ahead))
}

/// Checks a meeting record: a held meeting has its minutes, and its agenda went out before it.
pub fn check_meeting(
    meets_on: NaiveDate,
    held: bool,
    minutes: &str,
    agenda_sent_on: Option<NaiveDate>,
) -> Result<(), JointRefusal> {
    if held && minutes.trim().is_empty() {
        return Err(JointRefusal::MinutesMissing);
    }
    match agenda_sent_on {
        Some(sent) if sent > meets_on => Err(JointRefusal::AgendaAfterMeeting { latest: meets_on }),
        _ => Ok(()),
    }
}

/// Whether the agenda of a meeting planned on `meets_on` is late on `today`: not sent by its
/// due date, or sent after it.
pub fn agenda_late(
    meets_on: NaiveDate,
    agenda_sent_on: Option<NaiveDate>,
    today: NaiveDate,
    policy: &JointMeetingPolicy,
) -> bool {
    let due = agenda_due(meets_on, policy);
    match agenda_sent_on {
        Some(sent) => sent > due,
        None => today > due,
    }
}

/// The date by which the next joint meeting is due: the rhythm counts from the last meeting
/// held, or from the body's setting up.
pub fn next_meeting_due(last_held: Option<NaiveDate>, set_up_on: NaiveDate, policy: &JointMeetingPolicy) -> NaiveDate {
    let from = last_held.unwrap_or(set_up_on);
    from.checked_add_months(Months::new(policy.every_months)).unwrap_or(NaiveDate::MAX)
}

code_list! {
    /// Where a half-year feedback report stands.
    pub enum ReportState {
        Composed = "composed" / "待签发",
        SignedOff = "signed_off" / "已签发",
        Delivered = "delivered" / "已送达",
    }
}

impl ReportState {
    /// The state of a report signed off and delivered or not.
    pub fn of(signed_off: bool, delivered: bool) -> ReportState {
        match (signed_off, delivered) {
            (_, true) => ReportState::Delivered,
            (true, false) => ReportState::SignedOff,
            (false, false) => ReportState::Composed,
        }
    }
}

/// A calendar half year (上半年 / 下半年), the period of feedback to superiors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HalfYear {
    pub year: i32,
    /// 1 for January–June, 2 for July–December.
    pub half: u8,
}

impl HalfYear {
    /// The half year a date falls in.
    pub fn of(date: NaiveDate) -> HalfYear {
        use chrono::Datelike;
        HalfYear { year: date.year(), half: if date.month() <= 6 { 1 } else { 2 } }
    }

    /// The half year, if `half` is 1 or 2.
    pub fn new(year: i32, half: u8) -> Option<HalfYear> {
        (1..=2).contains(&half).then_some(HalfYear { year, half })
    }

    /// Its first and last day.
    pub fn days(self) -> (NaiveDate, NaiveDate) {
        let (first, last) = if self.half == 1 { ((1, 1), (6, 30)) } else { ((7, 1), (12, 31)) };
        let day = |(m, d)| NaiveDate::from_ymd_opt(self.year, m, d).unwrap_or(NaiveDate::MIN);
        (day(first), day(last))
    }

    /// Whether it has ended by `today`: a feedback report covers a finished half year.
    pub fn ended_by(self, today: NaiveDate) -> bool {
        self.days().1 < today
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn the_convener_comes_from_the_level_above() {
        let community = JointBody { area_kind: AreaKind::Community, parent_area: Some(7), convener_area: Some(7) };
        assert_eq!(check_body(&community), Ok(()));
        let own = JointBody { convener_area: Some(9), ..community };
        assert_eq!(check_body(&own), Err(JointRefusal::ConvenerNotFromAbove));
        let grid = JointBody { area_kind: AreaKind::Grid, parent_area: Some(7), convener_area: Some(7) };
        assert_eq!(check_body(&grid).map_err(|r| r.code()), Err("joint-level"));
    }

    #[test]
    fn police_owners_and_property_company_sit_at_community_level_only() {
        let police = Seat { kind: SeatKind::Police, holder: None, located_in_area: false };
        assert_eq!(check_seat(AreaKind::Community, &police), Ok(()));
        assert_eq!(check_seat(AreaKind::Street, &police), Err(JointRefusal::SeatNotAtThisLevel(SeatKind::Police)));
        let far_unit = Seat { kind: SeatKind::Unit, holder: Some(3), located_in_area: false };
        assert_eq!(check_seat(AreaKind::Street, &far_unit), Err(JointRefusal::UnitOutsideArea));
        let unit = Seat { located_in_area: true, ..far_unit };
        assert_eq!(check_seat(AreaKind::Street, &unit), Ok(()));
    }

    #[test]
    fn the_agenda_goes_out_fifteen_days_ahead() {
        let policy = JointMeetingPolicy::default();
        let meets_on = day(2026, 12, 20);
        assert_eq!(agenda_due(meets_on, &policy), day(2026, 12, 5));
        assert!(!agenda_late(meets_on, None, day(2026, 12, 5), &policy));
        assert!(agenda_late(meets_on, None, day(2026, 12, 6), &policy));
        assert!(agenda_late(meets_on, Some(day(2026, 12, 10)), day(2026, 12, 10), &policy));
        assert!(!agenda_late(meets_on, Some(day(2026, 12, 1)), day(2026, 12, 30), &policy));
    }

    #[test]
    fn a_held_meeting_has_minutes_and_an_agenda_sent_before_it() {
        let on = day(2026, 11, 3);
        assert_eq!(check_meeting(on, true, " ", None), Err(JointRefusal::MinutesMissing));
        assert_eq!(check_meeting(on, false, "", None), Ok(()));
        assert_eq!(
            check_meeting(on, true, "纪要", Some(day(2026, 11, 4))),
            Err(JointRefusal::AgendaAfterMeeting { latest: on })
        );
    }

    #[test]
    fn a_joint_meeting_meets_every_half_year() {
        let policy = JointMeetingPolicy::default();
        assert_eq!(next_meeting_due(Some(day(2026, 3, 31)), day(2025, 1, 1), &policy), day(2026, 9, 30));
        assert_eq!(next_meeting_due(None, day(2026, 8, 31), &policy), day(2027, 2, 28));
    }

    #[test]
    fn half_years_run_january_to_june_and_july_to_december() {
        assert_eq!(HalfYear::of(day(2026, 6, 30)), HalfYear { year: 2026, half: 1 });
        assert_eq!(HalfYear::of(day(2026, 7, 1)), HalfYear { year: 2026, half: 2 });
        assert_eq!(HalfYear { year: 2026, half: 2 }.days(), (day(2026, 7, 1), day(2026, 12, 31)));
        assert!(HalfYear { year: 2026, half: 1 }.ended_by(day(2026, 7, 1)));
        assert!(!HalfYear { year: 2026, half: 2 }.ended_by(day(2026, 12, 31)));
        assert_eq!(HalfYear::new(2026, 3), None);
    }
}
