//! The tombstones of the change feed: objects a copy kept elsewhere must drop because they
//! were deleted or left the caller's part of the tree.

use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use domain::access::policy::{Action, Scope};
use domain::changes::{Departure, Resource};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::{list_of, stored, utc, visible_member};
use crate::auth::Caller;
use crate::db::repo::tombstones::{self, TombstoneFilter};
use crate::error::ApiResult;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_tombstones);
}

/// An object that was deleted or left the caller's view.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Tombstone {
    /// The kind of object: `member`, `organization`, `unit` or `area`.
    pub resource: Resource,
    /// The object's id.
    pub id: i64,
    /// `deleted` (gone for everyone) or `moved` (moved out of the caller's part of the tree).
    pub reason: Departure,
    /// When it was deleted or moved.
    pub removed_at: DateTime<Utc>,
}

list_of!(TombstoneList, Tombstone, "A page of tombstones, oldest first.");

/// Which tombstones to list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TombstoneQuery {
    /// Only tombstones of this kind of object (required).
    pub resource: Resource,
}

/// Tombstones of one kind of object in the caller's part of the tree, oldest first: after
/// reading a list with `updated_since=T`, read this with the same `T` and drop the objects
/// named here. A member that moved within the caller's view is not listed.
#[utoipa::path(operation_id = "list_tombstones", tag = "tombstones", params(TombstoneQuery, Paging, ChangesSince), responses((status = 200, description = "A page of tombstones", body = TombstoneList)))]
#[get("/tombstones")]
pub async fn list_tombstones(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<TombstoneQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(if query.resource == Resource::Member { Action::ReadMembers } else { Action::ReadStructure })?;
    let order = &tombstones::WRITTEN;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let filter = match &caller.scope {
                Scope::Everything => TombstoneFilter { everything: true, ..TombstoneFilter::default() },
                Scope::Subtree { org_path, area_path } => TombstoneFilter {
                    org_range: Some(subtree_range(org_path)),
                    area_range: area_path.as_deref().map(subtree_range),
                    ..TombstoneFilter::default()
                },
                Scope::Nothing => TombstoneFilter::default(),
            };
            let filter = TombstoneFilter { resource: Some(query.resource), ..filter };
            let (rows, total) = tombstones::list(conn, &filter, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.removed_at));
            let mut items = Vec::with_capacity(rows.len());
            for row in rows {
                let moved = row.reason == Departure::Moved.code();
                if moved
                    && row.resource == Resource::Member.code()
                    && visible_member(conn, &caller.scope, row.object_id).is_ok()
                {
                    continue;
                }
                items.push(Tombstone {
                    resource: stored(&row.resource)?,
                    id: row.object_id,
                    reason: stored(&row.reason)?,
                    removed_at: utc(row.removed_at),
                });
            }
            Ok(TombstoneList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
