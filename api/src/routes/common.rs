//! Pieces shared by the resources: list envelopes, timestamps, ETags, code parsing.

use actix_web::HttpResponse;
use actix_web::http::header;
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::models::AttachmentRow;
use crate::db::repo::attachments;
use crate::db::repo::users::escape_like;
use crate::error::{ApiError, ApiResult};
use crate::extract::etag;
use crate::state::{AppState, Caches};

/// Declares the list envelope of a resource: `{items, total, limit, offset, next_cursor}`.
macro_rules! list_of {
    ($list:ident, $item:ty, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        pub struct $list {
            /// The page of items.
            pub items: Vec<$item>,
            /// Number of items matching the filters, across all pages (on the pages a cursor
            /// leads to: as counted for the first page).
            pub total: i64,
            /// Page size used.
            pub limit: i64,
            /// Items skipped before this page (0 when the page starts at a cursor).
            pub offset: i64,
            /// Pass as `cursor` for the next page; null on the last page.
            pub next_cursor: Option<String>,
        }

        impl $list {
            pub fn new(
                items: Vec<$item>,
                total: i64,
                page: &$crate::paging::Page,
                next_cursor: Option<String>,
            ) -> Self {
                $list { items, total, limit: page.limit, offset: page.offset, next_cursor }
            }
        }
    };
}
pub(crate) use list_of;

/// Today in China Standard Time: business dates (and the working-day rules) count these.
pub fn today() -> chrono::NaiveDate {
    (Utc::now() + chrono::Duration::hours(8)).date_naive()
}

/// Refuses a recorded fact dated after today, naming its field (see `domain::facts`).
pub fn recorded(field: &str, date: chrono::NaiveDate) -> crate::error::ApiResult<()> {
    domain::facts::check_recorded(date, today())
        .map_err(|refusal| crate::error::ApiError::field(field, refusal.code(), refusal.to_string()))
}

/// Stored timestamps are UTC.
pub fn utc(at: NaiveDateTime) -> DateTime<Utc> {
    at.and_utc()
}

/// A stored code back into its code list.
pub fn stored<T: std::str::FromStr>(code: &str) -> ApiResult<T> {
    code.parse().map_err(|_| ApiError::Internal(format!("unexpected stored code `{code}`")))
}

/// `%text%` for a LIKE filter, with the user's wildcards escaped.
pub fn contains_pattern(text: &str) -> String {
    format!("%{}%", escape_like(text.trim()))
}

/// 200 with the resource and its ETag.
pub fn with_etag<T: Serialize>(version: i32, body: &T) -> HttpResponse {
    HttpResponse::Ok().insert_header((header::ETAG, etag(version))).json(body)
}

/// 201 with the new resource, its location and ETag.
pub fn created<T: Serialize>(location: String, version: i32, body: &T) -> HttpResponse {
    HttpResponse::Created()
        .insert_header((header::LOCATION, location))
        .insert_header((header::ETAG, etag(version)))
        .json(body)
}

/// Lets a PATCH tell "set to null" (`Some(None)`) from "leave as is" (`None`).
pub fn nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> ApiError {
    ApiError::Internal(format!("xlsx: {e}"))
}

/// A spreadsheet to download.
pub fn xlsx_response(bytes: Vec<u8>, file_name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(XLSX)
        .insert_header(("Content-Disposition", format!("attachment; filename=\"{file_name}\"")))
        .insert_header(("Cache-Control", "no-store"))
        .body(bytes)
}

/// Turns an empty optional string into none.
/// The name of an uploaded file.
#[derive(Debug, Deserialize, validator::Validate, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AttachmentName {
    /// The file name as the uploader's computer had it (the last path segment is kept).
    #[validate(length(min = 1, max = 255))]
    #[param(min_length = 1, max_length = 255)]
    pub name: String,
}

/// An upload the attachment policy accepts (type, content, size): answers the name to keep.
pub fn checked_file(
    policy: &crate::config::AttachmentPolicy,
    query: &AttachmentName,
    upload: &crate::extract::Upload,
) -> ApiResult<String> {
    use domain::attachment::{check_file, clean_name};
    check_file(&upload.media_type, &upload.bytes, &policy.media_types, policy.max_bytes)?;
    Ok(clean_name(&query.name, "attachment"))
}

/// Download a kept file once `owned` has found it belongs to an owner the caller may read: a file
/// of any other owner is not found, so its id tells nothing.
pub async fn download(
    state: &AppState,
    id: i64,
    owned: impl FnOnce(&mut DbConnection, &AttachmentRow) -> ApiResult<()> + Send + 'static,
) -> ApiResult<HttpResponse> {
    let store = state.blobs.clone();
    let (file, bytes) = state
        .read(move |conn| {
            let file = attachments::find(conn, id)?.ok_or(ApiError::NotFound)?;
            owned(conn, &file)?;
            let bytes = attachments::content(conn, &store, &file)?;
            Ok((file, bytes))
        })
        .await?;
    Ok(file_response(file.name, file.media_type, bytes))
}

/// A kept file, downloaded under its name and never sniffed or cached by the browser.
fn file_response(name: String, media_type: String, bytes: Vec<u8>) -> HttpResponse {
    use header::{Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue};
    let disposition = ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![DispositionParam::FilenameExt(ExtendedValue {
            charset: Charset::Ext("UTF-8".to_owned()),
            language_tag: None,
            value: name.into_bytes(),
        })],
    };
    HttpResponse::Ok()
        .content_type(media_type)
        .insert_header(disposition)
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(bytes)
}

pub fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

use std::sync::Arc;

use domain::access::policy::Scope;
use domain::tree::subtree_range;

use crate::db::models::{AreaRow, MemberRow, OrganizationRow};
use crate::db::repo::{areas, members, organizations};
use domain::access::members::side;
use domain::member::Side;

/// A range that holds no path, for callers who see nothing of a tree.
fn nothing() -> (String, String) {
    (String::new(), String::new())
}

/// Path ranges of the organizations a scope holds (none = unlimited).
pub fn org_ranges(scope: &Scope) -> Vec<(String, String)> {
    match scope {
        Scope::Everything => Vec::new(),
        Scope::Subtree { org_path, .. } => vec![subtree_range(org_path)],
        Scope::Nothing => vec![nothing()],
    }
}

/// Path ranges of the areas a scope holds (none = unlimited).
pub fn area_ranges(scope: &Scope) -> Vec<(String, String)> {
    match scope {
        Scope::Everything => Vec::new(),
        Scope::Subtree { area_path: Some(area_path), .. } => vec![subtree_range(area_path)],
        Scope::Subtree { area_path: None, .. } | Scope::Nothing => vec![nothing()],
    }
}

/// The areas a list reads: the caller's, narrowed to `area_id` and below if given.
pub fn list_ranges(conn: &mut DbConnection, scope: &Scope, area_id: Option<i64>) -> ApiResult<Vec<(String, String)>> {
    let mut ranges = area_ranges(scope);
    if let Some(id) = area_id {
        let area = visible_area(conn, scope, id).map_err(|_| missing_reference("area_id"))?;
        ranges.push(subtree_range(&area.path));
    }
    Ok(ranges)
}

/// An organization the scope holds; anything else is "not found", exactly like a missing id.
pub fn visible_org(conn: &mut DbConnection, scope: &Scope, id: i64) -> ApiResult<OrganizationRow> {
    organizations::find(conn, id)?.filter(|org| scope.holds_org(&org.path)).ok_or(ApiError::NotFound)
}

/// [`visible_org`] for a list's filter, kept between writes (see [`Caches`]).
pub fn kept_visible_org(
    conn: &mut DbConnection,
    caches: &Caches,
    scope: &Scope,
    id: i64,
) -> ApiResult<Arc<OrganizationRow>> {
    let org = caches.organizations.get_or_load(id, || organizations::find(conn, id))?;
    org.filter(|org| scope.holds_org(&org.path)).ok_or(ApiError::NotFound)
}

/// An area named by a list's filter, kept between writes (see [`Caches`]).
pub fn kept_area(conn: &mut DbConnection, caches: &Caches, id: i64) -> ApiResult<Option<Arc<AreaRow>>> {
    Ok(caches.areas.get_or_load(id, || areas::find(conn, id))?)
}

/// Which management link the caller holds for a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ManagementSide {
    /// The membership organization: manages everything.
    Membership,
    /// Only the residence organization: reads masked data, records report-in, service,
    /// commitments, posts and notes.
    Residence,
}

impl From<Side> for ManagementSide {
    fn from(side: Side) -> Self {
        match side {
            Side::Membership => ManagementSide::Membership,
            Side::Residence => ManagementSide::Residence,
        }
    }
}

/// A member the caller sees, with the link it sees it through; otherwise "not found".
pub fn visible_member(conn: &mut DbConnection, scope: &Scope, id: i64) -> ApiResult<(MemberRow, Side)> {
    let row = members::find(conn, id)?.ok_or(ApiError::NotFound)?;
    let side = side_in(scope, &row)?;
    Ok((row, side))
}

/// Which side a scope manages a member as; out of scope is "not found".
pub fn side_in(scope: &Scope, row: &MemberRow) -> ApiResult<Side> {
    side(scope, &row.membership_org_path, &row.residence_org_path).ok_or(ApiError::NotFound)
}

/// An area the scope holds; anything else is "not found".
pub fn visible_area(conn: &mut DbConnection, scope: &Scope, id: i64) -> ApiResult<AreaRow> {
    areas::find(conn, id)?.filter(|area| scope.holds_area(&area.path)).ok_or(ApiError::NotFound)
}

/// A referenced id in a request body that names nothing visible: a field error.
pub fn missing_reference(field: &str) -> ApiError {
    ApiError::field(field, "not_found", "no such record in your scope")
}

/// Refuses to delete or move a record that others still refer to.
fn refuse_dependents(what: &str, dependents: &[&str]) -> ApiResult<()> {
    if dependents.is_empty() {
        Ok(())
    } else {
        Err(ApiError::HasDependents(format!("the {what} still has {}", dependents.join(", "))))
    }
}

/// A structure record (area, organization, unit) to delete as the caller read it.
pub struct Deletion<'a> {
    /// The object type, also the audit action's prefix.
    pub kind: &'static str,
    pub id: i64,
    pub version: i32,
    /// Kept in the audit log, since the record is gone.
    pub name: String,
    /// What still refers to it; anything here refuses the deletion.
    pub dependents: Vec<&'a str>,
}

/// Deletes a record at the version the caller read, unless something still refers to it.
pub fn delete_checked(
    conn: &mut DbConnection,
    caller: &crate::auth::Caller,
    if_match: &crate::extract::IfMatch,
    deletion: Deletion<'_>,
    delete: impl FnOnce(&mut DbConnection, i64, i32) -> crate::db::repo::StoreResult<bool>,
) -> ApiResult<()> {
    if_match.check(deletion.version)?;
    refuse_dependents(deletion.kind, &deletion.dependents)?;
    if !delete(conn, deletion.id, deletion.version)? {
        return Err(ApiError::PreconditionFailed);
    }
    let action = format!("{}.delete", deletion.kind);
    let event = crate::audit::Event::success(&action, deletion.kind, deletion.id).with_detail(deletion.name);
    crate::audit::record(conn, &caller.actor(), event)
}
