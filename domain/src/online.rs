//! Online branches (网络党支部, policy §10): meetings held online with members checking in from
//! their phones, micro Party courses (网上微党课) with the time each member spent, and the
//! members' practice posts (党员示范岗, 党员先锋团队, 党员责任区).

use chrono::NaiveDate;

use crate::meetings::Attendance;

code_list! {
    /// A member practice post (§10 党员实践岗).
    pub enum PostKind {
        /// A post a member holds as an example to others.
        ModelPost = "model_post" / "党员示范岗",
        /// A team of members taking on hard work together.
        VanguardTeam = "vanguard_team" / "党员先锋团队",
        /// An area (buildings, a grid) a member answers for.
        ResponsibilityArea = "responsibility_area" / "党员责任区",
    }
}

/// A vanguard team has at least this many members.
pub const TEAM_MIN_MEMBERS: usize = 2;

/// Local rules of online organizational life, with their defaults (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OnlinePolicy {
    /// Days after the meeting day a member may still check in (0: the day itself only).
    pub check_in_days: u32,
}

impl Default for OnlinePolicy {
    fn default() -> Self {
        // The meeting day and the next: an evening meeting is checked into after midnight.
        OnlinePolicy { check_in_days: 1 }
    }
}

/// Why an online check-in, a course completion or a practice post is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OnlineRefusal {
    #[error("only meetings held online take check-ins; this one was held in person")]
    NotOnline,
    #[error("check-in closed on {closed_after}: a member checks in on the meeting day or within {days} day(s) after")]
    CheckInClosed { closed_after: NaiveDate, days: u32 },
    #[error("the member is already recorded as present")]
    AlreadyPresent,
    #[error("the course takes {needed} minutes; {spent} minutes spent do not complete it")]
    TimeShort { needed: u32, spent: u32 },
    #[error("the member has completed this course already")]
    AlreadyCompleted,
    #[error("the course is open from {opens} to {closes:?}; it cannot be completed on {on}")]
    CourseClosed { opens: NaiveDate, closes: Option<NaiveDate>, on: NaiveDate },
    #[error("a Party member responsibility area names its area")]
    AreaMissing,
    #[error("a vanguard team has at least {min} members; it names {has}")]
    TeamTooSmall { min: usize, has: usize },
    #[error("a practice post names at least one member")]
    NoMembers,
}

impl OnlineRefusal {
    /// Stable problem code naming the rule.
    pub fn code(&self) -> &'static str {
        match self {
            OnlineRefusal::NotOnline => "meeting-not-online",
            OnlineRefusal::CheckInClosed { .. } => "check-in-closed",
            OnlineRefusal::AlreadyPresent => "checked-in",
            OnlineRefusal::TimeShort { .. } => "course-time-short",
            OnlineRefusal::AlreadyCompleted => "course-completed",
            OnlineRefusal::CourseClosed { .. } => "course-closed",
            OnlineRefusal::AreaMissing => "practice-area-missing",
            OnlineRefusal::TeamTooSmall { .. } => "practice-team-small",
            OnlineRefusal::NoMembers => "validation-failed",
        }
    }

    /// The request field the refusal is about, if any.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            OnlineRefusal::TimeShort { .. } => Some("minutes_spent"),
            OnlineRefusal::CourseClosed { .. } => Some("completed_on"),
            OnlineRefusal::AreaMissing => Some("area_id"),
            OnlineRefusal::TeamTooSmall { .. } | OnlineRefusal::NoMembers => Some("member_ids"),
            OnlineRefusal::NotOnline
            | OnlineRefusal::CheckInClosed { .. }
            | OnlineRefusal::AlreadyPresent
            | OnlineRefusal::AlreadyCompleted => None,
        }
    }
}

/// What a check-in is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckIn {
    /// Whether the meeting was held online.
    pub online: bool,
    /// The meeting day.
    pub held_on: NaiveDate,
    /// The member's attendance as recorded.
    pub recorded: Attendance,
    /// The day of the check-in (China Standard Time).
    pub on: NaiveDate,
}

/// Checks a member's online check-in: the meeting was held online, the member is not yet
/// present, and the check-in comes within the window after the meeting day.
/// A check-in turns absence or leave into attendance.
pub fn check_in(c: CheckIn, policy: &OnlinePolicy) -> Result<(), OnlineRefusal> {
    if !c.online {
        return Err(OnlineRefusal::NotOnline);
    }
    if c.recorded == Attendance::Present {
        return Err(OnlineRefusal::AlreadyPresent);
    }
    let closed_after = c.held_on + chrono::Duration::days(i64::from(policy.check_in_days));
    if c.on < c.held_on || c.on > closed_after {
        return Err(OnlineRefusal::CheckInClosed { closed_after, days: policy.check_in_days });
    }
    Ok(())
}

/// What a course completion is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completion {
    /// Minutes the course takes.
    pub course_minutes: u32,
    /// The day the course opened.
    pub opens: NaiveDate,
    /// The last day it may be completed, if it closes.
    pub closes: Option<NaiveDate>,
    /// Minutes the member spent on it.
    pub minutes_spent: u32,
    /// The day it was completed.
    pub on: NaiveDate,
    /// Whether the member completed it before.
    pub completed_before: bool,
}

/// Checks a member's completion of a micro course: once per member, while the course is
/// open, after spending at least the course's length on it.
pub fn check_completion(c: Completion) -> Result<(), OnlineRefusal> {
    if c.completed_before {
        return Err(OnlineRefusal::AlreadyCompleted);
    }
    if c.on < c.opens || c.closes.is_some_and(|closes| c.on > closes) {
        return Err(OnlineRefusal::CourseClosed { opens: c.opens, closes: c.closes, on: c.on });
    }
    if c.minutes_spent < c.course_minutes {
        return Err(OnlineRefusal::TimeShort { needed: c.course_minutes, spent: c.minutes_spent });
    }
    Ok(())
}

/// Checks a practice post's make-up: a responsibility area names its area, a vanguard team
/// has at least [`TEAM_MIN_MEMBERS`] members, and every post names a member.
pub fn check_post(kind: PostKind, members: usize, has_area: bool) -> Result<(), OnlineRefusal> {
    if members == 0 {
        return Err(OnlineRefusal::NoMembers);
    }
    match kind {
        PostKind::ResponsibilityArea if !has_area => Err(OnlineRefusal::AreaMissing),
        PostKind::VanguardTeam if members < TEAM_MIN_MEMBERS => {
            Err(OnlineRefusal::TeamTooSmall { min: TEAM_MIN_MEMBERS, has: members })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("a day")
    }

    fn online_meeting(recorded: Attendance, on: NaiveDate) -> CheckIn {
        CheckIn { online: true, held_on: day(3), recorded, on }
    }

    #[test]
    fn an_absent_or_excused_member_checks_in_to_an_online_meeting_on_the_day_or_the_next() {
        let policy = OnlinePolicy::default();
        assert_eq!(check_in(online_meeting(Attendance::Absent, day(3)), &policy), Ok(()));
        assert_eq!(check_in(online_meeting(Attendance::Leave, day(4)), &policy), Ok(()));
        assert_eq!(
            check_in(online_meeting(Attendance::Absent, day(5)), &policy),
            Err(OnlineRefusal::CheckInClosed { closed_after: day(4), days: 1 })
        );
        assert_eq!(
            check_in(online_meeting(Attendance::Absent, day(2)), &policy).map_err(|r| r.code()),
            Err("check-in-closed")
        );
    }

    #[test]
    fn a_check_in_needs_an_online_meeting_and_a_member_not_yet_present() {
        let policy = OnlinePolicy { check_in_days: 0 };
        let in_person = CheckIn { online: false, ..online_meeting(Attendance::Absent, day(3)) };
        assert_eq!(check_in(in_person, &policy), Err(OnlineRefusal::NotOnline));
        assert_eq!(check_in(online_meeting(Attendance::Present, day(3)), &policy), Err(OnlineRefusal::AlreadyPresent));
        assert_eq!(
            check_in(online_meeting(Attendance::Absent, day(4)), &policy).map_err(|r| r.code()),
            Err("check-in-closed")
        );
    }

    fn course(minutes_spent: u32, on: NaiveDate) -> Completion {
        Completion {
            course_minutes: 20,
            opens: day(1),
            closes: Some(day(20)),
            minutes_spent,
            on,
            completed_before: false,
        }
    }

    #[test]
    fn a_course_is_completed_once_while_open_after_its_length() {
        assert_eq!(check_completion(course(20, day(2))), Ok(()));
        assert_eq!(check_completion(course(19, day(2))), Err(OnlineRefusal::TimeShort { needed: 20, spent: 19 }));
        assert_eq!(check_completion(course(30, day(21))).map_err(|r| r.code()), Err("course-closed"));
        assert_eq!(
            check_completion(Completion { completed_before: true, ..course(30, day(2)) }),
            Err(OnlineRefusal::AlreadyCompleted)
        );
        assert_eq!(check_completion(Completion { closes: None, ..course(20, day(28)) }), Ok(()));
    }

    #[test]
    fn a_responsibility_area_names_its_area_and_a_team_has_two_members() {
        assert_eq!(check_post(PostKind::ModelPost, 1, false), Ok(()));
        assert_eq!(check_post(PostKind::ResponsibilityArea, 1, false), Err(OnlineRefusal::AreaMissing));
        assert_eq!(check_post(PostKind::ResponsibilityArea, 2, true), Ok(()));
        assert_eq!(check_post(PostKind::VanguardTeam, 1, false).map_err(|r| r.code()), Err("practice-team-small"));
        assert_eq!(check_post(PostKind::VanguardTeam, 3, false), Ok(()));
        assert_eq!(check_post(PostKind::ModelPost, 0, false), Err(OnlineRefusal::NoMembers));
    }
}
