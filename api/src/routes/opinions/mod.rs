//! The community's assessment opinions (鉴定权, §2 and §6): a community gives its opinion on
//! the units located in it and its residents; a department evaluating a cadre asks the
//! cadre's communities and reads the answer, nothing else of the community.

mod requests;

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::{Action, reads_community_opinions};
use domain::area::AreaKind;
use domain::cobuilding::opinions::{
    OpinionPurpose, OpinionState, OpinionSubject, Verdict, check_given, check_purpose, overdue,
};
use domain::tree::is_within;
use domain::webhooks::EventType;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{AreaRow, NewOpinion, OpinionRow};
use crate::db::repo::names::NameBook;
use crate::db::repo::opinions::{self, OpinionFilter};
use crate::db::repo::webhooks::{self, Change};
use crate::db::repo::{areas, members, units, users};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{
    created, list_of, list_ranges, missing_reference, recorded, stored, today, utc, visible_area, with_etag,
};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_opinions)
        .service(create_opinion)
        .service(get_opinion)
        .service(requests::create_opinion_request)
        .service(requests::create_opinion_answer);
}

/// A community's assessment opinion (鉴定意见), given or asked for.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Opinion {
    /// The opinion's id.
    pub id: i64,
    /// The community giving it.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// Whom it is about: a unit, a resident or a cadre named by the asker.
    pub subject_kind: OpinionSubject,
    /// The unit (for the community's own readers).
    pub unit_id: Option<i64>,
    /// The resident (for the community's own readers; an asker never learns it).
    pub member_id: Option<i64>,
    /// The unit's or person's name.
    pub subject_name: String,
    /// What it is for.
    pub purpose: OpinionPurpose,
    /// The year it is about.
    pub year: i32,
    /// Requested (waiting for the answer) or given.
    pub state: OpinionState,
    /// The department that asked, for a request from outside.
    pub asker_name: Option<String>,
    /// The day it was asked for.
    pub asked_on: Option<NaiveDate>,
    /// The last working day to answer a request.
    pub due_on: Option<NaiveDate>,
    /// Whether a request is still unanswered after its last day.
    pub overdue: bool,
    /// What the asker wants to know.
    pub question: Option<String>,
    /// The community's verdict.
    pub verdict: Option<Verdict>,
    /// The opinion's text.
    pub content: Option<String>,
    /// The day it was given.
    pub given_on: Option<NaiveDate>,
    /// Who gave it, for display.
    pub given_by_name: Option<String>,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(OpinionList, Opinion, "A page of assessment opinions.");

/// Whether the caller reads opinions as the community does (its areas), not only as an asker.
fn reads_communities(caller: &Caller) -> bool {
    reads_community_opinions(&caller.roles)
}

fn to_opinions(conn: &mut DbConnection, caller: &Caller, rows: Vec<OpinionRow>) -> ApiResult<Vec<Opinion>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    let today = today();
    rows.into_iter()
        .map(|row| {
            let state: OpinionState = stored(&row.state)?;
            let community_reader = reads_communities(caller) && caller.scope.holds_area(&row.area_path);
            Ok(Opinion {
                id: row.id,
                area_id: row.area_id,
                area_name: names.area(row.area_id),
                subject_kind: stored(&row.subject_kind)?,
                unit_id: row.unit_id.filter(|_| community_reader),
                member_id: row.member_id.filter(|_| community_reader),
                subject_name: row.subject_name,
                purpose: stored(&row.purpose)?,
                year: row.year,
                overdue: overdue(state, row.due_on, today),
                state,
                asker_name: row.asker_name,
                asked_on: row.asked_on,
                due_on: row.due_on,
                question: row.question,
                verdict: row.verdict.as_deref().map(stored).transpose()?,
                content: row.content,
                given_on: row.given_on,
                given_by_name: row.given_by_name,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// An opinion the caller may read: its community's (as the community) or one it asked for.
fn visible_opinion(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<OpinionRow> {
    opinions::find(conn, id)?
        .filter(|o| {
            (reads_communities(caller) && caller.scope.holds_area(&o.area_path)) || o.asked_by == Some(caller.id)
        })
        .ok_or(ApiError::NotFound)
}

/// A community the caller keeps: opinions are given by communities only.
fn community(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<AreaRow> {
    let area = visible_area(conn, &caller.scope, id).map_err(|_| missing_reference("area_id"))?;
    check_given(area.kind == AreaKind::Community.code(), true)?;
    Ok(area)
}

/// Audits a change of an opinion, tells the listeners, and answers it as it now is.
fn recorded_change(
    conn: &mut DbConnection,
    caller: &Caller,
    row: OpinionRow,
    action: &str,
    event: EventType,
) -> ApiResult<Opinion> {
    audit::record(conn, &caller.actor(), Event::success(action, "opinion", row.id))?;
    let asker = match row.asked_by {
        Some(id) => users::find(conn, id)?.map(|u| u.username),
        None => None,
    };
    let change =
        Change { source: asker.as_deref(), ..Change::new(event, "opinion", row.id, &[], &[row.area_path.as_str()]) };
    webhooks::emit(conn, &change)?;
    to_opinions(conn, caller, vec![row])?.pop().ok_or(ApiError::NotFound)
}

/// Filters of the opinion list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OpinionQuery {
    /// Only the opinions of this community (or of the communities below this street).
    pub area_id: Option<i64>,
    /// Only the requests the caller made (an asker always reads only these).
    pub mine: Option<bool>,
    /// Only opinions on this kind of subject.
    pub subject_kind: Option<OpinionSubject>,
    /// Only opinions for this purpose.
    pub purpose: Option<OpinionPurpose>,
    /// Only opinions in this state.
    pub state: Option<OpinionState>,
    /// Only the opinions on this resident.
    pub member_id: Option<i64>,
    /// Only the opinions on this unit.
    pub unit_id: Option<i64>,
    /// Only requests unanswered after their last day.
    pub overdue: Option<bool>,
}

/// List the opinions of the caller's communities, or the requests the caller made, newest first.
#[utoipa::path(operation_id = "list_opinions", tag = "opinions", params(OpinionQuery, Paging, ChangesSince), responses((status = 200, description = "A page of opinions", body = OpinionList)))]
#[get("/opinions")]
pub async fn list_opinions(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<OpinionQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadOpinions)?;
    let order = page.order(false, &opinions::BY_ID, &opinions::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let mine = query.mine == Some(true) || !reads_communities(&caller);
            let ranges = if mine { Vec::new() } else { list_ranges(conn, &caller.scope, query.area_id)? };
            let filter = OpinionFilter {
                asked_by: mine.then_some(caller.id),
                subject_kind: query.subject_kind.map(OpinionSubject::code),
                purpose: query.purpose.map(OpinionPurpose::code),
                state: query.state.map(OpinionState::code),
                member_id: query.member_id,
                unit_id: query.unit_id,
                overdue_on: query.overdue.filter(|o| *o).map(|_| today()),
            };
            let (rows, total) = opinions::list(conn, &ranges, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(OpinionList::new(to_opinions(conn, &caller, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// An opinion the community gives on its own motion (or as a unit's or resident's file asks).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpinionInput {
    /// The community giving it.
    pub area_id: i64,
    /// A unit located in the community or a resident living in it.
    pub subject_kind: OpinionSubject,
    /// The unit's or the member's id.
    pub subject_id: i64,
    /// What it is for (a unit: annual assessment or award; a resident also promotion or joining the Party).
    pub purpose: OpinionPurpose,
    /// The year it is about.
    #[validate(range(min = 2000, max = 2100))]
    #[schema(minimum = 2000, maximum = 2100)]
    pub year: i32,
    /// The community's verdict.
    pub verdict: Verdict,
    /// The opinion's text.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub content: String,
    /// The day it is given; not after today (default today).
    pub given_on: Option<NaiveDate>,
}

/// Give the community's opinion on a unit located in it or a resident living in it.
#[utoipa::path(operation_id = "create_opinion", tag = "opinions", request_body = OpinionInput, responses((status = 201, description = "Given", body = Opinion)))]
#[post("/opinions")]
pub async fn create_opinion(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<OpinionInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::GiveOpinions)?;
    let new = new.accept()?;
    let given_on = new.given_on.unwrap_or_else(today);
    recorded("given_on", given_on)?;
    let opinion = state
        .write(move |conn| {
            let area = community(conn, &caller, new.area_id)?;
            check_purpose(new.subject_kind, new.purpose)?;
            let (unit_id, member_id, name, path) = match new.subject_kind {
                OpinionSubject::Unit => {
                    let unit = units::find(conn, new.subject_id)?.ok_or_else(|| missing_reference("subject_id"))?;
                    let at = areas::find(conn, unit.area_id)?.ok_or_else(|| missing_reference("subject_id"))?;
                    (Some(unit.id), None, unit.name, at.path)
                }
                OpinionSubject::Resident => {
                    let member = members::find(conn, new.subject_id)?.ok_or_else(|| missing_reference("subject_id"))?;
                    (None, Some(member.id), member.name, member.residence_area_path)
                }
                OpinionSubject::Cadre => {
                    return Err(ApiError::field(
                        "subject_kind",
                        "asked_for",
                        "an opinion on a cadre answers a department's request (POST /opinion-requests)",
                    ));
                }
            };
            check_given(true, is_within(&path, &area.path))?;
            let at = now();
            let row = opinions::insert(
                conn,
                &NewOpinion {
                    area_id: area.id,
                    area_path: &area.path,
                    subject_kind: new.subject_kind.code(),
                    unit_id,
                    member_id,
                    subject_name: &name,
                    purpose: new.purpose.code(),
                    year: new.year,
                    state: OpinionState::Given.code(),
                    asked_by: None,
                    asker_name: None,
                    asked_on: None,
                    due_on: None,
                    question: None,
                    verdict: Some(new.verdict.code()),
                    content: Some(new.content.trim()),
                    given_on: Some(given_on),
                    given_by: Some(caller.id),
                    given_by_name: Some(&caller.display_name),
                    created_at: at,
                    updated_at: at,
                },
            )?;
            recorded_change(conn, &caller, row, "opinion.give", EventType::OpinionGiven)
        })
        .await?;
    Ok(created(format!("/api/v1/opinions/{}", opinion.id), 1, &opinion))
}

/// Get an opinion: the community's, or one the caller asked for.
#[utoipa::path(operation_id = "get_opinion", tag = "opinions", params(("id" = i64, Path, description = "Opinion id")), responses((status = 200, description = "The opinion", body = Opinion)))]
#[get("/opinions/{id}")]
pub async fn get_opinion(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadOpinions)?;
    let id = id.into_inner();
    let (version, opinion) = state
        .read(move |conn| {
            let row = visible_opinion(conn, &caller, id)?;
            Ok((row.version, to_opinions(conn, &caller, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &opinion))
}
