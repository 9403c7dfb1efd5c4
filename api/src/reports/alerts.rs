//! Alerts (the deadline engine, DOMAIN.md §7) for a scope, computed on request: the domain
//! says what is due when; this reads the facts for it.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use domain::access::policy::Scope;
use domain::alerts::{self as deadlines, BranchSize};
use domain::development::publicity::SiteStatus;
use domain::development::{DevelopmentPolicy, StepKind};
use domain::evaluation::required_opinions;
use domain::meetings::Frequency;
use domain::member::{Category, Stage};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::repo::members::Person;
use crate::db::repo::organizations::Branches;
use crate::db::repo::{development, evaluations, meetings, members, organizations, publicities, transfers};
use crate::error::ApiResult;
use crate::reports::compliance;
use crate::reports::publicity::load_publicity;
use crate::routes::common::{area_ranges, org_ranges, stored};

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
    /// 下一年度节假日安排缺失: in December, next year's holiday arrangement is not loaded.
    CalendarMissing,
    /// 诉求超时: a resident request is past the last day of its running clock.
    RequestOverdue,
    /// 入户走访覆盖率不足: in the last month of a period, a grid's visit coverage is below target.
    VisitCoverageLow,
    /// 联席会超期未召开: a joint meeting has not met within its rhythm.
    JointMeetingOverdue,
    /// 共建任务逾期: co-building tasks of an area are open after their due day.
    TaskOverdue,
    /// 征求意见逾期未答复: a community has not answered a request for its opinion in time.
    OpinionOverdue,
}

/// Something due.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Alert {
    /// What kind of deadline or shortfall the alert is about.
    pub kind: AlertKind,
    /// For alerts about a person (applicant, activist or member).
    pub member_id: Option<i64>,
    /// Name of the person, for display.
    pub member_name: Option<String>,
    /// For alerts about an organization.
    pub org_id: Option<i64>,
    /// Name of the organization, for display.
    pub org_name: Option<String>,
    /// For alerts about a resident request.
    pub request_id: Option<i64>,
    /// For alerts about an area (a grid).
    pub area_id: Option<i64>,
    /// Name of the area, for display.
    pub area_name: Option<String>,
    /// The date it is due (or overdue since).
    pub due_on: NaiveDate,
    /// The values the alert's text is made of (dates, counts, codes), for rendering it in
    /// the reader's language from `kind`.
    #[schema(value_type = HashMap<String, String>)]
    pub params: Params,
    /// The alert in English, for API users.
    pub detail: String,
}

/// An alert's parameters by name.
pub type Params = BTreeMap<String, String>;

pub(super) fn params<const N: usize>(pairs: [(&str, String); N]) -> Params {
    pairs.into_iter().map(|(name, value)| (name.to_owned(), value)).collect()
}

fn about(kind: AlertKind, person: &Person, due_on: NaiveDate, params: Params, detail: String) -> Alert {
    Alert {
        kind,
        member_id: Some(person.0),
        member_name: Some(person.1.clone()),
        org_id: None,
        org_name: None,
        request_id: None,
        area_id: None,
        area_name: None,
        due_on,
        params,
        detail,
    }
}

fn about_branch(
    kind: AlertKind,
    branch: &compliance::BranchCompliance,
    due_on: NaiveDate,
    params: Params,
    detail: String,
) -> Alert {
    Alert {
        kind,
        member_id: None,
        member_name: None,
        org_id: Some(branch.org_id),
        org_name: Some(branch.name.clone()),
        request_id: None,
        area_id: None,
        area_name: None,
        due_on,
        params,
        detail,
    }
}

/// Every alert of a scope on `on`, soonest first.
pub fn collect(
    conn: &mut DbConnection,
    scope: &Scope,
    policy: &DevelopmentPolicy,
    on: NaiveDate,
) -> ApiResult<Vec<Alert>> {
    let range = org_ranges(scope).into_iter().next();
    let mut alerts = Vec::new();
    development_alerts(conn, &range, policy, on, &mut alerts)?;
    publicity_alerts(conn, &range, on, &mut alerts)?;
    transfer_alerts(conn, scope, on, &mut alerts)?;
    opinion_alerts(conn, &range, on, &mut alerts)?;
    organizational_life(conn, &range, on, &mut alerts)?;
    alerts.sort_by_key(|a| a.due_on);
    Ok(alerts)
}

/// Next year's holiday arrangement, asked for in December while the calendar lacks it.
pub fn calendar(conn: &mut DbConnection, on: NaiveDate) -> ApiResult<Option<Alert>> {
    let loaded = crate::db::repo::calendar::has_year(conn, on.year() + 1)?;
    Ok(deadlines::calendar_missing(on, loaded).map(|year| Alert {
        kind: AlertKind::CalendarMissing,
        member_id: None,
        member_name: None,
        org_id: None,
        org_name: None,
        request_id: None,
        area_id: None,
        area_name: None,
        due_on: NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(on),
        params: params([("year", year.to_string())]),
        detail: format!("the holiday arrangement for {year} is not in the working-day calendar yet"),
    }))
}

/// Overdue talks, activists eligible to become candidates, probations ending.
fn development_alerts(
    conn: &mut DbConnection,
    range: &Option<(String, String)>,
    policy: &DevelopmentPolicy,
    on: NaiveDate,
    alerts: &mut Vec<Alert>,
) -> ApiResult<()> {
    let applicants = members::at_stage(conn, range, Stage::Applicant)?;
    let ids: Vec<i64> = applicants.iter().map(|p| p.0).collect();
    let applications = development::step_dates(conn, &ids, StepKind::Application)?;
    let talks = development::step_dates(conn, &ids, StepKind::Talk)?;
    for person in &applicants {
        if let Some((_, applied, _, _)) = applications.iter().find(|a| a.0 == person.0) {
            let talked = talks.iter().any(|t| t.0 == person.0);
            if let Some(due) = deadlines::talk_overdue(*applied, talked, policy, on) {
                let detail = format!("applied on {applied}; no talk recorded");
                let values = params([("applied_on", applied.to_string())]);
                alerts.push(about(AlertKind::TalkOverdue, person, due, values, detail));
            }
        }
    }

    let activists = members::at_stage(conn, range, Stage::Activist)?;
    let ids: Vec<i64> = activists.iter().map(|p| p.0).collect();
    let changes = development::step_dates(conn, &ids, StepKind::StageChange)?;
    for person in &activists {
        let since = changes
            .iter()
            .filter(|c| c.0 == person.0 && c.2.as_deref() == Some(Stage::Activist.code()))
            .map(|c| c.1)
            .max();
        if let Some(since) = since
            && let Some(eligible) = deadlines::activist_eligible(since, policy, on)
        {
            let detail = format!("activist since {since}");
            let values = params([("since", since.to_string())]);
            alerts.push(about(AlertKind::ActivistEligible, person, eligible, values, detail));
        }
    }

    let probationary = members::at_stage(conn, range, Stage::Probationary)?;
    let ids: Vec<i64> = probationary.iter().map(|p| p.0).collect();
    let extensions = development::step_dates(conn, &ids, StepKind::ProbationExtension)?;
    for person in &probationary {
        let Some(joined) = person.3 else { continue };
        let extra = extensions
            .iter()
            .find(|e| e.0 == person.0)
            .and_then(|e| e.3)
            .and_then(|m| u32::try_from(m).ok())
            .unwrap_or(0);
        if let Some(ends) = deadlines::probation_ending(joined, extra, policy, on) {
            let detail = format!("probation since {joined} ends on {ends}");
            let values = params([("joined_on", joined.to_string()), ("ends_on", ends.to_string())]);
            alerts.push(about(AlertKind::ProbationEnding, person, ends, values, detail));
        }
    }
    Ok(())
}

/// Publicity sites still running whose period ends soon.
fn publicity_alerts(
    conn: &mut DbConnection,
    range: &Option<(String, String)>,
    on: NaiveDate,
    alerts: &mut Vec<Alert>,
) -> ApiResult<()> {
    let ending = publicities::sites_ending(conn, range, on, on + Duration::days(deadlines::PUBLICITY_NOTICE_DAYS))?;
    for (site_id, publicity_id, end_on) in ending {
        let publicity = load_publicity(conn, publicity_id, on)?;
        let name = members::name_of(conn, publicity.member_id)?;
        if let (Some(site), Some(end_on)) = (publicity.sites.iter().find(|s| s.id == site_id), end_on)
            && site.status == SiteStatus::Running
        {
            alerts.push(Alert {
                kind: AlertKind::PublicityEnding,
                member_id: Some(publicity.member_id),
                member_name: name,
                org_id: Some(site.org_id),
                org_name: Some(site.org_name.clone()),
                request_id: None,
                area_id: None,
                area_name: None,
                due_on: end_on,
                params: params([
                    ("purpose", publicity.purpose.code().to_owned()),
                    ("site", site.org_name.clone()),
                    ("end_on", end_on.to_string()),
                ]),
                detail: format!("{} publicity at {} ends on {end_on}", publicity.purpose.code(), site.org_name),
            });
        }
    }
    Ok(())
}

/// Transfer letters from or to the scope expiring soon.
fn transfer_alerts(conn: &mut DbConnection, scope: &Scope, on: NaiveDate, alerts: &mut Vec<Alert>) -> ApiResult<()> {
    let expiring = transfers::expiring_transfers(conn, on, on + Duration::days(deadlines::TRANSFER_NOTICE_DAYS))?;
    for (member_id, expires_on, from_org, to_org) in expiring {
        let (Some(from), Some(to)) = (organizations::find(conn, from_org)?, organizations::find(conn, to_org)?) else {
            continue;
        };
        if !(scope.holds_org(&from.path) || scope.holds_org(&to.path)) {
            continue;
        }
        if let Some(name) = members::name_of(conn, member_id)? {
            alerts.push(Alert {
                kind: AlertKind::TransferExpiring,
                member_id: Some(member_id),
                member_name: Some(name),
                org_id: Some(to_org),
                org_name: Some(to.name.clone()),
                request_id: None,
                area_id: None,
                area_name: None,
                due_on: expires_on,
                params: params([("expires_on", expires_on.to_string()), ("from", from.name), ("to", to.name)]),
                detail: format!("the transfer letter expires on {expires_on}"),
            });
        }
    }
    Ok(())
}

/// Evaluation opinions still missing as a campaign's deadline nears.
fn opinion_alerts(
    conn: &mut DbConnection,
    range: &Option<(String, String)>,
    on: NaiveDate,
    alerts: &mut Vec<Alert>,
) -> ApiResult<()> {
    let due = evaluations::campaigns_due(conn, range, on, on + Duration::days(deadlines::OPINION_NOTICE_DAYS))?;
    for (org_path, year, deadline) in due {
        let people = evaluations::graded_members(conn, &org_path)?;
        let ids: Vec<i64> = people.iter().map(|p| p.0).collect();
        let given = evaluations::opinion_sides(conn, &ids, year)?;
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
                    request_id: None,
                    area_id: None,
                    area_name: None,
                    due_on: deadline,
                    params: params([("year", year.to_string()), ("missing", missing.join(","))]),
                    detail: format!("{year} evaluation: the {} opinion is missing", missing.join(" and ")),
                });
            }
        }
    }
    Ok(())
}

/// Alerts of organizational life: members without attendance for 6 months, meetings missed
/// in the last complete month and quarter, branches too small or too large.
fn organizational_life(
    conn: &mut DbConnection,
    range: &Option<(String, String)>,
    on: NaiveDate,
    alerts: &mut Vec<Alert>,
) -> ApiResult<()> {
    let since = on - Duration::days(deadlines::NO_ATTENDANCE_DAYS);
    let attended = meetings::attended_since(conn, since)?;
    for (id, name) in members::in_organizational_life(conn, range)?.into_iter().filter(|(id, _)| !attended.contains(id))
    {
        alerts.push(Alert {
            kind: AlertKind::NoAttendance,
            member_id: Some(id),
            member_name: Some(name),
            org_id: None,
            org_name: None,
            request_id: None,
            area_id: None,
            area_name: None,
            due_on: since,
            params: params([("since", since.to_string())]),
            detail: "no organizational life attended in the last 6 months".to_owned(),
        });
    }
    // The low end of a scope's range is its organization's path.
    for period in deadlines::last_complete_periods(on) {
        let branches = match range {
            Some((scope_path, _)) => compliance::branches(conn, Branches::Within(scope_path), &period, on)?,
            None => compliance::everywhere(conn, &period, on)?,
        };
        for branch in branches {
            let missing: Vec<&str> = branch
                .requirements
                .iter()
                .filter(|r| !r.met && r.meeting_type.frequency() == Some(period.frequency))
                .map(|r| r.meeting_type.code())
                .collect();
            if !missing.is_empty() {
                let detail = format!("{}: {} not held", period.label(), missing.join(", "));
                let values = params([("period", period.label()), ("meeting_types", missing.join(","))]);
                alerts.push(about_branch(AlertKind::MeetingsMissing, &branch, period.last, values, detail));
            }
            if period.frequency != Frequency::Monthly {
                continue;
            }
            let (kind, count, limit) = match deadlines::branch_size(branch.full_members, branch.members) {
                Some(BranchSize::TooSmall { full_members }) => {
                    (AlertKind::BranchTooSmall, full_members, deadlines::BRANCH_MIN_FULL_MEMBERS)
                }
                Some(BranchSize::TooLarge { members }) => {
                    (AlertKind::BranchTooLarge, members, deadlines::BRANCH_MAX_MEMBERS)
                }
                None => continue,
            };
            let detail = match kind {
                AlertKind::BranchTooSmall => format!("{count} full members; a branch needs at least {limit}"),
                _ => format!("{count} members; a branch has at most {limit}"),
            };
            let values = params([("count", count.to_string()), ("limit", limit.to_string())]);
            alerts.push(about_branch(kind, &branch, on, values, detail));
        }
    }
    Ok(())
}

/// Most overdue requests one list of alerts names.
const OVERDUE_REQUESTS: i64 = 100;

/// Overdue resident requests in the scope's areas (most overdue first), and, in the last month
/// of a visit period, the grids below the visit target.
pub fn governance(
    conn: &mut DbConnection,
    scope: &Scope,
    visits: &domain::households::VisitPolicy,
    on: NaiveDate,
) -> ApiResult<Vec<Alert>> {
    use crate::db::keyset::Window;
    use crate::db::repo::requests::{self, RequestFilter, Seer, order};
    let mut alerts = Vec::new();
    let seer = Seer { area_ranges: area_ranges(scope), everything: *scope == Scope::Everything, ..Seer::default() };
    let filter = RequestFilter { seer, overdue_on: Some(on), ..RequestFilter::default() };
    let (rows, _) = requests::list(conn, &filter, &order::DUE, &Window::first(OVERDUE_REQUESTS))?;
    let names =
        crate::db::repo::names::NameBook::wanted().areas(rows.iter().map(|r| r.community_area_id)).read(conn)?;
    for row in rows {
        let due_on = row.due_on.unwrap_or(on);
        let community = names.area(row.community_area_id);
        alerts.push(Alert {
            kind: AlertKind::RequestOverdue,
            member_id: None,
            member_name: None,
            org_id: None,
            org_name: None,
            request_id: Some(row.id),
            area_id: Some(row.community_area_id),
            area_name: Some(community.clone()),
            due_on,
            params: params([
                ("request_type", row.request_type.clone()),
                ("state", row.state.clone()),
                ("level", row.level.clone()),
                ("due_on", due_on.to_string()),
            ]),
            detail: format!(
                "a {} request in {community} was due on {due_on} ({}, at the {})",
                row.request_type, row.state, row.level
            ),
        });
    }
    let (_, period_end) = domain::households::period_of(on, visits);
    let in_last_month = period_end.month() == on.month() && period_end.year() == on.year();
    let led = match scope {
        Scope::Subtree { area_path: Some(path), .. } => {
            crate::db::repo::areas::in_subtree(conn, path)?.into_iter().next()
        }
        _ => None,
    };
    if let (true, Some(area)) = (in_last_month, led) {
        for grid in crate::reports::visits::visit_coverage(conn, &area, on, visits)?
            .grids
            .into_iter()
            .filter(|g| g.below_target)
        {
            alerts.push(Alert {
                kind: AlertKind::VisitCoverageLow,
                member_id: None,
                member_name: None,
                org_id: None,
                org_name: None,
                request_id: None,
                area_id: Some(grid.area_id),
                area_name: Some(grid.area_name.clone()),
                due_on: period_end,
                params: params([
                    ("visited", grid.visited.to_string()),
                    ("households", grid.households.to_string()),
                    ("target_percent", visits.target_percent.to_string()),
                ]),
                detail: format!(
                    "{} has visited {} of {} households this period; the target is {}%",
                    grid.area_name, grid.visited, grid.households, visits.target_percent
                ),
            });
        }
    }
    Ok(alerts)
}
