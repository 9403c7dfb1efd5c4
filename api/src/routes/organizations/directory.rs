//! The organization directory (组织名录): names of every organization of the city.

use actix_web::{HttpResponse, get, web};
use domain::access::policy::Action;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::auth::Caller;
use crate::db::repo::names::NameBook;
use crate::db::repo::organizations::{self, OrgFilter, order};
use crate::error::ApiResult;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{contains_pattern, list_of};
use crate::state::AppState;

/// An organization as anyone may see it: its name and the name of the organization above.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OrganizationName {
    /// The organization's id (e.g. for a transfer's `to_org_id`).
    pub id: i64,
    /// The organization's name.
    pub name: String,
    /// The organization above, to tell apart branches of the same name.
    pub parent_name: Option<String>,
}

list_of!(OrganizationNameList, OrganizationName, "A page of organization names.");

/// Search of the organization directory.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OrgNameQuery {
    /// Part of the name.
    #[validate(length(max = 100))]
    #[param(max_length = 100)]
    pub q: Option<String>,
}

/// Names of the organizations of the whole city, in and out of the caller's scope (组织名录).
///
/// A transfer goes to an organization the issuing side does not manage, so its staff must
/// find that organization by name; a name is not confidential, nothing else of it is shown.
#[utoipa::path(operation_id = "list_organization_names", tag = "organizations", params(OrgNameQuery, Paging, ChangesSince), responses((status = 200, description = "A page of organization names, by name", body = OrganizationNameList)))]
#[get("/organization-names")]
pub async fn list_organization_names(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<OrgNameQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let order = page.order(false, &order::NAME, &order::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let filter = OrgFilter {
                name_like: query.q.as_deref().filter(|q| !q.trim().is_empty()).map(contains_pattern),
                ..OrgFilter::default()
            };
            let (rows, total) = organizations::list(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| organizations::position(order, row));
            let names = NameBook::wanted().orgs(rows.iter().filter_map(|row| row.parent_id)).read(conn)?;
            let items = rows
                .into_iter()
                .map(|row| OrganizationName {
                    id: row.id,
                    parent_name: row.parent_id.map(|p| names.org(p)),
                    name: row.name,
                })
                .collect();
            Ok(OrganizationNameList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
