//! Which desk takes which step in which state, and where a step leaves a request.

use chrono::NaiveDate;

use super::{Desk, Level, Outcome, Request, RequestPolicy, RequestRefusal, RequestState, RequestStep, Step};

/// The states each step starts from.
fn starts_from(step: RequestStep) -> &'static [RequestState] {
    use RequestState::*;
    match step {
        RequestStep::Accept => &[Submitted, Escalated],
        RequestStep::Reject => &[Submitted, Escalated, Accepted],
        // From in progress: a reassignment.
        RequestStep::Dispatch => &[Accepted, Reopened, InProgress],
        RequestStep::Suspend => &[InProgress],
        RequestStep::Resume => &[Suspended],
        RequestStep::Resolve => &[InProgress],
        RequestStep::Close => &[Resolved],
        RequestStep::Reopen => &[Resolved, Closed],
        RequestStep::Escalate => &[Submitted, Accepted, InProgress, Reopened],
    }
}

/// The desks that take each step.
fn taken_by(step: RequestStep) -> &'static [Desk] {
    use Desk::*;
    match step {
        RequestStep::Accept | RequestStep::Reject | RequestStep::Dispatch => &[Holder],
        RequestStep::Suspend | RequestStep::Resume | RequestStep::Resolve => &[Holder, Assignee],
        // The holder records a rating the resident gave by phone or at the window.
        RequestStep::Close | RequestStep::Reopen => &[Holder, Resident],
        RequestStep::Escalate => &[Holder, Clock],
    }
}

fn required(text: &str, refusal: RequestRefusal) -> Result<(), RequestRefusal> {
    if text.trim().is_empty() { Err(refusal) } else { Ok(()) }
}

/// The desk a caller takes `step` at: the first of the desks it holds that takes the step.
pub fn desk_for(step: RequestStep, desks: &[Desk]) -> Result<Desk, RequestRefusal> {
    desks.iter().copied().find(|desk| taken_by(step).contains(desk)).ok_or(RequestRefusal::NotYourStep { step })
}

/// Checks a step by `desk` on `request` on `today`; answers where it leaves the request.
pub fn check_step(
    request: &Request,
    step: &Step<'_>,
    desk: Desk,
    today: NaiveDate,
    policy: &RequestPolicy,
) -> Result<Outcome, RequestRefusal> {
    let kind = step.kind();
    if !taken_by(kind).contains(&desk) {
        return Err(RequestRefusal::NotYourStep { step: kind });
    }
    if !starts_from(kind).contains(&request.state) {
        return Err(RequestRefusal::NotInThisState { step: kind, state: request.state });
    }
    let stay = |state| Ok(Outcome { state, level: request.level });
    match *step {
        Step::Accept => stay(RequestState::Accepted),
        Step::Reject { reason } => {
            required(reason, RequestRefusal::ReasonRequired)?;
            stay(RequestState::Rejected)
        }
        Step::Dispatch { assigned } => {
            if !assigned {
                return Err(RequestRefusal::AssigneeRequired);
            }
            stay(RequestState::InProgress)
        }
        Step::Suspend { reason } => {
            required(reason, RequestRefusal::ReasonRequired)?;
            stay(RequestState::Suspended)
        }
        Step::Resume => stay(RequestState::InProgress),
        Step::Resolve { note } => {
            required(note, RequestRefusal::NoteRequired)?;
            stay(RequestState::Resolved)
        }
        Step::Close { rating } => {
            if !(1..=5).contains(&rating) {
                return Err(RequestRefusal::RatingOutOfRange(rating));
            }
            stay(RequestState::Closed)
        }
        Step::Reopen => {
            let within = policy.reopen_within_days;
            let resolved_on = request.resolved_on.unwrap_or(today);
            let last_day = resolved_on + chrono::Duration::days(within);
            if today > last_day {
                return Err(RequestRefusal::ReopenWindowClosed { last_day, within });
            }
            stay(RequestState::Reopened)
        }
        Step::Escalate { department } => {
            let above = request.level.above().ok_or(RequestRefusal::TopLevel)?;
            if above == Level::Department && department.is_none() {
                return Err(RequestRefusal::DepartmentRequired);
            }
            Ok(Outcome { state: RequestState::Escalated, level: above })
        }
    }
}

/// The steps a caller at `desks` may take on a request in `state`, for the buttons it is shown.
pub fn available_steps(state: RequestState, desks: &[Desk]) -> Vec<RequestStep> {
    RequestStep::ALL
        .iter()
        .copied()
        .filter(|step| starts_from(*step).contains(&state) && desk_for(*step, desks).is_ok())
        .collect()
}

/// Whether a caller may add a photo (of the spot, of the work done) to a request in `state`:
/// the one who registered it and whoever holds a desk for it, until it is closed or rejected.
pub fn check_files(state: RequestState, desks: &[Desk], registered_it: bool) -> Result<(), RequestRefusal> {
    if !registered_it && desks.is_empty() {
        return Err(RequestRefusal::NotYourFiles);
    }
    if matches!(state, RequestState::Closed | RequestState::Rejected) {
        return Err(RequestRefusal::FilesClosed { state });
    }
    Ok(())
}

/// A member a request would be dispatched to, as the community knows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberAssignee {
    /// An in-service member (在职党员): membership at the work unit, living in a community.
    pub in_service: bool,
    /// Their residence organization lies in the request's community.
    pub lives_in_community: bool,
    /// The day of their latest report-in (报到).
    pub reported_in_on: Option<NaiveDate>,
}

/// The first day a report-in still counts on `today`: a year back (report-in is at least yearly).
pub fn reported_in_since(today: NaiveDate) -> NaiveDate {
    today.checked_sub_months(chrono::Months::new(12)).unwrap_or(today)
}

/// Whether a member can be dispatched a request (§12, DOMAIN.md §8): an in-service member who
/// lives in the request's community and reported in to it within the last year (report-in is
/// at least yearly), the same members the community assigns co-building work to.
pub fn check_member_assignee(member: &MemberAssignee, today: NaiveDate) -> Result<(), RequestRefusal> {
    let reported = member.reported_in_on.is_some_and(|day| day >= reported_in_since(today) && day <= today);
    if member.in_service && member.lives_in_community && reported { Ok(()) } else { Err(RequestRefusal::NotReportedIn) }
}

/// Whether a request still waits for someone to act (it is in a queue).
pub fn is_open(state: RequestState) -> bool {
    !matches!(state, RequestState::Resolved | RequestState::Closed | RequestState::Rejected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn request(state: RequestState, level: Level) -> Request {
        Request { state, level, resolved_on: None }
    }

    fn step(r: &Request, s: Step<'_>, desk: Desk) -> Result<Outcome, RequestRefusal> {
        check_step(r, &s, desk, date(6, 1), &RequestPolicy::default())
    }

    #[test]
    fn a_request_goes_from_submitted_through_accepted_and_in_progress_to_resolved_and_closed() {
        let mut r = request(RequestState::Submitted, Level::Community);
        for (s, desk, then) in [
            (Step::Accept, Desk::Holder, RequestState::Accepted),
            (Step::Dispatch { assigned: true }, Desk::Holder, RequestState::InProgress),
            (Step::Resolve { note: "已清理" }, Desk::Assignee, RequestState::Resolved),
            (Step::Close { rating: 5 }, Desk::Resident, RequestState::Closed),
        ] {
            let outcome = step(&r, s, desk).expect("allowed");
            assert_eq!(outcome.state, then);
            assert_eq!(outcome.level, Level::Community);
            r.state = outcome.state;
        }
    }

    #[test]
    fn only_the_holding_platform_accepts_rejects_and_dispatches() {
        let r = request(RequestState::Submitted, Level::Community);
        for desk in [Desk::Assignee, Desk::Resident, Desk::Clock] {
            assert_eq!(step(&r, Step::Accept, desk), Err(RequestRefusal::NotYourStep { step: RequestStep::Accept }));
        }
        let accepted = request(RequestState::Accepted, Level::Community);
        let refused = step(&accepted, Step::Dispatch { assigned: true }, Desk::Assignee);
        assert_eq!(refused.map_err(RequestRefusal::code), Err("forbidden"));
    }

    #[test]
    fn a_caller_at_two_desks_takes_each_step_at_the_desk_it_is_for() {
        let both = [Desk::Assignee, Desk::Holder];
        assert_eq!(desk_for(RequestStep::Dispatch, &both), Ok(Desk::Holder));
        assert_eq!(desk_for(RequestStep::Resolve, &both), Ok(Desk::Assignee));
        assert_eq!(
            desk_for(RequestStep::Accept, &[Desk::Assignee]),
            Err(RequestRefusal::NotYourStep { step: RequestStep::Accept })
        );
    }

    #[test]
    fn the_assignee_of_a_request_in_progress_may_suspend_or_resolve_it_and_nothing_else() {
        let steps = available_steps(RequestState::InProgress, &[Desk::Assignee]);
        assert_eq!(steps, [RequestStep::Suspend, RequestStep::Resolve]);
        assert!(available_steps(RequestState::Closed, &[]).is_empty());
    }

    #[test]
    fn a_step_out_of_order_names_the_state() {
        let r = request(RequestState::Submitted, Level::Community);
        let refused = step(&r, Step::Resolve { note: "x" }, Desk::Holder);
        assert_eq!(
            refused,
            Err(RequestRefusal::NotInThisState { step: RequestStep::Resolve, state: RequestState::Submitted })
        );
        assert_eq!(refused.map_err(RequestRefusal::code), Err("request-state"));
        let closed = request(RequestState::Closed, Level::Community);
        assert!(step(&closed, Step::Close { rating: 4 }, Desk::Holder).is_err(), "a rating is given once");
    }

    #[test]
    fn a_rejection_and_a_suspension_need_a_reason_and_a_resolution_a_note() {
        let r = request(RequestState::Submitted, Level::Community);
        assert_eq!(step(&r, Step::Reject { reason: "  " }, Desk::Holder), Err(RequestRefusal::ReasonRequired));
        assert_eq!(RequestRefusal::ReasonRequired.field(), Some("reason"));
        let working = request(RequestState::InProgress, Level::Community);
        assert_eq!(step(&working, Step::Suspend { reason: "" }, Desk::Assignee), Err(RequestRefusal::ReasonRequired));
        assert_eq!(step(&working, Step::Resolve { note: "" }, Desk::Assignee), Err(RequestRefusal::NoteRequired));
        let suspended = step(&working, Step::Suspend { reason: "等待居民提供材料" }, Desk::Assignee);
        assert_eq!(suspended.map(|o| o.state), Ok(RequestState::Suspended));
    }

    #[test]
    fn a_dispatch_names_an_assignee_and_may_reassign() {
        let accepted = request(RequestState::Accepted, Level::Street);
        assert_eq!(
            step(&accepted, Step::Dispatch { assigned: false }, Desk::Holder),
            Err(RequestRefusal::AssigneeRequired)
        );
        let working = request(RequestState::InProgress, Level::Street);
        assert_eq!(
            step(&working, Step::Dispatch { assigned: true }, Desk::Holder).map(|o| o.state),
            Ok(RequestState::InProgress)
        );
    }

    #[test]
    fn the_rating_is_one_to_five() {
        let resolved = request(RequestState::Resolved, Level::Community);
        assert_eq!(step(&resolved, Step::Close { rating: 0 }, Desk::Holder), Err(RequestRefusal::RatingOutOfRange(0)));
        assert_eq!(
            step(&resolved, Step::Close { rating: 6 }, Desk::Resident),
            Err(RequestRefusal::RatingOutOfRange(6))
        );
        assert!(step(&resolved, Step::Close { rating: 1 }, Desk::Resident).is_ok());
    }

    #[test]
    fn escalation_goes_community_to_street_to_a_named_department_and_stops_there() {
        let community = request(RequestState::Accepted, Level::Community);
        let up = step(&community, Step::Escalate { department: None }, Desk::Holder);
        assert_eq!(up, Ok(Outcome { state: RequestState::Escalated, level: Level::Street }));
        let street = request(RequestState::InProgress, Level::Street);
        assert_eq!(
            step(&street, Step::Escalate { department: None }, Desk::Clock),
            Err(RequestRefusal::DepartmentRequired)
        );
        let up = step(&street, Step::Escalate { department: Some(7) }, Desk::Holder);
        assert_eq!(up.map(|o| o.level), Ok(Level::Department));
        let department = request(RequestState::Accepted, Level::Department);
        let refused = step(&department, Step::Escalate { department: Some(7) }, Desk::Holder);
        assert_eq!(refused.map_err(RequestRefusal::code), Err("escalation-top-level"));
        // The level above accepts what was escalated to it.
        let escalated = request(RequestState::Escalated, Level::Street);
        assert_eq!(step(&escalated, Step::Accept, Desk::Holder).map(|o| o.state), Ok(RequestState::Accepted));
    }

    #[test]
    fn a_resolved_request_reopens_within_the_window_only() {
        let policy = RequestPolicy { reopen_within_days: 10 };
        let resolved = Request { state: RequestState::Closed, level: Level::Community, resolved_on: Some(date(5, 1)) };
        let on = |day| check_step(&resolved, &Step::Reopen, Desk::Resident, day, &policy);
        assert_eq!(on(date(5, 11)).map(|o| o.state), Ok(RequestState::Reopened), "the tenth day is still in");
        let refused = on(date(5, 12));
        assert_eq!(refused, Err(RequestRefusal::ReopenWindowClosed { last_day: date(5, 11), within: 10 }));
        assert_eq!(refused.map_err(RequestRefusal::code), Err("reopen-window-closed"));
        let reopened = Request { state: RequestState::Reopened, ..resolved };
        let again = check_step(&reopened, &Step::Dispatch { assigned: true }, Desk::Holder, date(5, 11), &policy);
        assert_eq!(again.map(|o| o.state), Ok(RequestState::InProgress), "a reopened request is dispatched again");
    }

    #[test]
    fn resolved_closed_and_rejected_requests_leave_the_queue() {
        let open: Vec<RequestState> = RequestState::ALL.iter().copied().filter(|s| is_open(*s)).collect();
        use RequestState::*;
        assert_eq!(open, [Submitted, Accepted, InProgress, Suspended, Escalated, Reopened]);
    }

    #[test]
    fn photos_come_from_the_registrar_and_the_desks_until_the_request_is_a_record() {
        assert_eq!(check_files(RequestState::Submitted, &[], true), Ok(()), "the grid leader's photo of the spot");
        assert_eq!(check_files(RequestState::InProgress, &[Desk::Assignee], false), Ok(()), "the work done");
        assert_eq!(check_files(RequestState::Resolved, &[Desk::Holder], false), Ok(()));
        assert_eq!(check_files(RequestState::InProgress, &[], false), Err(RequestRefusal::NotYourFiles));
        for state in [RequestState::Closed, RequestState::Rejected] {
            assert_eq!(check_files(state, &[Desk::Holder], true), Err(RequestRefusal::FilesClosed { state }));
        }
    }

    #[test]
    fn members_are_dispatched_work_once_they_reported_in_to_the_community_within_a_year() {
        let today = date(12, 4);
        let member = MemberAssignee { in_service: true, lives_in_community: true, reported_in_on: Some(date(3, 1)) };
        assert_eq!(check_member_assignee(&member, today), Ok(()));
        let last_year = NaiveDate::from_ymd_opt(2025, 12, 3);
        for refused in [
            MemberAssignee { reported_in_on: None, ..member },
            MemberAssignee { reported_in_on: last_year, ..member },
            MemberAssignee { in_service: false, ..member },
            MemberAssignee { lives_in_community: false, ..member },
        ] {
            assert_eq!(check_member_assignee(&refused, today), Err(RequestRefusal::NotReportedIn), "{refused:?}");
        }
        let a_year_ago = MemberAssignee { reported_in_on: NaiveDate::from_ymd_opt(2025, 12, 4), ..member };
        assert_eq!(check_member_assignee(&a_year_ago, today), Ok(()), "a year to the day still counts");
    }
}
