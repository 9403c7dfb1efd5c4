//! Alerts of co-building and the community's powers: joint meetings not held within their
//! rhythm, co-building tasks overdue, requests for a community's opinion unanswered in time.

use chrono::NaiveDate;
use domain::access::policy::Scope;
use domain::cobuilding::{JointMeetingPolicy, next_meeting_due};

use super::alerts::{Alert, AlertKind, Params, params};
use crate::db::DbConnection;
use crate::db::keyset::Window;
use crate::db::repo::names::NameBook;
use crate::db::repo::{cobuilding, joint, opinions};
use crate::error::ApiResult;
use crate::routes::common::area_ranges;

/// Most joint meetings one list of alerts names.
const JOINT_BODIES: i64 = 200;

fn about_area(kind: AlertKind, area: (i64, String), due_on: NaiveDate, params: Params, detail: String) -> Alert {
    Alert {
        kind,
        member_id: None,
        member_name: None,
        org_id: None,
        org_name: None,
        request_id: None,
        area_id: Some(area.0),
        area_name: Some(area.1),
        due_on,
        params,
        detail,
    }
}

/// The co-building alerts of a scope's areas on `on`.
pub fn co_building(
    conn: &mut DbConnection,
    scope: &Scope,
    policy: &JointMeetingPolicy,
    on: NaiveDate,
) -> ApiResult<Vec<Alert>> {
    let ranges = area_ranges(scope);
    let mut alerts = Vec::new();
    let (bodies, _) = joint::list_bodies(conn, &ranges, &joint::BY_ID, &Window::first(JOINT_BODIES))?;
    let last = joint::last_held(conn, &bodies.iter().map(|b| b.id).collect::<Vec<_>>())?;
    let tasks = cobuilding::overdue_tasks_per_area(conn, &ranges, on)?;
    let requests = opinions::overdue_per_community(conn, &ranges, on)?;
    let names = NameBook::wanted()
        .areas(bodies.iter().map(|b| b.area_id).chain(tasks.iter().map(|t| t.0)).chain(requests.iter().map(|r| r.0)))
        .read(conn)?;
    for body in &bodies {
        let last_held = last.get(&body.id).copied();
        let due_on = next_meeting_due(last_held, body.set_up_on, policy);
        if on > due_on {
            let name = names.area(body.area_id);
            let held = last_held.map_or_else(String::new, |d| d.to_string());
            alerts.push(about_area(
                AlertKind::JointMeetingOverdue,
                (body.area_id, name.clone()),
                due_on,
                params([("due_on", due_on.to_string()), ("last_held_on", held)]),
                format!("the joint meeting of {name} was due to meet by {due_on}"),
            ));
        }
    }
    for (area_id, count, earliest) in tasks {
        let due_on = earliest.unwrap_or(on);
        let name = names.area(area_id);
        alerts.push(about_area(
            AlertKind::TaskOverdue,
            (area_id, name.clone()),
            due_on,
            params([("count", count.to_string()), ("due_on", due_on.to_string())]),
            format!("{count} co-building tasks of {name} are open after their due day (the first on {due_on})"),
        ));
    }
    for (area_id, count) in requests {
        let name = names.area(area_id);
        alerts.push(about_area(
            AlertKind::OpinionOverdue,
            (area_id, name.clone()),
            on,
            params([("count", count.to_string())]),
            format!("{name} has {count} requests for its opinion unanswered after their last working day"),
        ));
    }
    Ok(alerts)
}
