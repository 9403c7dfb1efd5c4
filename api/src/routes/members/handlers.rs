//! List, register, read, change members, and read their personal data.

use actix_web::{HttpResponse, get, patch, post, web};
use domain::access::members::{require_membership_side, side};
use domain::access::policy::{Action, Scope};
use domain::member::{Category, EventKind, Side, Stage};
use domain::tree::subtree_range;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{Member, MemberInput, PersonalData, Refs, audit_refusal, check_member, to_members, to_one_member};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::data_key::DataKeys;
use crate::db::keyset::Order;
use crate::db::models::{MemberRow, NewMemberEvent};
use crate::db::repo::members::{self, MemberFilter, Reach, Search, order};
use crate::db::repo::users::escape_like;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{
    created, kept_area, kept_visible_org, list_of, org_ranges, side_in, visible_member, with_etag,
};
use crate::state::{AppState, Caches};

list_of!(MemberList, Member, "A page of members.");

/// Through which link a list reaches members.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LinkFilter {
    /// Either link (default).
    Any,
    /// Members whose membership organization is in the subtree.
    Membership,
    /// Members who live in the subtree but belong elsewhere or here.
    Residence,
}

/// Sort orders of the member list.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
pub enum MemberSortParam {
    #[serde(rename = "name")]
    Name,
    #[serde(rename = "-name")]
    NameDescending,
    #[serde(rename = "join_date")]
    JoinDate,
    #[serde(rename = "-join_date")]
    JoinDateDescending,
}

/// Filters of the member list (also used by the export).
#[derive(Debug, Clone, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MemberQuery {
    /// Members linked to this organization's subtree.
    pub org_id: Option<i64>,
    /// Which link counts for `org_id`: `any` (default), `membership`, `residence`.
    #[param(inline)]
    pub link: Option<LinkFilter>,
    /// Only members of this category (`registered`, `in_service`, `mobile`, `relocated`).
    pub category: Option<Category>,
    /// Only members at this stage of the development pipeline.
    pub stage: Option<Stage>,
    /// Members living in this area (a grid, community, ...).
    pub area_id: Option<i64>,
    /// Part of the name. Callers who may read personal data may also give a whole ID
    /// number or phone number (exact match only; every such search is audited).
    #[validate(length(max = 50))]
    #[param(max_length = 50)]
    pub q: Option<String>,
    /// `name` (default), `-name`, `join_date`, `-join_date`.
    #[param(inline)]
    pub sort: Option<MemberSortParam>,
    /// Export only: `true` exports full ID numbers, birth dates, phones and addresses of the
    /// members whose membership organization the caller holds (needs the personal-data
    /// permission and a `reason`; audited with the members' ids). Masked otherwise.
    pub personal_data: Option<bool>,
    /// Export only: why full personal data is exported (kept in the audit log).
    #[validate(length(min = 2, max = 200))]
    #[param(min_length = 2, max_length = 200)]
    pub reason: Option<String>,
}

/// What a search text matches: a name, or, for callers who may read personal data, an
/// exact ID number or phone number (never a part of one, which would let a caller rebuild
/// it digit by digit).
pub fn search_of(keys: &DataKeys, q: &str, personal_data: bool) -> Search {
    if personal_data {
        let id_number = q.to_ascii_uppercase();
        if domain::member::id_card::validate(&id_number).is_ok() {
            return Search::IdNumber(members::id_number_index(keys, &id_number));
        }
        if domain::member::personal::validate_phone(q).is_ok() {
            return Search::Phone(members::phone_index(keys, q));
        }
    }
    Search::Name(format!("%{}%", escape_like(q)))
}

/// The filter for a member query in a caller's scope.
pub fn member_filter(
    conn: &mut DbConnection,
    caches: &Caches,
    keys: &DataKeys,
    scope: &Scope,
    personal_data: bool,
    query: &MemberQuery,
) -> ApiResult<MemberFilter> {
    let mut reaches: Vec<Reach> = Vec::new();
    if query.org_id.is_none() {
        reaches.extend(org_ranges(scope).into_iter().map(|range| Reach {
            range,
            through_membership: true,
            through_residence: true,
        }));
    }
    // An organization in scope reaches only members the scope sees (either link inside the
    // scope), so the scope's own, wider condition would only slow the query down.
    if let Some(org_id) = query.org_id {
        let org = kept_visible_org(conn, caches, scope, org_id)?;
        let (through_membership, through_residence) = match query.link.unwrap_or(LinkFilter::Any) {
            LinkFilter::Any => (true, true),
            LinkFilter::Membership => (true, false),
            LinkFilter::Residence => (false, true),
        };
        reaches.push(Reach { range: subtree_range(&org.path), through_membership, through_residence });
    }
    // Any existing area: the scope already limits which members can match.
    let residence_range = match query.area_id {
        Some(area_id) => Some(subtree_range(&kept_area(conn, caches, area_id)?.ok_or(ApiError::NotFound)?.path)),
        None => None,
    };
    let search = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty()).map(|q| search_of(keys, q, personal_data));
    Ok(MemberFilter {
        reaches,
        category: query.category.map(Category::code),
        stage: query.stage.map(Stage::code),
        residence_range,
        search,
    })
}

/// The order a member query asks for.
pub fn member_order(sort: Option<MemberSortParam>) -> &'static Order {
    match sort {
        None | Some(MemberSortParam::Name) => &order::NAME,
        Some(MemberSortParam::NameDescending) => &order::NAME_DESCENDING,
        Some(MemberSortParam::JoinDate) => &order::JOIN_DATE,
        Some(MemberSortParam::JoinDateDescending) => &order::JOIN_DATE_DESCENDING,
    }
}

/// Members each row's link side, for responses.
pub fn sides(scope: &Scope, rows: &[MemberRow]) -> Vec<Side> {
    rows.iter()
        .map(|row| side(scope, &row.membership_org_path, &row.residence_org_path).unwrap_or(Side::Residence))
        .collect()
}

/// List members in the caller's scope: those whose membership or residence organization it
/// holds (mobile and in-service members living here appear next to the community's own).
#[utoipa::path(operation_id = "list_members", tag = "members", params(MemberQuery, Paging, ChangesSince), responses((status = 200, description = "A page of members (personal data masked)", body = MemberList)))]
#[get("/members")]
pub async fn list_members(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<MemberQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let order = page.order(query.sort.is_some(), member_order(query.sort), &order::CHANGED)?;
    let window = page.window(order)?;
    if query.personal_data.is_some() || query.reason.is_some() {
        let field = if query.personal_data.is_some() { "personal_data" } else { "reason" };
        return Err(ApiError::field(field, "unknown_field", "personal_data and reason apply to the export only"));
    }
    let keys = std::sync::Arc::clone(&state.data_keys);
    let caches = std::sync::Arc::clone(&state.caches);
    let personal_data = caller.require(Action::ReadPersonalData).is_ok();
    let actor = caller.actor();
    let names = caches.names.since_now();
    let (list, by_personal_data) = state
        .read(move |conn| {
            let filter = member_filter(conn, &caches, &keys, &caller.scope, personal_data, &query)?;
            let (rows, total) = members::list(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| members::position(order, row));
            let sides = sides(&caller.scope, &rows);
            let items = to_members(conn, &names, rows.into_iter().zip(sides).collect())?;
            let by_personal_data = matches!(filter.search, Some(Search::IdNumber(_) | Search::Phone(_)));
            Ok((MemberList::new(items, total, &page, next), by_personal_data))
        })
        .await?;
    if by_personal_data {
        // A search by ID or phone number reveals whom a number belongs to: audited.
        let found: Vec<String> = list.items.iter().map(|m| m.id.to_string()).collect();
        let event = Event::success("member.search", "member", "*")
            .with_detail(format!("search by personal data; members={}", found.join(",")));
        state.write(move |conn| audit::record(conn, &actor, event)).await?;
    }
    Ok(HttpResponse::Ok().json(list))
}

/// Register a member (登记党员). The caller must hold one of the two organizations.
#[utoipa::path(operation_id = "create_member", tag = "members", request_body = MemberInput, responses((status = 201, description = "Registered", body = Member)))]
#[post("/members")]
pub async fn create_member(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(input): JsonBody<MemberInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let input = input.accept()?;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let names = state.caches.names.since_now();
    let (member, version) = state
        .write(move |conn| {
            let form = match check_member(conn, &mut Refs::default(), &keys, &caller.scope, &input, None) {
                Ok(form) => form,
                // The refusal is committed to the audit log; nothing else was written.
                Err(refused) => return Ok(Err(audit_refusal(conn, &caller.actor(), "member.create", refused)?)),
            };
            let at = now();
            let row = members::insert(conn, &keys, &form, at)?;
            let side =
                side(&caller.scope, &row.membership_org_path, &row.residence_org_path).unwrap_or(Side::Residence);
            members::insert_event(
                conn,
                &NewMemberEvent {
                    member_id: row.id,
                    kind: EventKind::Registered.code().to_owned(),
                    occurred_on: at.date(),
                    org_id: caller.scope_org_id,
                    counterpart_org_id: None,
                    service_hours: None,
                    certificate_no: None,
                    content: Some(format!("category={}, stage={}", row.category, row.stage)),
                    recorded_by: Some(caller.id),
                    recorded_by_name: Some(caller.username.clone()),
                    created_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("member.create", "member", row.id))?;
            let version = row.version;
            Ok(Ok((to_one_member(conn, &names, row, side)?, version)))
        })
        .await??;
    Ok(created(format!("/api/v1/members/{}", member.id), version, &member))
}

/// Get a member (personal data masked).
#[utoipa::path(operation_id = "get_member", tag = "members", params(("id" = i64, Path, description = "Member id")), responses((status = 200, description = "The member (with ETag)", body = Member)))]
#[get("/members/{id}")]
pub async fn get_member(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let names = state.caches.names.since_now();
    let (version, member) = state
        .read_point(move |conn| {
            let row = members::find(conn, id)?.ok_or(ApiError::NotFound)?;
            let side = side_in(&caller.scope, &row)?;
            Ok((row.version, to_one_member(conn, &names, row, side)?))
        })
        .await?;
    Ok(with_etag(version, &member))
}

/// Changes to a member; absent fields stay as they are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberPatch {
    /// New name.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub name: Option<String>,
    /// New gender; must match the ID number.
    pub gender: Option<domain::member::Gender>,
    /// New ethnicity (民族).
    #[validate(length(min = 1, max = 16))]
    #[schema(min_length = 1, max_length = 16)]
    pub ethnicity: Option<String>,
    /// New date of birth; must equal the birth date in the ID number.
    pub birth_date: Option<chrono::NaiveDate>,
    /// New 18-character ID number (GB 11643 checksum).
    #[validate(length(min = 1, max = 32))]
    #[schema(min_length = 1, max_length = 32)]
    pub id_number: Option<String>,
    /// New phone number: mobile (11 digits) or landline.
    #[validate(length(min = 1, max = 20))]
    #[schema(min_length = 1, max_length = 20)]
    pub phone: Option<String>,
    /// New home address (stored encrypted, shown masked).
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub address: Option<String>,
    /// New highest education.
    pub education: Option<domain::member::Education>,
    /// New stage in the development pipeline.
    pub stage: Option<Stage>,
    /// New category (`registered`, `in_service`, `mobile`, `relocated`).
    pub category: Option<Category>,
    /// The organization leading the community the member now lives in.
    pub residence_org_id: Option<i64>,
    /// The community, grid or central household the member now lives in.
    pub residence_area_id: Option<i64>,
    /// The work unit (required for `in_service` members).
    pub work_unit_id: Option<i64>,
    /// Date admitted as a probationary member (入党日期); not after today.
    pub join_date: Option<chrono::NaiveDate>,
    /// Date of becoming a full member (转正日期); not before `join_date` nor after today.
    pub conversion_date: Option<chrono::NaiveDate>,
}

fn merged(conn: &mut DbConnection, keys: &DataKeys, row: &MemberRow, patch: MemberPatch) -> ApiResult<MemberInput> {
    let current = super::events::input_of(conn, keys, row)?;
    Ok(MemberInput {
        name: patch.name.unwrap_or(current.name),
        gender: patch.gender.unwrap_or(current.gender),
        ethnicity: patch.ethnicity.unwrap_or(current.ethnicity),
        birth_date: patch.birth_date.unwrap_or(current.birth_date),
        id_number: patch.id_number.unwrap_or(current.id_number),
        phone: patch.phone.or(current.phone),
        address: patch.address.or(current.address),
        education: patch.education.or(current.education),
        stage: patch.stage.unwrap_or(current.stage),
        category: patch.category.unwrap_or(current.category),
        membership_org_id: current.membership_org_id,
        residence_org_id: patch.residence_org_id.unwrap_or(current.residence_org_id),
        residence_area_id: patch.residence_area_id.unwrap_or(current.residence_area_id),
        work_unit_id: patch.work_unit_id.or(current.work_unit_id),
        join_date: patch.join_date.or(current.join_date),
        conversion_date: patch.conversion_date.or(current.conversion_date),
    })
}

/// Change a member's data (membership side only; needs `If-Match`). The membership
/// organization changes only through a transfer.
#[utoipa::path(operation_id = "update_member", tag = "members", request_body = MemberPatch, params(("id" = i64, Path, description = "Member id"), ("If-Match" = String, Header, description = "ETag of the member as read")), responses((status = 200, description = "Changed", body = Member)))]
#[patch("/members/{id}")]
pub async fn update_member(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(patch): JsonBody<MemberPatch>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let patch = patch.accept()?;
    let id = id.into_inner();
    let keys = std::sync::Arc::clone(&state.data_keys);
    let names = state.caches.names.since_now();
    let (version, member) = state
        .write(move |conn| {
            let (row, side) = visible_member(conn, &caller.scope, id)?;
            require_membership_side(side)?;
            if_match.check(row.version)?;
            let input = merged(conn, &keys, &row, patch)?;
            let form = match check_member(conn, &mut Refs::default(), &keys, &caller.scope, &input, Some(id)) {
                Ok(form) => form,
                Err(refused) => return Ok(Err(audit_refusal(conn, &caller.actor(), "member.update", refused)?)),
            };
            if !members::update(conn, &keys, &row, &form)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("member.update", "member", id))?;
            let row = members::find(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok(Ok((row.version, to_one_member(conn, &names, row, side)?)))
        })
        .await??;
    Ok(with_etag(version, &member))
}

/// Read a member's unmasked ID number, phone and address (party-affairs staff of the
/// membership organization only). Every read is audited.
#[utoipa::path(operation_id = "get_member_personal_data", tag = "members", params(("id" = i64, Path, description = "Member id")), responses((status = 200, description = "Unmasked personal data", body = PersonalData)))]
#[get("/members/{id}/personal-data")]
pub async fn get_member_personal_data(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadPersonalData)?;
    let id = id.into_inner();
    let keys = std::sync::Arc::clone(&state.data_keys);
    let data = state
        .write(move |conn| {
            let (row, side) = visible_member(conn, &caller.scope, id)?;
            if side != Side::Membership {
                return Err(ApiError::Forbidden(
                    "only the membership organization reads unmasked personal data".to_owned(),
                ));
            }
            audit::record(conn, &caller.actor(), Event::success("member.personal_data_read", "member", id))?;
            let personal = members::personal(conn, &keys, row.id)?;
            Ok(PersonalData {
                member_id: id,
                birth_date: personal.birth_date,
                id_number: personal.id_number,
                phone: personal.phone,
                address: personal.address,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(data))
}
