//! Transfer of membership (组织关系转接): the membership side issues a letter to a receiving
//! organization, which confirms it (before it expires) or returns it.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::{Action, Scope};
use domain::member::transfer::{OpenLetter, TransferStatus, check_decision, check_issue, letter_expiry, status_on};
use domain::member::{Category, EventKind};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{Refs, check_member, input_of};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewMemberEvent, TransferRow};
use crate::db::repo::members;
use crate::db::repo::names::NameBook;
use crate::db::repo::organizations;
use crate::db::repo::transfers::{self, NewLetter, TransferFilter};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::visible_member;
use crate::routes::common::{created, list_of, stored, today, utc, with_etag};
use crate::state::AppState;
use domain::access::members::require_membership_side;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_transfers)
        .service(create_transfer)
        .service(get_transfer)
        .service(create_transfer_confirmation)
        .service(create_transfer_return);
}

/// A transfer letter (组织关系介绍信).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Transfer {
    /// The letter's id.
    pub id: i64,
    /// The member whose membership is transferred.
    pub member_id: i64,
    /// Name of the member, for display.
    pub member_name: String,
    /// The sending organization (the member's membership organization when issued).
    pub from_org_id: i64,
    /// Name of the sending organization, for display.
    pub from_org_name: String,
    /// The receiving organization.
    pub to_org_id: i64,
    /// Name of the receiving organization, for display.
    pub to_org_name: String,
    /// The date the letter was issued (China Standard Time).
    pub issued_on: NaiveDate,
    /// Last day the receiving organization can confirm (3 months; 6 across provinces).
    pub expires_on: NaiveDate,
    /// Whether the transfer crosses provinces (the letter is then valid 6 months).
    pub cross_province: bool,
    /// `issued`, `confirmed`, `returned`, or `expired` (issued and past its expiry).
    pub status: TransferStatus,
    /// The date the receiving organization confirmed or returned it (China Standard Time).
    pub decided_on: Option<NaiveDate>,
    /// Note written when the letter was issued.
    pub note: Option<String>,
    /// When the letter was recorded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// When the letter last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(TransferList, Transfer, "A page of transfer letters, newest first.");

/// Letters with the names of their member and organizations.
fn to_transfers(conn: &mut DbConnection, rows: Vec<TransferRow>) -> ApiResult<Vec<Transfer>> {
    let names = NameBook::wanted()
        .members(rows.iter().map(|r| r.member_id))
        .orgs(rows.iter().flat_map(|r| [r.from_org_id, r.to_org_id]))
        .read(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(Transfer {
                id: row.id,
                member_id: row.member_id,
                member_name: names.member(row.member_id),
                from_org_id: row.from_org_id,
                from_org_name: names.org(row.from_org_id),
                to_org_id: row.to_org_id,
                to_org_name: names.org(row.to_org_id),
                issued_on: row.issued_on,
                expires_on: row.expires_on,
                cross_province: row.cross_province,
                status: status_on(stored(&row.status)?, row.expires_on, today()),
                decided_on: row.decided_on,
                note: row.note,
                created_at: utc(row.created_at),
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// One letter as answered, with its version for the ETag.
fn answer(conn: &mut DbConnection, row: TransferRow) -> ApiResult<(i32, Transfer)> {
    let version = row.version;
    let transfer = to_transfers(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?;
    Ok((version, transfer))
}

/// Whether the scope holds the sending or the receiving organization.
fn holds(conn: &mut DbConnection, scope: &Scope, org_id: i64) -> ApiResult<bool> {
    Ok(organizations::find(conn, org_id)?.is_some_and(|org| scope.holds_org(&org.path)))
}

fn visible_transfer(conn: &mut DbConnection, scope: &Scope, id: i64) -> ApiResult<TransferRow> {
    let row = transfers::find_transfer(conn, id)?.ok_or(ApiError::NotFound)?;
    if holds(conn, scope, row.from_org_id)? || holds(conn, scope, row.to_org_id)? {
        Ok(row)
    } else {
        Err(ApiError::NotFound)
    }
}

/// Filters of the transfer list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TransferQuery {
    /// Only letters for this member.
    pub member_id: Option<i64>,
    /// Only letters in this state (`expired`: issued and past the expiry date).
    pub status: Option<TransferStatus>,
}

/// List transfer letters sent from or to the caller's scope.
#[utoipa::path(operation_id = "list_transfers", tag = "transfers", params(TransferQuery, Paging, ChangesSince), responses((status = 200, description = "A page of transfers", body = TransferList)))]
#[get("/transfers")]
pub async fn list_transfers(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<TransferQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let order = page.order(false, &transfers::NEWEST_FIRST, &transfers::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let range = match &caller.scope {
                Scope::Subtree { org_path, .. } => Some(subtree_range(org_path)),
                _ => Some((String::new(), String::new())),
            };
            let filter = TransferFilter { member_id: query.member_id, status: query.status, today: today() };
            let (rows, total) = transfers::list_transfers(conn, range, filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(TransferList::new(to_transfers(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new transfer letter.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTransfer {
    /// The member to transfer (the caller must hold the membership organization).
    pub member_id: i64,
    /// The receiving organization (anywhere in the tree).
    pub to_org_id: i64,
    /// Defaults to today (China Standard Time).
    pub issued_on: Option<NaiveDate>,
    /// Across provinces the letter is valid 6 months instead of 3.
    #[serde(default)]
    pub cross_province: bool,
    /// Note on the letter.
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub note: Option<String>,
}

fn transfer_event(
    transfer: &TransferRow,
    kind: EventKind,
    on: NaiveDate,
    caller: &Caller,
    org: i64,
    other: i64,
) -> NewMemberEvent {
    NewMemberEvent {
        member_id: transfer.member_id,
        kind: kind.code().to_owned(),
        occurred_on: on,
        org_id: Some(org),
        counterpart_org_id: Some(other),
        service_hours: None,
        certificate_no: None,
        content: transfer.note.clone(),
        recorded_by: Some(caller.id),
        recorded_by_name: Some(caller.username.clone()),
        created_at: now(),
    }
}

/// Issue a transfer letter (开具介绍信; membership side only).
#[utoipa::path(operation_id = "create_transfer", tag = "transfers", request_body = NewTransfer, responses((status = 201, description = "Issued", body = Transfer)))]
#[post("/transfers")]
pub async fn create_transfer(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewTransfer>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let new = new.accept()?;
    if let Some(issued_on) = new.issued_on {
        crate::routes::common::recorded("issued_on", issued_on)?;
    }
    let (version, transfer) = state
        .write(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, new.member_id)?;
            require_membership_side(side)?;
            if organizations::find(conn, new.to_org_id)?.is_none() {
                return Err(ApiError::field("to_org_id", "not_found", "no such organization"));
            }
            let open = transfers::open_transfer(conn, member.id)?
                .map(|letter| OpenLetter { id: letter.id, expires_on: letter.expires_on });
            check_issue(member.membership_org_id, new.to_org_id, open, today())?;
            let issued_on = new.issued_on.unwrap_or_else(today);
            let id = transfers::insert_transfer(
                conn,
                NewLetter {
                    member_id: member.id,
                    from_org_id: member.membership_org_id,
                    to_org_id: new.to_org_id,
                    issued_on,
                    expires_on: letter_expiry(issued_on, new.cross_province),
                    cross_province: new.cross_province,
                    note: new.note.as_deref(),
                },
            )?;
            let row = transfers::find_transfer(conn, id)?.ok_or(ApiError::NotFound)?;
            let event =
                transfer_event(&row, EventKind::TransferIssued, issued_on, &caller, row.from_org_id, row.to_org_id);
            members::insert_event(conn, &event)?;
            audit::record(conn, &caller.actor(), Event::success("transfer.create", "transfer", id))?;
            answer(conn, row)
        })
        .await?;
    Ok(created(format!("/api/v1/transfers/{}", transfer.id), version, &transfer))
}

/// Get a transfer letter (sending or receiving side).
#[utoipa::path(operation_id = "get_transfer", tag = "transfers", params(("id" = i64, Path, description = "Transfer id")), responses((status = 200, description = "The transfer", body = Transfer)))]
#[get("/transfers/{id}")]
pub async fn get_transfer(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let (version, transfer) = state
        .read(move |conn| {
            let row = visible_transfer(conn, &caller.scope, id)?;
            answer(conn, row)
        })
        .await?;
    Ok(with_etag(version, &transfer))
}

/// The receiving organization's confirmation.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferConfirmation {
    /// The member's category from now on (e.g. `registered` when the member now belongs to
    /// the community it lives in); unchanged when absent.
    pub category: Option<Category>,
    /// Where the member lives from now on, when that changes too.
    pub residence_org_id: Option<i64>,
    /// The community, grid or central household the member lives in from now on.
    pub residence_area_id: Option<i64>,
}

/// The receiving side of a letter, or 404.
fn receiving(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<TransferRow> {
    let row = visible_transfer(conn, &caller.scope, id)?;
    let holds_receiving = holds(conn, &caller.scope, row.to_org_id)?;
    check_decision(holds_receiving, stored(&row.status)?, row.expires_on, today())?;
    Ok(row)
}

/// Confirm a transfer (接收): the member's membership moves to the receiving organization.
#[utoipa::path(operation_id = "create_transfer_confirmation", tag = "transfers", request_body = TransferConfirmation, params(("id" = i64, Path, description = "Transfer id")), responses((status = 200, description = "Confirmed", body = Transfer)))]
#[post("/transfers/{id}/confirm")]
pub async fn create_transfer_confirmation(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(confirmation): JsonBody<TransferConfirmation>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let confirmation = confirmation.accept()?;
    let id = id.into_inner();
    let keys = std::sync::Arc::clone(&state.data_keys);
    let (version, transfer) = state
        .write(move |conn| {
            let transfer = receiving(conn, &caller, id)?;
            let member = members::find(conn, transfer.member_id)?.ok_or(ApiError::NotFound)?;
            let mut input = input_of(conn, &keys, &member)?;
            input.membership_org_id = transfer.to_org_id;
            if let Some(category) = confirmation.category {
                input.category = category;
            }
            input.residence_org_id = confirmation.residence_org_id.unwrap_or(input.residence_org_id);
            input.residence_area_id = confirmation.residence_area_id.unwrap_or(input.residence_area_id);
            let form = check_member(conn, &mut Refs::default(), &keys, &caller.scope, &input, Some(member.id))?;
            if !members::update(conn, &keys, &member, &form)? {
                return Err(ApiError::PreconditionFailed);
            }
            decide(conn, &transfer, TransferStatus::Confirmed, &caller)?;
            let event = transfer_event(
                &transfer,
                EventKind::TransferConfirmed,
                today(),
                &caller,
                transfer.to_org_id,
                transfer.from_org_id,
            );
            members::insert_event(conn, &event)?;
            audit::record(conn, &caller.actor(), Event::success("transfer.confirm", "transfer", id))?;
            let row = transfers::find_transfer(conn, id)?.ok_or(ApiError::NotFound)?;
            answer(conn, row)
        })
        .await?;
    Ok(with_etag(version, &transfer))
}

fn decide(conn: &mut DbConnection, transfer: &TransferRow, status: TransferStatus, caller: &Caller) -> ApiResult<()> {
    if transfers::decide_transfer(conn, transfer, status, today(), caller.id)? {
        Ok(())
    } else {
        Err(ApiError::PreconditionFailed)
    }
}

/// Why a letter is returned.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferReturn {
    /// Why the letter is returned (kept in the member's history).
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub reason: String,
}

/// Return a transfer letter (退回) to the sending organization.
#[utoipa::path(operation_id = "create_transfer_return", tag = "transfers", request_body = TransferReturn, params(("id" = i64, Path, description = "Transfer id")), responses((status = 200, description = "Returned", body = Transfer)))]
#[post("/transfers/{id}/return")]
pub async fn create_transfer_return(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(returned): JsonBody<TransferReturn>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let returned = returned.accept()?;
    let id = id.into_inner();
    let (version, transfer) = state
        .write(move |conn| {
            let transfer = receiving(conn, &caller, id)?;
            decide(conn, &transfer, TransferStatus::Returned, &caller)?;
            let mut event = transfer_event(
                &transfer,
                EventKind::TransferReturned,
                today(),
                &caller,
                transfer.to_org_id,
                transfer.from_org_id,
            );
            event.content = Some(returned.reason);
            members::insert_event(conn, &event)?;
            audit::record(conn, &caller.actor(), Event::success("transfer.return", "transfer", id))?;
            let row = transfers::find_transfer(conn, id)?.ok_or(ApiError::NotFound)?;
            answer(conn, row)
        })
        .await?;
    Ok(with_etag(version, &transfer))
}
