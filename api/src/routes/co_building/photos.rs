//! Photos of a project's progress (进展照片): uploaded as the raw body with an update, shown with
//! it and downloaded with the caller's token.

use actix_web::http::header;
use actix_web::{HttpResponse, get, post, web};
use domain::access::policy::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::projects::visible_project;
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::AttachmentRow;
use crate::db::repo::attachments::{self, Owner, Upload as StoredUpload};
use crate::db::repo::cobuilding;
use crate::error::{ApiError, ApiResult};
use crate::extract::{QueryParams, Upload};
use crate::routes::common::{AttachmentName, checked_file, download};
use crate::state::AppState;

/// A photo kept with a progress update.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ProgressPhoto {
    /// The photo's id.
    pub id: i64,
    /// File name, as uploaded.
    pub name: String,
    /// Media type, e.g. `image/jpeg`.
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// Where to download it (`GET`, with the caller's token).
    pub href: String,
}

pub fn to_photo(project_id: i64, row: AttachmentRow) -> ProgressPhoto {
    ProgressPhoto {
        href: format!("/api/v1/co-building/projects/{project_id}/photos/{}", row.id),
        id: row.id,
        name: row.name,
        media_type: row.media_type,
        size_bytes: row.size_bytes,
    }
}

/// Add a photo to a progress update of a project (the body is the image, `Content-Type` its
/// type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`).
#[utoipa::path(operation_id = "create_progress_photo", tag = "co-building", params(("id" = i64, Path, description = "Project id"), ("progress_id" = i64, Path, description = "Progress update id"), AttachmentName), request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The image"), responses((status = 201, description = "Kept", body = ProgressPhoto)))]
#[post("/co-building/projects/{id}/progress/{progress_id}/photos")]
pub async fn create_progress_photo(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(i64, i64)>,
    QueryParams(query): QueryParams<AttachmentName>,
    upload: Upload,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    if !upload.media_type.starts_with("image/") {
        return Err(ApiError::UnsupportedMediaType("a progress photo is an image (JPEG or PNG)".to_owned()));
    }
    let (id, progress_id) = path.into_inner();
    let store = state.blobs.clone();
    let policy = state.config.attachments.clone();
    let photo = state
        .write(move |conn| {
            visible_project(conn, &caller, id)?;
            cobuilding::find_progress(conn, progress_id)?.filter(|p| p.project_id == id).ok_or(ApiError::NotFound)?;
            let name = checked_file(&policy, &query, &upload)?;
            let stored = StoredUpload {
                owner: Owner::Progress(progress_id),
                name: &name,
                media_type: &upload.media_type,
                bytes: &upload.bytes,
                uploaded_by: caller.id,
            };
            let file = attachments::insert(conn, &store, stored)?;
            let event = Event::success("project.photo", "project", id).with_detail(file.name.clone());
            audit::record(conn, &caller.actor(), event)?;
            Ok(to_photo(id, file))
        })
        .await?;
    Ok(HttpResponse::Created().insert_header((header::LOCATION, photo.href.clone())).json(photo))
}

/// Download a photo of a project's progress as it was uploaded.
#[utoipa::path(operation_id = "get_progress_photo", tag = "co-building", params(("id" = i64, Path, description = "Project id"), ("photo_id" = i64, Path, description = "Photo id")), responses((status = 200, description = "The image", content_type = "application/octet-stream", body = Vec<u8>)))]
#[get("/co-building/projects/{id}/photos/{photo_id}")]
pub async fn get_progress_photo(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let (id, photo_id) = path.into_inner();
    download(&state, photo_id, move |conn, file| {
        visible_project(conn, &caller, id)?;
        let progress = file.progress_id.map(|p| cobuilding::find_progress(conn, p)).transpose()?.flatten();
        match progress {
            Some(progress) if progress.project_id == id => Ok(()),
            _ => Err(ApiError::NotFound),
        }
    })
    .await
}
