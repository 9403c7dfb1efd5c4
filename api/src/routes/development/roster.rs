//! The voting roster of a branch: who is entitled to vote at its general meeting on a date.

use actix_web::{HttpResponse, get, web};
use chrono::NaiveDate;
use domain::access::policy::Action;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::auth::Caller;
use crate::db::repo::development;
use crate::error::ApiResult;
use crate::extract::QueryParams;
use crate::routes::common::visible_org;
use crate::state::AppState;

/// A branch's full members on a date: those entitled to vote at its general meeting, before
/// any named exclusion.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct VotingRoster {
    /// The branch.
    pub org_id: i64,
    /// The meeting date the roster is for.
    pub on: NaiveDate,
    /// The branch's full members (正式党员) on that date.
    pub full_members: Vec<RosterMember>,
}

/// A member on a voting roster.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RosterMember {
    /// The full member.
    pub member_id: i64,
    /// Name of the member, for display.
    pub name: String,
}

/// The date of a voting roster.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RosterQuery {
    /// The meeting date.
    pub on: NaiveDate,
}

/// Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
/// branch's full members then; a meeting's record names any it excludes.
#[utoipa::path(operation_id = "get_voting_roster", tag = "development", params(("id" = i64, Path, description = "Branch id"), RosterQuery), responses((status = 200, description = "The roster", body = VotingRoster)))]
#[get("/organizations/{id}/voting-roster")]
pub async fn get_voting_roster(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    QueryParams(query): QueryParams<RosterQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let roster = state
        .read(move |conn| {
            let org = visible_org(conn, &caller.scope, id)?;
            let full_members = development::voting_roster(conn, org.id, query.on)?
                .into_iter()
                .map(|(member_id, name)| RosterMember { member_id, name })
                .collect();
            Ok(VotingRoster { org_id: org.id, on: query.on, full_members })
        })
        .await?;
    Ok(HttpResponse::Ok().json(roster))
}
