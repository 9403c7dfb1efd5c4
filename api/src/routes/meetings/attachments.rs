//! A meeting's files: photos, minutes, slides (会议附件), uploaded as the raw request body and
//! downloaded as they were sent.

use actix_web::http::header;
use actix_web::{HttpResponse, delete, get, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::models::{AttachmentRow, MeetingRow};
use crate::db::repo::attachments::{self, Owner, Upload as StoredUpload};
use crate::db::repo::meetings;
use crate::error::{ApiError, ApiResult};
use crate::extract::{QueryParams, Upload};
use crate::routes::common::{AttachmentName, checked_file, download, utc};
use crate::state::AppState;

/// A file kept with a meeting.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Attachment {
    /// Attachment id.
    pub id: i64,
    /// The meeting the file is kept with.
    pub meeting_id: i64,
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
    /// When the file was uploaded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

pub fn to_attachment(meeting_id: i64, row: AttachmentRow) -> Attachment {
    Attachment {
        href: format!("/api/v1/attachments/{}", row.id),
        id: row.id,
        meeting_id,
        name: row.name,
        media_type: row.media_type,
        size_bytes: row.size_bytes,
        uploaded_by: row.uploaded_by,
        created_at: utc(row.created_at),
    }
}

/// The meeting, if the caller's scope holds its organization.
fn visible_meeting(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<MeetingRow> {
    let row = meetings::find(conn, id)?.ok_or(ApiError::NotFound)?;
    if caller.scope.holds_org(&row.org_path) { Ok(row) } else { Err(ApiError::NotFound) }
}

/// A meeting's file, if the caller's scope holds the meeting (a request's files are reached
/// through their request).
fn visible_file(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<(i64, AttachmentRow)> {
    let row = attachments::find(conn, id)?.ok_or(ApiError::NotFound)?;
    let meeting_id = row.meeting_id.ok_or(ApiError::NotFound)?;
    visible_meeting(conn, caller, meeting_id)?;
    Ok((meeting_id, row))
}

/// Upload a file to a meeting (the body is the file, `Content-Type` its type): photos (JPEG,
/// PNG), PDF and Office documents up to `DANGJIAN_ATTACHMENT_MAX_MB` (10 MB); the content
/// must be what the type says.
#[utoipa::path(operation_id = "create_meeting_attachment", tag = "meetings", params(("id" = i64, Path, description = "Meeting id"), AttachmentName), request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file"), responses((status = 201, description = "Kept", body = Attachment)))]
#[post("/meetings/{id}/attachments")]
pub async fn create_meeting_attachment(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    QueryParams(query): QueryParams<AttachmentName>,
    upload: Upload,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let name = checked_file(&state.config.attachments, &query, &upload)?;
    let id = id.into_inner();
    let store = state.blobs.clone();
    let attachment = state
        .write(move |conn| {
            visible_meeting(conn, &caller, id)?;
            let stored = StoredUpload {
                owner: Owner::Meeting(id),
                name: &name,
                media_type: &upload.media_type,
                bytes: &upload.bytes,
                uploaded_by: caller.id,
            };
            let row = attachments::insert(conn, &store, stored)?;
            let event = Event::success("meeting.attachment", "meeting", id).with_detail(row.name.clone());
            audit::record(conn, &caller.actor(), event)?;
            Ok(to_attachment(id, row))
        })
        .await?;
    Ok(HttpResponse::Created().insert_header((header::LOCATION, attachment.href.clone())).json(attachment))
}

/// Download a meeting's file as it was uploaded.
#[utoipa::path(operation_id = "get_attachment", tag = "meetings", params(("id" = i64, Path, description = "Attachment id")), responses((status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>)))]
#[get("/attachments/{id}")]
pub async fn get_attachment(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    download(&state, id.into_inner(), move |conn, file| {
        let meeting_id = file.meeting_id.ok_or(ApiError::NotFound)?;
        visible_meeting(conn, &caller, meeting_id).map(drop)
    })
    .await
}

/// Remove a file from a meeting (uploaded in error).
#[utoipa::path(operation_id = "delete_attachment", tag = "meetings", params(("id" = i64, Path, description = "Attachment id")), responses((status = 204, description = "Removed")))]
#[delete("/attachments/{id}")]
pub async fn delete_attachment(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let id = id.into_inner();
    state
        .write(move |conn| {
            let (meeting_id, row) = visible_file(conn, &caller, id)?;
            attachments::delete(conn, id)?;
            let event = Event::success("meeting.attachment_delete", "meeting", meeting_id).with_detail(row.name);
            audit::record(conn, &caller.actor(), event)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
