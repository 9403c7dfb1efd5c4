//! The co-building of a community for its residents (公开): open needs, projects with their
//! owner units and the community's rating, and the resources units offer nearby. No login and
//! no personal data: titles, states, unit names and dates only.

use actix_web::{HttpResponse, get, web};
use chrono::NaiveDate;
use domain::area::AreaKind;
use domain::cobuilding::lists::{ProjectState, ResourceKind};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::keyset::Window;
use crate::db::repo::areas;
use crate::db::repo::cobuilding::{self, ProjectFilter};
use crate::db::repo::names::NameBook;
use crate::error::{ApiError, ApiResult};
use crate::routes::common::stored;
use crate::state::AppState;

/// Most items of each list a summary shows.
const SHOWN: i64 = 20;

/// A project as residents see it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicProject {
    /// The project's title.
    pub title: String,
    /// Where it stands.
    pub state: ProjectState,
    /// The unit carrying it out.
    pub owner_unit_name: String,
    /// The day it is due.
    pub due_on: NaiveDate,
    /// The day it was completed.
    pub completed_on: Option<NaiveDate>,
    /// The community's rating (1–5) of a completed project.
    pub rating: Option<i32>,
}

/// A resource as residents see it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicResource {
    /// What is offered.
    pub title: String,
    /// Venue, volunteers, funds or skills.
    pub kind: ResourceKind,
    /// The unit offering it.
    pub unit_name: String,
}

/// A community's co-building as residents see it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicSummary {
    /// The community's name.
    pub community_name: String,
    /// The titles of its open needs (newest 20).
    pub open_needs: Vec<String>,
    /// How many needs are open.
    pub open_needs_total: i64,
    /// Its projects (newest 20).
    pub projects: Vec<PublicProject>,
    /// How many projects it has.
    pub projects_total: i64,
    /// Resources units offer in its street (newest 20).
    pub resources: Vec<PublicResource>,
    /// How many resources units offer in its street.
    pub resources_total: i64,
}

/// A community's co-building for its residents: open needs, projects and the resources units
/// offer; no login, no personal data.
#[utoipa::path(operation_id = "get_public_summary", tag = "co-building", security(()), params(("id" = i64, Path, description = "The community's area id")), responses((status = 200, description = "The summary", body = PublicSummary)))]
#[get("/public/communities/{id}/co-building")]
pub async fn get_public_summary(state: web::Data<AppState>, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let summary = state
        .read(move |conn| {
            let area =
                areas::find(conn, id)?.filter(|a| a.kind == AreaKind::Community.code()).ok_or(ApiError::NotFound)?;
            let ranges = [subtree_range(&area.path)];
            let window = Window::first(SHOWN);
            let (needs, open_needs_total) =
                cobuilding::list_needs(conn, &ranges, Some(true), &cobuilding::NEEDS_BY_ID, &window)?;
            let (projects, projects_total) = cobuilding::list_projects(
                conn,
                &ranges,
                &ProjectFilter::default(),
                &cobuilding::PROJECTS_BY_ID,
                &window,
            )?;
            let street = area.parent_id.map(|p| areas::find(conn, p)).transpose()?.flatten();
            let nearby = [subtree_range(street.as_ref().map_or(&area.path, |s| &s.path))];
            let (resources, resources_total) =
                cobuilding::list_resources(conn, &nearby, None, &cobuilding::RESOURCES_BY_ID, &window)?;
            let units = projects.iter().map(|p| p.owner_unit_id).chain(resources.iter().map(|r| r.unit_id));
            let names = NameBook::wanted().units(units.collect::<Vec<_>>()).read(conn)?;
            Ok(PublicSummary {
                community_name: area.name,
                open_needs: needs.into_iter().map(|n| n.title).collect(),
                open_needs_total,
                projects_total,
                resources_total,
                projects: projects
                    .into_iter()
                    .map(|p| {
                        Ok(PublicProject {
                            owner_unit_name: names.unit(p.owner_unit_id),
                            state: stored(&p.state)?,
                            title: p.title,
                            due_on: p.due_on,
                            completed_on: p.completed_on,
                            rating: p.rating,
                        })
                    })
                    .collect::<ApiResult<_>>()?,
                resources: resources
                    .into_iter()
                    .map(|r| {
                        Ok(PublicResource { unit_name: names.unit(r.unit_id), kind: stored(&r.kind)?, title: r.title })
                    })
                    .collect::<ApiResult<_>>()?,
            })
        })
        .await?;
    // Residents may share the page widely; a minute of caching spares the server and keeps it current.
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "public, max-age=60")).json(summary))
}
