//! The community affairs access list (社区事务准入, §2 and §15) and the community Party-building
//! work-item list: kept by a city, county or street for the communities below it; work handed
//! to a community cites one of its items or is refused, and the refusal is kept.

mod assignments;

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::{Action, Scope, allows};
use domain::affairs::{ItemList, ItemState, ListType};
use domain::area::AreaKind;
use domain::tree::{ids, is_within, subtree_range};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{AffairsItemRow, NewAffairsItem};
use crate::db::repo::affairs::{self, ItemFilter};
use crate::db::repo::names::NameBook;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{created, list_of, missing_reference, stored, utc, visible_area, with_etag};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_affairs_items)
        .service(create_affairs_item)
        .service(get_affairs_item)
        .service(update_affairs_item)
        .service(assignments::create_assignment)
        .service(assignments::list_assignments)
        .service(assignments::list_affairs_refusals)
        .service(assignments::get_affairs_report);
}

/// An item of the access list or of the Party-building work-item list.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AffairsItem {
    /// The item's id.
    pub id: i64,
    /// Which list holds it.
    pub list: ItemList,
    /// What the work is.
    pub title: String,
    /// The department that assigns it to communities.
    pub department: String,
    /// The law, regulation or document it rests on.
    pub legal_basis: String,
    /// Statutory (依法履职), assisting (协助) or negative (负面: never handed to a community).
    pub list_type: ListType,
    /// Whether the authority to do it goes with it (权随责走).
    pub authority_follows: bool,
    /// Whether funding goes with it (费随事转).
    pub funding_follows: bool,
    /// Yuan that follow each assignment, when funding follows.
    pub funding_yuan: Option<i32>,
    /// Admitted or withdrawn.
    pub state: ItemState,
    /// The city, county or street whose list it is; it covers the communities below.
    pub area_id: i64,
    /// Name of that area, for display.
    pub area_name: String,
    /// Whether the caller keeps this list (may change or withdraw the item).
    pub editable: bool,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(AffairsItemList, AffairsItem, "A page of access-list items.");

fn to_items(conn: &mut DbConnection, caller: &Caller, rows: Vec<AffairsItemRow>) -> ApiResult<Vec<AffairsItem>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    let keeps = allows(&caller.roles, Action::ManageAffairs);
    rows.into_iter()
        .map(|row| {
            Ok(AffairsItem {
                id: row.id,
                list: stored(&row.list)?,
                title: row.title,
                department: row.department,
                legal_basis: row.legal_basis,
                list_type: stored(&row.list_type)?,
                authority_follows: row.authority_follows,
                funding_follows: row.funding_follows,
                funding_yuan: row.funding_yuan,
                state: stored(&row.state)?,
                area_name: names.area(row.area_id),
                area_id: row.area_id,
                editable: keeps && caller.scope.holds_area(&row.area_path),
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// Whether a caller reads an item: kept within its areas or above them (a community reads
/// its city's list).
fn reads_item(scope: &Scope, item: &AffairsItemRow) -> bool {
    match scope {
        Scope::Subtree { area_path: Some(area_path), .. } => {
            is_within(&item.area_path, area_path) || is_within(area_path, &item.area_path)
        }
        other => other.holds_area(&item.area_path),
    }
}

fn visible_item(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<AffairsItemRow> {
    affairs::find_item(conn, id)?.filter(|item| reads_item(&caller.scope, item)).ok_or(ApiError::NotFound)
}

/// Filters of the item list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AffairsItemQuery {
    /// The items in force for this area: kept by it, above it or below it (default: the caller's area).
    pub area_id: Option<i64>,
    /// Only the items of this list.
    pub list: Option<ItemList>,
    /// Only items of this type.
    pub list_type: Option<ListType>,
    /// Only items in this state.
    pub state: Option<ItemState>,
}

/// List the access-list items in force for an area, newest first.
#[utoipa::path(operation_id = "list_affairs_items", tag = "community-affairs", params(AffairsItemQuery, Paging, ChangesSince), responses((status = 200, description = "A page of items", body = AffairsItemList)))]
#[get("/community-affairs/items")]
pub async fn list_affairs_items(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<AffairsItemQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadAffairs)?;
    let order = page.order(false, &affairs::ITEMS_BY_ID, &affairs::ITEMS_CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let path = match (query.area_id, &caller.scope) {
                (Some(id), _) => visible_area(conn, &caller.scope, id).map_err(|_| missing_reference("area_id"))?.path,
                (None, Scope::Subtree { area_path: Some(path), .. }) => path.clone(),
                (None, Scope::Everything) => String::from("/"),
                (None, _) => return Ok(AffairsItemList::new(Vec::new(), 0, &page, None)),
            };
            let filter = ItemFilter {
                list: query.list.map(ItemList::code),
                list_type: query.list_type.map(ListType::code),
                state: query.state.map(ItemState::code),
            };
            let (rows, total) = affairs::list_items(conn, &ids(&path), &subtree_range(&path), &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(AffairsItemList::new(to_items(conn, &caller, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// An item to put on a list.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AffairsItemInput {
    /// The city, county or street keeping the list.
    pub area_id: i64,
    /// Which list.
    pub list: ItemList,
    /// What the work is.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    /// The department that assigns it.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub department: String,
    /// The law, regulation or document it rests on.
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub legal_basis: String,
    /// Statutory, assisting or negative.
    pub list_type: ListType,
    /// Whether the authority goes with the work.
    pub authority_follows: bool,
    /// Whether funding goes with the work.
    pub funding_follows: bool,
    /// Yuan that follow each assignment.
    #[validate(range(min = 0, max = 100000000))]
    #[schema(minimum = 0, maximum = 100000000)]
    pub funding_yuan: Option<i32>,
}

fn check_item_funding(funding_follows: bool, funding_yuan: Option<i32>) -> ApiResult<()> {
    if !funding_follows && funding_yuan.is_some_and(|y| y > 0) {
        return Err(ApiError::field("funding_yuan", "rule", "an amount follows the work only when funding follows it"));
    }
    Ok(())
}

/// Put an item on the access list or the Party-building work-item list (admitted).
#[utoipa::path(operation_id = "create_affairs_item", tag = "community-affairs", request_body = AffairsItemInput, responses((status = 201, description = "Admitted", body = AffairsItem)))]
#[post("/community-affairs/items")]
pub async fn create_affairs_item(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<AffairsItemInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageAffairs)?;
    let new = new.accept()?;
    check_item_funding(new.funding_follows, new.funding_yuan)?;
    let item = state
        .write(move |conn| {
            let area = visible_area(conn, &caller.scope, new.area_id).map_err(|_| missing_reference("area_id"))?;
            let keeps = [AreaKind::City, AreaKind::District, AreaKind::Street].map(AreaKind::code);
            if !keeps.contains(&area.kind.as_str()) {
                return Err(ApiError::field(
                    "area_id",
                    "not_a_list_keeper",
                    "the lists are kept by the city, a county or a street",
                ));
            }
            let at = now();
            let row = affairs::insert_item(
                conn,
                &NewAffairsItem {
                    list: new.list.code(),
                    title: new.title.trim(),
                    department: new.department.trim(),
                    legal_basis: new.legal_basis.trim(),
                    list_type: new.list_type.code(),
                    authority_follows: new.authority_follows,
                    funding_follows: new.funding_follows,
                    funding_yuan: new.funding_yuan.filter(|_| new.funding_follows),
                    state: ItemState::Admitted.code(),
                    area_id: area.id,
                    area_path: &area.path,
                    created_by: Some(caller.id),
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("affairs_item.create", "affairs_item", row.id))?;
            to_items(conn, &caller, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/community-affairs/items/{}", item.id), 1, &item))
}

/// Get an item.
#[utoipa::path(operation_id = "get_affairs_item", tag = "community-affairs", params(("id" = i64, Path, description = "Item id")), responses((status = 200, description = "The item", body = AffairsItem)))]
#[get("/community-affairs/items/{id}")]
pub async fn get_affairs_item(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadAffairs)?;
    let id = id.into_inner();
    let (version, item) = state
        .read(move |conn| {
            let row = visible_item(conn, &caller, id)?;
            Ok((row.version, to_items(conn, &caller, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &item))
}

/// A change of an item; absent fields stay as they are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AffairsItemChange {
    /// What the work is.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub title: Option<String>,
    /// The department that assigns it.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub department: Option<String>,
    /// The law, regulation or document it rests on.
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub legal_basis: Option<String>,
    /// Statutory, assisting or negative.
    pub list_type: Option<ListType>,
    /// Whether the authority goes with the work.
    pub authority_follows: Option<bool>,
    /// Whether funding goes with the work.
    pub funding_follows: Option<bool>,
    /// Yuan that follow each assignment.
    #[validate(range(min = 0, max = 100000000))]
    #[schema(minimum = 0, maximum = 100000000)]
    pub funding_yuan: Option<i32>,
    /// Withdraw the item (已退出) or admit it again.
    pub state: Option<ItemState>,
}

/// Change an item, withdraw it or admit it again (`If-Match` with the item's ETag).
#[utoipa::path(operation_id = "update_affairs_item", tag = "community-affairs", params(("id" = i64, Path, description = "Item id")), request_body = AffairsItemChange, responses((status = 200, description = "Changed", body = AffairsItem)))]
#[patch("/community-affairs/items/{id}")]
pub async fn update_affairs_item(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<AffairsItemChange>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageAffairs)?;
    let change = change.accept()?;
    let id = id.into_inner();
    let (version, item) = state
        .write(move |conn| {
            let row = visible_item(conn, &caller, id)?;
            if_match.check(row.version)?;
            if !caller.scope.holds_area(&row.area_path) {
                return Err(ApiError::Forbidden("the list is kept by the level above".to_owned()));
            }
            let funding_follows = change.funding_follows.unwrap_or(row.funding_follows);
            let funding_yuan = change.funding_yuan.or(row.funding_yuan).filter(|_| funding_follows);
            check_item_funding(funding_follows, change.funding_yuan.filter(|_| !funding_follows))?;
            let list_type = change.list_type.map_or(row.list_type.clone(), |t| t.code().to_owned());
            let state = change.state.map_or(row.state.clone(), |s| s.code().to_owned());
            let item = NewAffairsItem {
                list: &row.list,
                title: change.title.as_deref().map_or(row.title.as_str(), str::trim),
                department: change.department.as_deref().map_or(row.department.as_str(), str::trim),
                legal_basis: change.legal_basis.as_deref().map_or(row.legal_basis.as_str(), str::trim),
                list_type: &list_type,
                authority_follows: change.authority_follows.unwrap_or(row.authority_follows),
                funding_follows,
                funding_yuan,
                state: &state,
                area_id: row.area_id,
                area_path: &row.area_path,
                created_by: row.created_by,
                created_at: row.created_at,
                updated_at: now(),
            };
            if !affairs::update_item(conn, id, row.version, &item)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("affairs_item.update", "affairs_item", id))?;
            let row = affairs::find_item(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_items(conn, &caller, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &item))
}
