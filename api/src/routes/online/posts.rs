//! Members' practice posts (§10): 党员示范岗 held by a member, 党员先锋团队 of at least two, and
//! 党员责任区 over an area (buildings, a grid), each with its members and duty.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::online::{PostKind, check_post};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewPracticePost, OrganizationRow, PracticePostRow};
use crate::db::repo::members;
use crate::db::repo::names::NameBook;
use crate::db::repo::online::{self, PostChange, PostFilter};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{
    created, list_of, missing_reference, nullable, org_ranges, recorded, side_in, stored, utc, visible_area,
    visible_org, with_etag,
};
use crate::state::AppState;

/// A member of a practice post.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PostMember {
    /// The member.
    pub member_id: i64,
    /// Name of the member, for display.
    pub name: String,
}

/// A member practice post (党员示范岗, 党员先锋团队, 党员责任区).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PracticePost {
    /// The post's id.
    pub id: i64,
    /// The organization that set it up.
    pub org_id: i64,
    /// Name of the organization, for display.
    pub org_name: String,
    /// Kind of post.
    pub kind: PostKind,
    /// Its name (e.g. 便民服务窗口党员示范岗).
    pub name: String,
    /// What its members answer for.
    pub duty: String,
    /// The area a responsibility area covers (buildings, a grid); optional for the others.
    pub area_id: Option<i64>,
    /// Name of the area, for display.
    pub area_name: Option<String>,
    /// The day it was set up.
    pub since: NaiveDate,
    /// The day it ended, if so.
    pub ended_on: Option<NaiveDate>,
    /// Its members, by name.
    pub members: Vec<PostMember>,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(PracticePostList, PracticePost, "A page of practice posts, newest first.");

fn to_posts(conn: &mut DbConnection, rows: Vec<PracticePostRow>) -> ApiResult<Vec<PracticePost>> {
    let names = NameBook::wanted()
        .orgs(rows.iter().map(|r| r.org_id))
        .areas(rows.iter().filter_map(|r| r.area_id))
        .read(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut people = online::post_members(conn, &ids)?;
    rows.into_iter()
        .map(|row| {
            let members = people
                .extract_if(.., |(post, _, _)| *post == row.id)
                .map(|(_, member_id, name)| PostMember { member_id, name })
                .collect();
            Ok(PracticePost {
                id: row.id,
                org_name: names.org(row.org_id),
                org_id: row.org_id,
                kind: stored(&row.kind)?,
                name: row.name,
                duty: row.duty,
                area_name: row.area_id.map(|id| names.area(id)),
                area_id: row.area_id,
                since: row.since,
                ended_on: row.ended_on,
                members,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

fn visible_post(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<PracticePostRow> {
    online::find_post(conn, id)?.filter(|p| caller.scope.holds_org(&p.org_path)).ok_or(ApiError::NotFound)
}

/// Checks the members named: members the caller sees whose membership lies in the post's
/// organization subtree, each named once.
fn check_members(conn: &mut DbConnection, caller: &Caller, org: &OrganizationRow, ids: &[i64]) -> ApiResult<()> {
    let found = members::find_many(conn, ids)?;
    let mut errors = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let fits = found.iter().find(|m| m.id == *id).is_some_and(|member| {
            side_in(&caller.scope, member).is_ok() && member.membership_org_path.starts_with(&org.path)
        });
        if !fits || ids[..i].contains(id) {
            errors.push(FieldError::new(
                format!("member_ids[{i}]"),
                "not_found",
                "not a member of the organization's subtree, or named twice",
            ));
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(ApiError::Validation(errors)) }
}

/// The area of a post, when one is named: an area the caller's scope holds.
fn post_area(conn: &mut DbConnection, caller: &Caller, area_id: Option<i64>) -> ApiResult<Option<i64>> {
    area_id
        .map(|id| visible_area(conn, &caller.scope, id).map(|area| area.id).map_err(|_| missing_reference("area_id")))
        .transpose()
}

/// Filters of the practice posts.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PostQuery {
    /// Posts of this organization and its subtree.
    pub org_id: Option<i64>,
    /// Only posts of this kind.
    pub kind: Option<PostKind>,
    /// Only the posts this member takes part in.
    pub member_id: Option<i64>,
    /// Only posts still running (`true`) or only ended ones (`false`).
    pub current: Option<bool>,
}

/// List the practice posts of the caller's organizations, newest first.
#[utoipa::path(operation_id = "list_practice_posts", tag = "online", params(PostQuery, Paging), responses((status = 200, description = "A page of practice posts", body = PracticePostList)))]
#[get("/practice-posts")]
pub async fn list_practice_posts(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<PostQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    page.without_changes()?;
    let order = &online::POSTS_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let mut ranges = org_ranges(&caller.scope);
            if let Some(id) = query.org_id {
                let org = visible_org(conn, &caller.scope, id).map_err(|_| missing_reference("org_id"))?;
                ranges.push(subtree_range(&org.path));
            }
            let filter = PostFilter {
                ranges: &ranges,
                kind: query.kind.map(|k| k.code()),
                member_id: query.member_id,
                current: query.current,
            };
            let (rows, total) = online::list_posts(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(PracticePostList::new(to_posts(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A practice post to set up.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PostInput {
    /// The organization setting it up.
    pub org_id: i64,
    /// Kind of post.
    pub kind: PostKind,
    /// Its name.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// What its members answer for.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub duty: String,
    /// The area it covers: required for a responsibility area (`practice-area-missing`).
    pub area_id: Option<i64>,
    /// The day it was set up; not after today.
    pub since: NaiveDate,
    /// Its members, of the organization's subtree: a vanguard team has at least two
    /// (`practice-team-small`).
    #[validate(length(min = 1, max = 50))]
    #[schema(min_items = 1, max_items = 50)]
    pub member_ids: Vec<i64>,
}

/// Set up a practice post with its members.
#[utoipa::path(operation_id = "create_practice_post", tag = "online", request_body = PostInput, responses((status = 201, description = "Set up", body = PracticePost)))]
#[post("/practice-posts")]
pub async fn create_practice_post(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<PostInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let new = new.accept()?;
    recorded("since", new.since)?;
    let post = state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, new.org_id).map_err(|_| missing_reference("org_id"))?;
            let area_id = post_area(conn, &caller, new.area_id)?;
            check_post(new.kind, new.member_ids.len(), area_id.is_some())?;
            check_members(conn, &caller, &org, &new.member_ids)?;
            let at = now();
            let id = online::insert_post(
                conn,
                &NewPracticePost {
                    org_id: org.id,
                    org_path: &org.path,
                    kind: new.kind.code(),
                    name: new.name.trim(),
                    duty: new.duty.trim(),
                    area_id,
                    since: new.since,
                    created_at: at,
                    updated_at: at,
                },
                &new.member_ids,
            )?;
            audit::record(conn, &caller.actor(), Event::success("practice_post.create", "practice_post", id))?;
            let row = online::find_post(conn, id)?.ok_or(ApiError::NotFound)?;
            to_posts(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/practice-posts/{}", post.id), 1, &post))
}

/// Get a practice post with its members; the ETag is its version.
#[utoipa::path(operation_id = "get_practice_post", tag = "online", params(("id" = i64, Path, description = "Practice post id")), responses((status = 200, description = "The post", body = PracticePost)))]
#[get("/practice-posts/{id}")]
pub async fn get_practice_post(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let (version, post) = state
        .read(move |conn| {
            let row = visible_post(conn, &caller, id)?;
            Ok((row.version, to_posts(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &post))
}

/// A change to a practice post: only the fields sent change.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PostUpdate {
    /// Its name.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: Option<String>,
    /// What its members answer for.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub duty: Option<String>,
    /// The area it covers; `null` removes it (not from a responsibility area).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<i64>)]
    pub area_id: Option<Option<i64>>,
    /// The day it ended; not after today nor before it was set up; `null` runs it again.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<NaiveDate>)]
    pub ended_on: Option<Option<NaiveDate>>,
    /// Its members, replacing those it had.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_items = 1, max_items = 50)]
    pub member_ids: Option<Vec<i64>>,
}

/// Change a practice post (name, duty, area, members) or end it, with the ETag read
/// (`If-Match`).
#[utoipa::path(operation_id = "update_practice_post", tag = "online", params(("id" = i64, Path, description = "Practice post id")), request_body = PostUpdate, responses((status = 200, description = "Changed", body = PracticePost)))]
#[patch("/practice-posts/{id}")]
pub async fn update_practice_post(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<PostUpdate>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let change = change.accept()?;
    if let Some(Some(ended_on)) = change.ended_on {
        recorded("ended_on", ended_on)?;
    }
    let id = id.into_inner();
    let (version, post) = state
        .write(move |conn| {
            let row = visible_post(conn, &caller, id)?;
            if_match.check(row.version)?;
            let ended_on = change.ended_on.unwrap_or(row.ended_on);
            if ended_on.is_some_and(|ended| ended < row.since) {
                return Err(ApiError::field("ended_on", "rule", "a post ends on or after the day it was set up"));
            }
            let area_id = match change.area_id {
                Some(area) => post_area(conn, &caller, area)?,
                None => row.area_id,
            };
            let member_ids = match change.member_ids.clone() {
                Some(ids) => {
                    let org = visible_org(conn, &caller.scope, row.org_id)?;
                    check_members(conn, &caller, &org, &ids)?;
                    ids
                }
                None => online::post_members(conn, &[id])?.into_iter().map(|(_, member, _)| member).collect(),
            };
            check_post(stored(&row.kind)?, member_ids.len(), area_id.is_some())?;
            let rewrite = PostChange {
                name: change.name.as_deref().map_or(row.name.as_str(), str::trim),
                duty: change.duty.as_deref().map_or(row.duty.as_str(), str::trim),
                area_id,
                ended_on,
                member_ids: &member_ids,
                at: now(),
            };
            if !online::update_post(conn, id, row.version, &rewrite)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("practice_post.update", "practice_post", id))?;
            let row = online::find_post(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_posts(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &post))
}
