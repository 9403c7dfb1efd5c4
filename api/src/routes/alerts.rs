//! Alerts (deadline engine, DOMAIN.md §7) for the caller's scope, computed on request.

use actix_web::{HttpResponse, get, web};
use chrono::{Datelike, Duration, Months, NaiveDate};
use diesel::prelude::*;
use domain::access::policy::Action;
use domain::development::publicity::SiteStatus;
use domain::development::{Purpose, StepKind};
use domain::evaluation::required_opinions;
use domain::member::transfer::TransferStatus;
use domain::member::{Category, Stage};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::today;
use super::common::{list_of, org_ranges, stored};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::repo::organizations;
use crate::db::schema::{
    development_steps as steps, evaluation_campaigns as campaigns, evaluation_opinions as opinions,
};
use crate::db::schema::{members, publicity_sites as sites, transfers};
use crate::error::ApiResult;
use crate::extract::{Page, QueryParams};
use crate::reports::compliance;
use crate::reports::publicity::load_publicity;
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_alerts);
}

/// Kind of alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    /// 谈话逾期: no talk within a month of the application.
    TalkOverdue,
    /// 可列为发展对象: a year as activist has passed.
    ActivistEligible,
    /// 预备期即将届满: probation ends within 30 days.
    ProbationEnding,
    /// 公示即将结束: a publicity site ends within 3 days.
    PublicityEnding,
    /// 介绍信即将过期: a transfer letter expires within 14 days.
    TransferExpiring,
    /// 评议意见缺失: an opinion is missing with the campaign deadline within 14 days.
    OpinionMissing,
    /// 半年未参加组织生活 (自行脱党 risk): no attendance for 6 months.
    NoAttendance,
    /// 上月组织生活缺失: a required meeting was not held last month or last quarter.
    MeetingsMissing,
    /// 支部正式党员不足3人.
    BranchTooSmall,
    /// 支部党员超过50人.
    BranchTooLarge,
}

/// Something due.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Alert {
    pub kind: AlertKind,
    pub member_id: Option<i64>,
    pub member_name: Option<String>,
    /// For alerts about an organization.
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    /// The date it is due (or overdue since).
    pub due_on: NaiveDate,
    pub detail: String,
}

list_of!(AlertList, Alert, "A page of alerts, soonest first.");

/// Paging of the alerts.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AlertQuery {
    /// Page size, 1–200 (default 20).
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

type Person = (i64, String, String, Option<NaiveDate>);
/// A recorded step: member, date, decision record, months.
type StepDate = (i64, NaiveDate, Option<String>, Option<i32>);

/// Members of a stage whose membership organization lies in `range` (or anywhere).
fn at_stage(conn: &mut DbConnection, range: &Option<(String, String)>, stage: Stage) -> ApiResult<Vec<Person>> {
    let mut q = members::table.filter(members::stage.eq(stage.code())).into_boxed();
    if let Some((low, high)) = range.clone() {
        q = q.filter(members::membership_org_path.ge(low)).filter(members::membership_org_path.lt(high));
    }
    Ok(q.select((members::id, members::name, members::category, members::join_date)).load(conn)?)
}

fn step_dates(conn: &mut DbConnection, ids: &[i64], kind: StepKind) -> ApiResult<Vec<StepDate>> {
    Ok(steps::table
        .filter(steps::member_id.eq_any(ids))
        .filter(steps::kind.eq(kind.code()))
        .select((steps::member_id, steps::occurred_on, steps::decision_record, steps::months))
        .load(conn)?)
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

fn collect(conn: &mut DbConnection, caller: &Caller, state: &AppState) -> ApiResult<Vec<Alert>> {
    let policy = state.config.rules.development;
    let on = today();
    let range = org_ranges(&caller.scope).into_iter().next();
    let mut alerts = Vec::new();
    let alert = |kind, person: &Person, due_on, detail: String| Alert {
        kind,
        member_id: Some(person.0),
        member_name: Some(person.1.clone()),
        org_id: None,
        org_name: None,
        due_on,
        detail,
    };

    let applicants = at_stage(conn, &range, Stage::Applicant)?;
    let ids: Vec<i64> = applicants.iter().map(|p| p.0).collect();
    let applications = step_dates(conn, &ids, StepKind::Application)?;
    let talks = step_dates(conn, &ids, StepKind::Talk)?;
    for person in &applicants {
        if let Some((_, applied, _, _)) = applications.iter().find(|a| a.0 == person.0) {
            let due = *applied + Duration::days(policy.talk_within_days);
            if !talks.iter().any(|t| t.0 == person.0) && due < on {
                alerts.push(alert(
                    AlertKind::TalkOverdue,
                    person,
                    due,
                    format!("applied on {applied}; no talk recorded"),
                ));
            }
        }
    }

    let activists = at_stage(conn, &range, Stage::Activist)?;
    let ids: Vec<i64> = activists.iter().map(|p| p.0).collect();
    let changes = step_dates(conn, &ids, StepKind::StageChange)?;
    for person in &activists {
        let since = changes
            .iter()
            .filter(|c| c.0 == person.0 && c.2.as_deref() == Some(Stage::Activist.code()))
            .map(|c| c.1)
            .max();
        if let Some(since) = since {
            let eligible = add_months(since, policy.activist_months);
            if eligible <= on {
                alerts.push(alert(AlertKind::ActivistEligible, person, eligible, format!("activist since {since}")));
            }
        }
    }

    let probationary = at_stage(conn, &range, Stage::Probationary)?;
    let ids: Vec<i64> = probationary.iter().map(|p| p.0).collect();
    let extensions = step_dates(conn, &ids, StepKind::ProbationExtension)?;
    for person in &probationary {
        if let Some(joined) = person.3 {
            let extra = extensions
                .iter()
                .find(|e| e.0 == person.0)
                .and_then(|e| e.3)
                .and_then(|m| u32::try_from(m).ok())
                .unwrap_or(0);
            let ends = add_months(joined, policy.probation_months + extra);
            if ends >= on && ends <= on + Duration::days(30) {
                alerts.push(alert(
                    AlertKind::ProbationEnding,
                    person,
                    ends,
                    format!("probation since {joined} ends on {ends}"),
                ));
            }
        }
    }

    let mut ending =
        sites::table.filter(sites::end_on.ge(on)).filter(sites::end_on.le(on + Duration::days(3))).into_boxed();
    if let Some((low, high)) = range.clone() {
        ending = ending.filter(sites::org_path.ge(low)).filter(sites::org_path.lt(high));
    }
    let ending: Vec<(i64, i64, Option<NaiveDate>)> =
        ending.select((sites::id, sites::publicity_id, sites::end_on)).load(conn)?;
    for (site_id, publicity_id, end_on) in ending {
        let publicity = load_publicity(conn, publicity_id, on)?;
        let name: Option<String> =
            members::table.find(publicity.member_id).select(members::name).first(conn).optional()?;
        if let (Some(site), Some(end_on)) = (publicity.sites.iter().find(|s| s.id == site_id), end_on)
            && site.status == SiteStatus::Running
        {
            alerts.push(Alert {
                kind: AlertKind::PublicityEnding,
                member_id: Some(publicity.member_id),
                member_name: name,
                org_id: Some(site.org_id),
                org_name: Some(site.org_name.clone()),
                due_on: end_on,
                detail: format!(
                    "{} publicity at {} ends on {end_on}",
                    Purpose::chinese_name(publicity.purpose),
                    site.org_name
                ),
            });
        }
    }

    let expiring: Vec<(i64, NaiveDate, i64, i64)> = transfers::table
        .filter(transfers::status.eq(TransferStatus::Issued.code()))
        .filter(transfers::expires_on.ge(on))
        .filter(transfers::expires_on.le(on + Duration::days(14)))
        .select((transfers::member_id, transfers::expires_on, transfers::from_org_id, transfers::to_org_id))
        .load(conn)?;
    for (member_id, expires_on, from_org, to_org) in expiring {
        let member: Option<(String, String, String)> = members::table
            .find(member_id)
            .select((members::name, members::membership_org_path, members::residence_org_path))
            .first(conn)
            .optional()?;
        let involved = |id: i64, conn: &mut DbConnection| -> ApiResult<bool> {
            Ok(crate::db::repo::organizations::find(conn, id)?.is_some_and(|o| caller.scope.holds_org(&o.path)))
        };
        if let Some((name, _, _)) = member
            && (involved(from_org, conn)? || involved(to_org, conn)?)
        {
            alerts.push(Alert {
                kind: AlertKind::TransferExpiring,
                member_id: Some(member_id),
                member_name: Some(name),
                org_id: Some(to_org),
                org_name: None,
                due_on: expires_on,
                detail: format!("the transfer letter expires on {expires_on}"),
            });
        }
    }

    let mut due = campaigns::table
        .filter(campaigns::deadline.ge(on))
        .filter(campaigns::deadline.le(on + Duration::days(14)))
        .into_boxed();
    if let Some((low, high)) = range.clone() {
        due = due.filter(campaigns::org_path.ge(low)).filter(campaigns::org_path.lt(high));
    }
    let due: Vec<(String, i32, NaiveDate)> =
        due.select((campaigns::org_path, campaigns::year, campaigns::deadline)).load(conn)?;
    for (org_path, year, deadline) in due {
        let (low, high) = subtree_range(&org_path);
        let people: Vec<(i64, String, String)> = members::table
            .filter(members::membership_org_path.ge(low))
            .filter(members::membership_org_path.lt(high))
            .filter(members::stage.eq(Stage::Full.code()))
            .select((members::id, members::name, members::category))
            .load(conn)?;
        let ids: Vec<i64> = people.iter().map(|p| p.0).collect();
        let given: Vec<(i64, String)> = opinions::table
            .filter(opinions::member_id.eq_any(&ids))
            .filter(opinions::year.eq(year))
            .select((opinions::member_id, opinions::side))
            .load(conn)?;
        for (id, name, category) in people {
            let (membership, residence) = required_opinions(stored::<Category>(&category)?);
            let has = |side: &str| given.iter().any(|(m, s)| *m == id && s == side);
            let missing: Vec<&str> = [(membership, "membership"), (residence, "residence")]
                .into_iter()
                .filter(|(needed, side)| *needed && !has(side))
                .map(|(_, side)| side)
                .collect();
            if !missing.is_empty() {
                alerts.push(Alert {
                    kind: AlertKind::OpinionMissing,
                    member_id: Some(id),
                    member_name: Some(name),
                    org_id: None,
                    org_name: None,
                    due_on: deadline,
                    detail: format!("{year} evaluation: the {} opinion is missing", missing.join(" and ")),
                });
            }
        }
    }
    organizational_life(conn, &range, on, &mut alerts)?;
    alerts.sort_by_key(|a| a.due_on);
    Ok(alerts)
}

/// Alerts of organizational life: members without attendance for 6 months, meetings missed
/// in the last complete month and quarter, branches too small or too large.
fn organizational_life(
    conn: &mut DbConnection,
    range: &Option<(String, String)>,
    on: NaiveDate,
    alerts: &mut Vec<Alert>,
) -> ApiResult<()> {
    use crate::db::schema::{meeting_attendance as attendance, meetings};
    let since = on - Duration::days(183);
    let attended: Vec<i64> = attendance::table
        .inner_join(meetings::table)
        .filter(meetings::held_on.ge(since))
        .filter(attendance::status.eq(domain::meetings::Attendance::Present.code()))
        .select(attendance::member_id)
        .distinct()
        .load(conn)?;
    let attended: std::collections::HashSet<i64> = attended.into_iter().collect();
    let mut people =
        members::table.filter(members::stage.eq_any([Stage::Probationary.code(), Stage::Full.code()])).into_boxed();
    if let Some((low, high)) = range.clone() {
        people = people.filter(members::membership_org_path.ge(low)).filter(members::membership_org_path.lt(high));
    }
    let people: Vec<(i64, String)> = people.select((members::id, members::name)).load(conn)?;
    for (id, name) in people.into_iter().filter(|(id, _)| !attended.contains(id)) {
        alerts.push(Alert {
            kind: AlertKind::NoAttendance,
            member_id: Some(id),
            member_name: Some(name),
            org_id: None,
            org_name: None,
            due_on: since,
            detail: "no organizational life attended in the last 6 months".to_owned(),
        });
    }
    let last_month = on.with_day(1).and_then(|d| d.pred_opt()).unwrap_or(on);
    let month = domain::meetings::Period::parse(&last_month.format("%Y-%m").to_string()).ok();
    let quarter_end =
        NaiveDate::from_ymd_opt(on.year(), (on.month() - 1) / 3 * 3 + 1, 1).and_then(|d| d.pred_opt()).unwrap_or(on);
    let quarter =
        domain::meetings::Period::parse(&format!("{}-Q{}", quarter_end.year(), (quarter_end.month() - 1) / 3 + 1)).ok();
    // The low end of a scope's range is its organization's path.
    let counts = match range {
        Some((scope_path, _)) => organizations::member_counts_within(conn, scope_path)?,
        None => Vec::new(),
    };
    for period in [month, quarter].into_iter().flatten() {
        let branches = match range {
            Some((scope_path, _)) => compliance::branches(conn, scope_path, &period, on, &counts)?,
            None => compliance::everywhere(conn, &period, on)?,
        };
        for branch in branches {
            let missing: Vec<&str> = branch
                .requirements
                .iter()
                .filter(|r| !r.met && r.meeting_type.frequency() == Some(period.frequency))
                .map(|r| r.meeting_type.chinese_name())
                .collect();
            if !missing.is_empty() {
                alerts.push(Alert {
                    kind: AlertKind::MeetingsMissing,
                    member_id: None,
                    member_name: None,
                    org_id: Some(branch.org_id),
                    org_name: Some(branch.name.clone()),
                    due_on: period.last,
                    detail: format!("{}: {}", period.label(), missing.join("、")),
                });
            }
            if period.frequency == domain::meetings::Frequency::Monthly {
                let (kind, detail) = if branch.full_members < 3 {
                    (
                        Some(AlertKind::BranchTooSmall),
                        format!("{} full members; a branch needs at least 3", branch.full_members),
                    )
                } else if branch.members > 50 {
                    (Some(AlertKind::BranchTooLarge), format!("{} members; a branch has at most 50", branch.members))
                } else {
                    (None, String::new())
                };
                if let Some(kind) = kind {
                    alerts.push(Alert {
                        kind,
                        member_id: None,
                        member_name: None,
                        org_id: Some(branch.org_id),
                        org_name: Some(branch.name),
                        due_on: on,
                        detail,
                    });
                }
            }
        }
    }
    Ok(())
}

/// Alerts for the caller's scope: overdue talks, activists eligible to become candidates,
/// probations ending within 30 days, publicities ending, transfer letters expiring,
/// evaluation opinions missing near the deadline.
#[utoipa::path(operation_id = "list_alerts", tag = "alerts", params(AlertQuery), responses((status = 200, description = "A page of alerts", body = AlertList)))]
#[get("/alerts")]
pub async fn list_alerts(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<AlertQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let page = Page::new(query.limit, query.offset)?;
    let app = state.clone();
    let list = state
        .read(move |conn| {
            let (items, total) = page.of(collect(conn, &caller, &app)?);
            Ok(AlertList { items, total, limit: page.limit, offset: page.offset })
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
