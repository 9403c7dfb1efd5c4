//! The SLA clock of each request: its last day after every step, and the automatic escalation
//! of requests that ran over at the community (once, by the clock, from the recorded dates).

use chrono::{Duration, NaiveDate};
use domain::calendar::Calendar;
use domain::requests::sla::{ClockFacts, SlaPolicy, automatic_escalation, clock};
use domain::requests::{Desk, Level, RequestState, RequestType, Step, check_step};

use crate::audit::{self, Actor, Event};
use crate::db::models::{NewRequestEvent, RequestProgress, RequestRow};
use crate::db::repo::{calendar, requests};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::routes::common::stored;

/// Working days an SLA may span, with room for suspensions and long holidays.
const HORIZON_DAYS: i64 = 400;

/// The calendar from `from` on, far enough for any clock started then.
pub fn calendar_from(conn: &mut DbConnection, from: NaiveDate) -> ApiResult<Calendar> {
    Ok(calendar::load(conn, from, from + Duration::days(HORIZON_DAYS))?)
}

/// The last day of the clock a request at `progress` runs, if one runs.
pub fn due_on(
    conn: &mut DbConnection,
    kind: RequestType,
    progress: &RequestProgress,
    sla: &SlaPolicy,
) -> ApiResult<Option<NaiveDate>> {
    let facts = ClockFacts {
        state: stored(&progress.state)?,
        phase_began_on: progress.phase_began_on,
        suspended_working_days: u32::try_from(progress.suspended_days).unwrap_or(0),
    };
    let calendar = calendar_from(conn, progress.phase_began_on)?;
    Ok(clock(&facts, sla.of(kind, stored(&progress.level)?), &calendar).due())
}

/// Escalates `row` to the street if its community clock ran over before `today`: the street's
/// clock starts the day after the community's last day, so a request handed over late arrives
/// with the time already gone. Answers the request as it is now.
pub fn escalate_if_overdue(
    conn: &mut DbConnection,
    row: RequestRow,
    today: NaiveDate,
    sla: &SlaPolicy,
) -> ApiResult<RequestRow> {
    let state: RequestState = stored(&row.state)?;
    let level: Level = stored(&row.level)?;
    let running = super::clock_of(&row)?;
    let Some(to) = automatic_escalation(state, level, running, today, row.auto_escalated) else {
        return Ok(row);
    };
    let request = domain::requests::Request { state, level, resolved_on: None };
    check_step(&request, &Step::Escalate { department: None }, Desk::Clock, today, &Default::default())?;
    let overdue_since = running.due().map_or(today, |due| due + Duration::days(1));
    let mut progress = row.progress();
    progress.state = RequestState::Escalated.code().to_owned();
    progress.level = to.code().to_owned();
    progress.phase_began_on = overdue_since;
    progress.suspended_days = 0;
    progress.assignee_kind = None;
    progress.assignee_id = None;
    progress.auto_escalated = true;
    progress.updated_at = now();
    progress.due_on = due_on(conn, stored(&row.request_type)?, &progress, sla)?;
    if !requests::save_progress(conn, row.id, row.version, &progress)? {
        return Err(ApiError::PreconditionFailed);
    }
    requests::insert_event(
        conn,
        &NewRequestEvent {
            request_id: row.id,
            step: domain::requests::RequestStep::Escalate.code().to_owned(),
            from_state: Some(row.state.clone()),
            to_state: progress.state.clone(),
            level: progress.level.clone(),
            actor_id: None,
            actor_name: "SLA".to_owned(),
            note: Some(format!("overdue since {overdue_since}")),
            occurred_at: now(),
        },
    )?;
    audit::record(
        conn,
        &Actor::default(),
        Event::success("request.escalate", "request", row.id).with_detail(format!("overdue since {overdue_since}")),
    )?;
    requests::find(conn, row.id)?.ok_or(ApiError::NotFound)
}

/// Requests escalated by one sweep at most; the next sweep takes the rest.
const SWEEP_BATCH: i64 = 500;

/// Escalates every request that ran over at its community; answers how many.
pub fn escalate_overdue(conn: &mut DbConnection, today: NaiveDate, sla: &SlaPolicy) -> ApiResult<usize> {
    let due = requests::due_for_escalation(conn, today, SWEEP_BATCH)?;
    let count = due.len();
    for row in due {
        escalate_if_overdue(conn, row, today, sla)?;
    }
    Ok(count)
}
