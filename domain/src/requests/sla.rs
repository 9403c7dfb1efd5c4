//! SLA clocks on working days (the calendar): each level accepts within 1 working day and
//! resolves within 5 by default, configurable per request type and level. Time waiting for the
//! resident (挂起) stops the clock. Everything is computed from the recorded dates, so a request
//! handed over three working days after it was received arrives already overdue.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};

use super::{Level, RequestState, RequestType, is_open};
use crate::calendar::Calendar;

/// Working days a level has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sla {
    pub accept_days: u32,
    pub resolve_days: u32,
}

impl Default for Sla {
    fn default() -> Self {
        Sla { accept_days: 1, resolve_days: 5 }
    }
}

/// The default SLA and its exceptions per request type and level.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SlaPolicy {
    pub default: Sla,
    pub exceptions: HashMap<(RequestType, Level), Sla>,
}

impl SlaPolicy {
    pub fn of(&self, kind: RequestType, level: Level) -> Sla {
        self.exceptions.get(&(kind, level)).copied().unwrap_or(self.default)
    }
}

/// Which clock runs, and until when (the last working day, included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// Waiting to be accepted by the holding level.
    Accept { due: NaiveDate },
    /// Accepted and being handled.
    Resolve { due: NaiveDate },
    /// Suspended, or done with.
    Stopped,
}

impl Clock {
    pub fn due(self) -> Option<NaiveDate> {
        match self {
            Clock::Accept { due } | Clock::Resolve { due } => Some(due),
            Clock::Stopped => None,
        }
    }

    /// Past its last working day on `today`.
    pub fn is_overdue(self, today: NaiveDate) -> bool {
        self.due().is_some_and(|due| today > due)
    }
}

/// What the clock is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockFacts {
    pub state: RequestState,
    /// The day the present phase began: received (or escalated to this level) while waiting to
    /// be accepted; accepted (or reopened) while being handled.
    pub phase_began_on: NaiveDate,
    /// Working days the request was suspended in this phase.
    pub suspended_working_days: u32,
}

/// The clock of a request under `sla`.
pub fn clock(facts: &ClockFacts, sla: Sla, calendar: &Calendar) -> Clock {
    use RequestState::*;
    match facts.state {
        Submitted | Escalated => {
            Clock::Accept { due: calendar.add_working_days(facts.phase_began_on, sla.accept_days) }
        }
        Accepted | InProgress | Reopened => {
            let days = sla.resolve_days + facts.suspended_working_days;
            Clock::Resolve { due: calendar.add_working_days(facts.phase_began_on, days) }
        }
        Suspended | Resolved | Closed | Rejected => Clock::Stopped,
    }
}

/// Working days inside suspensions `(from, resumed_on)`; one not yet resumed counts to `today`.
/// The day of resumption is a working day again.
pub fn suspended_working_days(spans: &[(NaiveDate, Option<NaiveDate>)], today: NaiveDate, calendar: &Calendar) -> u32 {
    spans
        .iter()
        .map(|&(from, resumed)| match resumed {
            Some(resumed) => calendar.working_days_between(from, resumed - Duration::days(1)),
            None => calendar.working_days_between(from, today),
        })
        .sum()
}

/// The level an overdue request escalates to by itself, if it does: once in its life, and only
/// from the community to the street (above the street a person names the department).
pub fn automatic_escalation(
    state: RequestState,
    level: Level,
    clock: Clock,
    today: NaiveDate,
    escalated_automatically_before: bool,
) -> Option<Level> {
    let waiting = is_open(state) && state != RequestState::Suspended;
    if escalated_automatically_before || !waiting || level != Level::Community || !clock.is_overdue(today) {
        return None;
    }
    level.above()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::DayKind;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    /// National Day 2026: 1–7 October off, Saturday 10 October worked.
    fn national_day() -> Calendar {
        let off = (1..=7).map(|d| (date(10, d), DayKind::Holiday));
        Calendar::new(off.chain([(date(10, 10), DayKind::WorkingDay)]))
    }

    fn facts(state: RequestState, began: NaiveDate) -> ClockFacts {
        ClockFacts { state, phase_began_on: began, suspended_working_days: 0 }
    }

    #[test]
    fn a_request_is_accepted_within_one_working_day_and_resolved_within_five() {
        let calendar = Calendar::default();
        // Friday 5 June: accept by Monday 8 June.
        let waiting = clock(&facts(RequestState::Submitted, date(6, 5)), Sla::default(), &calendar);
        assert_eq!(waiting, Clock::Accept { due: date(6, 8) });
        assert!(!waiting.is_overdue(date(6, 8)));
        assert!(waiting.is_overdue(date(6, 9)));
        // Accepted Monday 8 June: resolve by Monday 15 June.
        let handled = clock(&facts(RequestState::InProgress, date(6, 8)), Sla::default(), &calendar);
        assert_eq!(handled, Clock::Resolve { due: date(6, 15) });
    }

    #[test]
    fn holidays_do_not_count_and_a_made_up_saturday_does() {
        let calendar = national_day();
        // Received on 30 September: the next working day is 8 October.
        let waiting = clock(&facts(RequestState::Submitted, date(9, 30)), Sla::default(), &calendar);
        assert_eq!(waiting.due(), Some(date(10, 8)));
        // Accepted 8 October: 9, 10 (worked Saturday), 12, 13, 14.
        let handled = clock(&facts(RequestState::Accepted, date(10, 8)), Sla::default(), &calendar);
        assert_eq!(handled.due(), Some(date(10, 14)));
    }

    #[test]
    fn a_hotline_request_received_three_working_days_ago_arrives_overdue() {
        let calendar = Calendar::default();
        let received = date(6, 1);
        let arrived = date(6, 4);
        assert_eq!(calendar.working_days_between(received + Duration::days(1), arrived), 3);
        let waiting = clock(&facts(RequestState::Submitted, received), Sla::default(), &calendar);
        assert!(waiting.is_overdue(arrived));
    }

    #[test]
    fn suspension_stops_the_clock_for_its_working_days() {
        let calendar = Calendar::default();
        // Suspended Tuesday 9 June, resumed Thursday 11 June: two working days stood still.
        let stood = suspended_working_days(&[(date(6, 9), Some(date(6, 11)))], date(6, 20), &calendar);
        assert_eq!(stood, 2);
        let handled = ClockFacts { suspended_working_days: stood, ..facts(RequestState::InProgress, date(6, 8)) };
        assert_eq!(clock(&handled, Sla::default(), &calendar).due(), Some(date(6, 17)));
        assert_eq!(clock(&facts(RequestState::Suspended, date(6, 8)), Sla::default(), &calendar), Clock::Stopped);
        // Still suspended: counted up to today.
        assert_eq!(suspended_working_days(&[(date(6, 12), None)], date(6, 15), &calendar), 2);
        assert_eq!(suspended_working_days(&[(date(6, 12), Some(date(6, 12)))], date(6, 15), &calendar), 0);
    }

    #[test]
    fn the_sla_is_configurable_per_type_and_level() {
        let mut policy = SlaPolicy::default();
        policy.exceptions.insert((RequestType::Complaint, Level::Street), Sla { accept_days: 1, resolve_days: 10 });
        assert_eq!(policy.of(RequestType::Complaint, Level::Street).resolve_days, 10);
        assert_eq!(policy.of(RequestType::Complaint, Level::Community), Sla::default());
        assert_eq!(policy.of(RequestType::Help, Level::Street), Sla::default());
    }

    #[test]
    fn an_overdue_community_request_escalates_to_the_street_once() {
        let overdue = Clock::Accept { due: date(6, 1) };
        let today = date(6, 2);
        let escalate = |state, level, before| automatic_escalation(state, level, overdue, today, before);
        assert_eq!(escalate(RequestState::Submitted, Level::Community, false), Some(Level::Street));
        assert_eq!(escalate(RequestState::Submitted, Level::Community, true), None, "once in its life");
        assert_eq!(escalate(RequestState::Accepted, Level::Street, false), None, "a person names the department");
        assert_eq!(escalate(RequestState::Suspended, Level::Community, false), None);
        assert_eq!(escalate(RequestState::Resolved, Level::Community, false), None);
        let in_time = automatic_escalation(RequestState::Submitted, Level::Community, overdue, date(6, 1), false);
        assert_eq!(in_time, None, "the due day itself is in time");
    }
}
