//! Two-place publicity (两地公示) before admission and before conversion: sites derived
//! from the member's category, each with a period of working days, objections and their
//! resolution.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::NaiveDate;
use domain::access::policy::{Action, Scope};
use domain::development::Purpose;
use domain::development::publicity::{
    ObjectionStatus, SiteRole, check_objection, check_resolution, check_site_period, required_sites,
};
use domain::member::Category;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::{created, list_of, stored, today, with_etag};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::keyset::Position;
use crate::db::models::PublicitySiteRow;
use crate::db::repo::{calendar, publicities};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, Paging};
use crate::reports::publicity::{Publicity, load_publicity};
use crate::routes::common::visible_member;
use crate::state::AppState;
use domain::access::members::require_membership_side;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_publicities)
        .service(create_publicity)
        .service(get_publicity)
        .service(update_publicity_site)
        .service(create_publicity_objection)
        .service(create_publicity_objection_resolution);
}

list_of!(PublicityList, Publicity, "A page of publicities, newest first.");

/// A publicity the caller sees: through either of the member's links.
fn visible_publicity(conn: &mut DbConnection, scope: &Scope, id: i64) -> ApiResult<i64> {
    let member_id = publicities::member_of(conn, id)?.ok_or(ApiError::NotFound)?;
    visible_member(conn, scope, member_id)?;
    Ok(member_id)
}

/// Filters of the publicity list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PublicityQuery {
    /// Only publicities of this member.
    pub member_id: Option<i64>,
    /// Only admissions or only conversions.
    pub purpose: Option<Purpose>,
}

/// List publicities with a site posted by an organization in the caller's scope.
#[utoipa::path(operation_id = "list_publicities", tag = "publicities", params(PublicityQuery, Paging), responses((status = 200, description = "A page of publicities", body = PublicityList)))]
#[get("/publicities")]
pub async fn list_publicities(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<PublicityQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    page.without_changes()?;
    let order = &publicities::NEWEST_FIRST;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            // A scope is at most one subtree.
            let range = super::common::org_ranges(&caller.scope).into_iter().next();
            let (ids, total) = publicities::page(conn, range, query.member_id, query.purpose, &window)?;
            let (ids, next) = page.finish(order, ids, total, |id| Position::of_id(*id));
            let on = today();
            let items = ids.into_iter().map(|id| load_publicity(conn, id, on)).collect::<ApiResult<_>>()?;
            Ok(PublicityList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new publicity.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPublicity {
    /// The member: a candidate (for admission) or a probationary member (for conversion).
    pub member_id: i64,
    /// `admission` (candidate → probationary) or `conversion` (probationary → full).
    pub purpose: Purpose,
}

/// Start a publicity (membership side). Its sites follow from the member's category: the
/// membership and residence organizations for mobile and relocated members, the membership
/// organization otherwise. Each site then records its own period.
#[utoipa::path(operation_id = "create_publicity", tag = "publicities", request_body = NewPublicity, responses((status = 201, description = "Created with its sites", body = Publicity)))]
#[post("/publicities")]
pub async fn create_publicity(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewPublicity>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let new = new.accept()?;
    let publicity = state
        .write(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, new.member_id)?;
            require_membership_side(side)?;
            let expected_stage = match new.purpose {
                Purpose::Admission => "candidate",
                Purpose::Conversion => "probationary",
            };
            if member.stage != expected_stage {
                return Err(ApiError::field(
                    "purpose",
                    "rule",
                    format!("a {} publicity is for a member at stage {expected_stage}", new.purpose),
                ));
            }
            let category: Category = stored(&member.category)?;
            let site_list: Vec<(SiteRole, i64, String)> = required_sites(category)
                .into_iter()
                .map(|role| match role {
                    SiteRole::Membership => (role, member.membership_org_id, member.membership_org_path.clone()),
                    SiteRole::Residence => (role, member.residence_org_id, member.residence_org_path.clone()),
                })
                .collect();
            let id = publicities::insert(conn, member.id, new.purpose, caller.id, &site_list)?;
            audit::record(conn, &caller.actor(), Event::success("publicity.create", "publicity", id))?;
            load_publicity(conn, id, today())
        })
        .await?;
    Ok(created(format!("/api/v1/publicities/{}", publicity.id), 1, &publicity))
}

/// Get a publicity with both sites side by side.
#[utoipa::path(operation_id = "get_publicity", tag = "publicities", params(("id" = i64, Path, description = "Publicity id")), responses((status = 200, description = "The publicity", body = Publicity)))]
#[get("/publicities/{id}")]
pub async fn get_publicity(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let publicity = state
        .read(move |conn| {
            visible_publicity(conn, &caller.scope, id)?;
            load_publicity(conn, id, today())
        })
        .await?;
    Ok(HttpResponse::Ok().json(publicity))
}

/// A site's period.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SitePeriod {
    /// First day of the publicity at this site (China Standard Time).
    pub start_on: NaiveDate,
    /// Last day of the publicity at this site (China Standard Time); the period spans at least
    /// 5 working days (configurable).
    pub end_on: NaiveDate,
}

/// A site the caller's own organization posts; anything else is refused.
fn own_site(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<PublicitySiteRow> {
    let site = publicities::find_site(conn, id)?.ok_or(ApiError::NotFound)?;
    let publicity_member = publicities::member_of(conn, site.publicity_id)?.ok_or(ApiError::NotFound)?;
    visible_member(conn, &caller.scope, publicity_member)?;
    if !caller.scope.holds_org(&site.org_path) {
        return Err(ApiError::Forbidden("each organization records its own publicity site".to_owned()));
    }
    Ok(site)
}

/// Set a site's period (needs `If-Match`; the site's own organization). The period must
/// span at least 5 working days (configurable) on the working-day calendar.
#[utoipa::path(operation_id = "update_publicity_site", tag = "publicities", request_body = SitePeriod, params(("id" = i64, Path, description = "Site id"), ("If-Match" = String, Header, description = "ETag of the site as read (from the publicity: the site's version)")), responses((status = 200, description = "The publicity", body = Publicity)))]
#[patch("/publicity-sites/{id}")]
pub async fn update_publicity_site(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(period): JsonBody<SitePeriod>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let period = period.accept()?;
    let required = state.config.rules.development.publicity_working_days;
    let id = id.into_inner();
    let (publicity, version) = state
        .write(move |conn| {
            let site = own_site(conn, &caller, id)?;
            if_match.check(site.version)?;
            let calendar = calendar::load(conn, period.start_on, period.end_on.max(period.start_on))?;
            check_site_period(&calendar, period.start_on, period.end_on, required)?;
            if !publicities::set_period(conn, &site, period.start_on, period.end_on)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("publicity.site_period", "publicity_site", id))?;
            Ok((load_publicity(conn, site.publicity_id, today())?, site.version + 1))
        })
        .await?;
    Ok(with_etag(version, &publicity))
}

/// An objection to a publicity.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewObjection {
    /// The date the objection was raised, inside the site's period (China Standard Time).
    pub raised_on: NaiveDate,
    /// What the objection says.
    #[validate(length(min = 1, max = 1000))]
    #[schema(min_length = 1, max_length = 1000)]
    pub content: String,
    /// How to reach whoever raised it (kept masked in answers).
    #[validate(length(min = 1, max = 40))]
    #[schema(min_length = 1, max_length = 40)]
    pub contact: Option<String>,
}

/// Record an objection raised at a site during its period (the site's organization).
#[utoipa::path(operation_id = "create_publicity_objection", tag = "publicities", request_body = NewObjection, params(("id" = i64, Path, description = "Site id")), responses((status = 201, description = "Recorded; the publicity", body = Publicity)))]
#[post("/publicity-sites/{id}/objections")]
pub async fn create_publicity_objection(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<NewObjection>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::RecordMemberEvents)?;
    let new = new.accept()?;
    super::common::recorded("raised_on", new.raised_on)?;
    let id = id.into_inner();
    let publicity = state
        .write(move |conn| {
            let site = own_site(conn, &caller, id)?;
            check_objection(site.start_on.zip(site.end_on), new.raised_on)?;
            publicities::insert_objection(conn, id, new.raised_on, &new.content, new.contact.as_deref())?;
            audit::record(conn, &caller.actor(), Event::success("publicity.objection", "publicity_site", id))?;
            load_publicity(conn, site.publicity_id, today())
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/publicities/{}", publicity.id)))
        .json(publicity))
}

/// The decision on an objection.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ObjectionDecision {
    /// `upheld` (fails the site) or `dismissed`.
    pub status: ObjectionStatus,
    /// Why the objection is upheld or dismissed.
    #[validate(length(min = 1, max = 1000))]
    #[schema(min_length = 1, max_length = 1000)]
    pub note: String,
}

/// Resolve an objection (the site's organization), with a note; the decider is recorded.
#[utoipa::path(operation_id = "create_publicity_objection_resolution", tag = "publicities", request_body = ObjectionDecision, params(("id" = i64, Path, description = "Objection id")), responses((status = 200, description = "Resolved; the publicity", body = Publicity)))]
#[post("/publicity-objections/{id}/resolve")]
pub async fn create_publicity_objection_resolution(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(decision): JsonBody<ObjectionDecision>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let decision = decision.accept()?;
    let id = id.into_inner();
    let publicity = state
        .write(move |conn| {
            let objection = publicities::find_objection(conn, id)?.ok_or(ApiError::NotFound)?;
            let site = own_site(conn, &caller, objection.site_id)?;
            check_resolution(stored(&objection.status)?, decision.status)?;
            let decided_by = (caller.id, caller.username.as_str());
            publicities::resolve_objection(conn, id, decision.status, &decision.note, decided_by, today())?;
            let event = Event::success("publicity.objection_resolve", "publicity_objection", id)
                .with_detail(decision.status.code());
            audit::record(conn, &caller.actor(), event)?;
            load_publicity(conn, site.publicity_id, today())
        })
        .await?;
    Ok(HttpResponse::Ok().json(publicity))
}
