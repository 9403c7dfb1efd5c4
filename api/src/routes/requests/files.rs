//! A request's photos (of the spot when it is registered, of the work done when it is resolved)
//! and the grid staff it can be dispatched to.

use actix_web::http::header;
use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use domain::access::Role;
use domain::requests::{Desk, RequestState, check_files, reported_in_since};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{AssigneeKind, visible_request};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::AttachmentRow;
use crate::db::repo::attachments::{self, Owner, Upload as StoredUpload};
use crate::db::repo::names::NameBook;
use crate::db::repo::{areas, report_ins};
use crate::error::{ApiError, ApiResult};
use crate::extract::{QueryParams, Upload};
use crate::routes::common::{AttachmentName, checked_file, download, stored, today, utc};
use crate::state::AppState;

/// A file kept with a request.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestAttachment {
    /// Attachment id.
    pub id: i64,
    /// The request the file is kept with.
    pub request_id: i64,
    /// File name, as uploaded.
    pub name: String,
    /// Media type of the file, e.g. `image/jpeg` or `application/pdf`.
    pub media_type: String,
    /// Size of the file in bytes.
    pub size_bytes: i64,
    /// Where to download it (`GET`, with the caller's token).
    pub href: String,
    /// The user account that uploaded the file.
    pub uploaded_by: Option<i64>,
    /// Name of the uploading account, for display.
    pub uploaded_by_name: Option<String>,
    /// When the file was uploaded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

/// The files of a request, oldest first, with their uploaders' names.
pub fn files_of(conn: &mut crate::db::DbConnection, request_id: i64) -> ApiResult<Vec<RequestAttachment>> {
    let rows = attachments::of_request(conn, request_id)?;
    let names = NameBook::wanted().users(rows.iter().filter_map(|r| r.uploaded_by)).read(conn)?;
    Ok(rows.into_iter().map(|row| to_attachment(request_id, row, &names)).collect())
}

fn to_attachment(request_id: i64, row: AttachmentRow, names: &NameBook) -> RequestAttachment {
    RequestAttachment {
        href: format!("/api/v1/requests/{request_id}/attachments/{}", row.id),
        id: row.id,
        request_id,
        name: row.name,
        media_type: row.media_type,
        size_bytes: row.size_bytes,
        uploaded_by_name: row.uploaded_by.map(|id| names.user(id)),
        uploaded_by: row.uploaded_by,
        created_at: utc(row.created_at),
    }
}

/// Add a photo or document to a request (the body is the file, `Content-Type` its type): the
/// one who registered it and whoever holds a desk for it, until it is closed or rejected. Types
/// and size as for meeting files (`DANGJIAN_ATTACHMENT_MAX_MB`).
#[utoipa::path(operation_id = "create_request_attachment", tag = "requests", params(("id" = i64, Path, description = "Request id"), AttachmentName), request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file"), responses((status = 201, description = "Kept", body = RequestAttachment)))]
#[post("/requests/{id}/attachments")]
pub async fn create_request_attachment(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    QueryParams(query): QueryParams<AttachmentName>,
    upload: Upload,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let store = state.blobs.clone();
    let policy = state.config.attachments.clone();
    let attachment = state
        .write(move |conn| {
            let (row, desks) = visible_request(conn, &caller, id)?;
            let request_state: RequestState = stored(&row.state)?;
            check_files(request_state, &desks, row.submitted_by == Some(caller.id))?;
            let name = checked_file(&policy, &query, &upload)?;
            let stored = StoredUpload {
                owner: Owner::Request(id),
                name: &name,
                media_type: &upload.media_type,
                bytes: &upload.bytes,
                uploaded_by: caller.id,
            };
            let file = attachments::insert(conn, &store, stored)?;
            let event = Event::success("request.attachment", "request", id).with_detail(file.name.clone());
            audit::record(conn, &caller.actor(), event)?;
            let names = NameBook::wanted().users([caller.id]).read(conn)?;
            Ok(to_attachment(id, file, &names))
        })
        .await?;
    Ok(HttpResponse::Created().insert_header((header::LOCATION, attachment.href.clone())).json(attachment))
}

/// Download a request's file as it was uploaded.
#[utoipa::path(operation_id = "get_request_attachment", tag = "requests", params(("id" = i64, Path, description = "Request id"), ("attachment_id" = i64, Path, description = "Attachment id")), responses((status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>)))]
#[get("/requests/{id}/attachments/{attachment_id}")]
pub async fn get_request_attachment(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    let (id, attachment_id) = path.into_inner();
    download(&state, attachment_id, move |conn, file| {
        visible_request(conn, &caller, id)?;
        if file.request_id == Some(id) { Ok(()) } else { Err(ApiError::NotFound) }
    })
    .await
}

/// Someone of the grid's staff a request can be dispatched to.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct GridStaff {
    /// `user`: a grid leader's account; `member`: an in-service member who reported in.
    pub kind: AssigneeKind,
    /// The account or member id, as the dispatch names it.
    pub id: i64,
    /// Name of the grid leader or member, for display.
    pub display_name: String,
    /// The area a grid leader's scope leads, or where the member lives.
    pub area_name: String,
}

/// The grid staff a request can be dispatched to.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct GridStaffList {
    /// Grid leaders first, then in-service members who reported in (at most 200 of each).
    pub items: Vec<GridStaff>,
}

/// The grid's staff a request can be dispatched to, for its holding platform: the grid leaders
/// whose grid or community holds it, then the in-service members living in its community who
/// reported in within the last year (at most 200 of each, by name).
#[utoipa::path(operation_id = "list_request_assignees", tag = "requests", params(("id" = i64, Path, description = "Request id")), responses((status = 200, description = "The grid leaders", body = GridStaffList)))]
#[get("/requests/{id}/assignees")]
pub async fn list_request_assignees(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let list = state
        .read(move |conn| {
            let (row, desks) = visible_request(conn, &caller, id)?;
            if !desks.contains(&Desk::Holder) {
                return Err(ApiError::Forbidden("only the platform that holds the request dispatches it".to_owned()));
            }
            let area_ids = domain::tree::ids(&row.area_path);
            let mut items: Vec<GridStaff> = areas::leaders(conn, Role::GridLeader, &area_ids)?
                .into_iter()
                .map(|(id, display_name, area_name)| GridStaff {
                    kind: AssigneeKind::User,
                    id,
                    display_name,
                    area_name,
                })
                .collect();
            let community = areas::find(conn, row.community_area_id)?.ok_or(ApiError::NotFound)?;
            let since = reported_in_since(today());
            let members = report_ins::reported_in_living_in(conn, &subtree_range(&community.path), since)?;
            let names = NameBook::wanted().areas(members.iter().map(|m| m.2)).read(conn)?;
            items.extend(members.into_iter().map(|(id, name, area_id)| GridStaff {
                kind: AssigneeKind::Member,
                id,
                display_name: name,
                area_name: names.area(area_id),
            }));
            Ok(GridStaffList { items })
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
