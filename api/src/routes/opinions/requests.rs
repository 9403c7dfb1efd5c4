//! Opinion requests from outside (干部考察征求意见): a department asks a community for its
//! opinion on a cadre; the community answers within the configured working days.

use actix_web::{HttpResponse, post, web};
use chrono::NaiveDate;
use domain::access::policy::Action;
use domain::cobuilding::opinions::{
    OpinionPurpose, OpinionState, OpinionSubject, Verdict, check_answer, check_purpose, due_on,
};
use domain::member::id_card;
use domain::tree::is_within;
use domain::webhooks::EventType;
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use super::{Opinion, community, recorded_change, visible_opinion};
use crate::auth::Caller;
use crate::db::models::NewOpinion;
use crate::db::now;
use crate::db::repo::opinions::{self, Answer};
use crate::db::repo::{calendar, members};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::routes::common::{created, non_empty, recorded, stored, today};
use crate::state::AppState;

/// A request for a community's opinion on a cadre.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpinionRequestInput {
    /// The community asked: the cadre's residence or location community (ask each in its own request).
    pub area_id: i64,
    /// The cadre's name.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub subject_name: String,
    /// The cadre's ID number, so that the community finds its resident; used to look up and never stored.
    #[validate(length(equal = 18))]
    #[schema(min_length = 18, max_length = 18)]
    pub id_number: Option<String>,
    /// What the opinion is for (cadre evaluation, annual assessment, award or promotion).
    pub purpose: OpinionPurpose,
    /// The year it is about.
    #[validate(range(min = 2000, max = 2100))]
    #[schema(minimum = 2000, maximum = 2100)]
    pub year: i32,
    /// What the asker wants to know.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub question: String,
    /// The department asking (default: the account's name).
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub department: Option<String>,
}

/// Ask a community for its opinion on a cadre; it is due within the configured working days.
#[utoipa::path(operation_id = "create_opinion_request", tag = "opinions", request_body = OpinionRequestInput, responses((status = 201, description = "Asked; the request, with its last day to answer", body = Opinion)))]
#[post("/opinion-requests")]
pub async fn create_opinion_request(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<OpinionRequestInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::RequestOpinions)?;
    let new = new.accept()?;
    check_purpose(OpinionSubject::Cadre, new.purpose)?;
    let id_number = new.id_number.as_deref().map(|n| n.trim().to_ascii_uppercase());
    if let Some(number) = &id_number {
        id_card::validate(number).map_err(|e| ApiError::field("id_number", "format", e.to_string()))?;
    }
    let policy = state.config.rules.opinions;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let opinion = state
        .write(move |conn| {
            let area = community(conn, &caller, new.area_id)?;
            // The community sees which of its residents is meant; the asker never does.
            let member_id = match &id_number {
                Some(number) => members::find_by_id_number(conn, &keys, number)?
                    .map(|(id, ..)| id)
                    .and_then(|id| members::find(conn, id).transpose())
                    .transpose()?
                    .filter(|m| is_within(&m.residence_area_path, &area.path))
                    .map(|m| m.id),
                None => None,
            };
            let asked_on = today();
            let due = due_on(asked_on, &policy, &calendar::load(conn, asked_on, asked_on)?);
            let department = non_empty(new.department.clone()).unwrap_or_else(|| caller.display_name.clone());
            let at = now();
            let row = opinions::insert(
                conn,
                &NewOpinion {
                    area_id: area.id,
                    area_path: &area.path,
                    subject_kind: OpinionSubject::Cadre.code(),
                    unit_id: None,
                    member_id,
                    subject_name: new.subject_name.trim(),
                    purpose: new.purpose.code(),
                    year: new.year,
                    state: OpinionState::Requested.code(),
                    asked_by: Some(caller.id),
                    asker_name: Some(&department),
                    asked_on: Some(asked_on),
                    due_on: Some(due),
                    question: Some(new.question.trim()),
                    verdict: None,
                    content: None,
                    given_on: None,
                    given_by: None,
                    given_by_name: None,
                    created_at: at,
                    updated_at: at,
                },
            )?;
            recorded_change(conn, &caller, row, "opinion.request", EventType::OpinionRequested)
        })
        .await?;
    Ok(created(format!("/api/v1/opinions/{}", opinion.id), 1, &opinion))
}

/// The community's answer to a request.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpinionAnswer {
    /// The community's verdict.
    pub verdict: Verdict,
    /// The opinion's text.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub content: String,
    /// The day it is given; not after today and not before the request (default today).
    pub given_on: Option<NaiveDate>,
}

/// Answer a request for the community's opinion (once); the asker hears of it.
#[utoipa::path(operation_id = "create_opinion_answer", tag = "opinions", params(("id" = i64, Path, description = "Opinion id")), request_body = OpinionAnswer, responses((status = 201, description = "Answered", body = Opinion)))]
#[post("/opinions/{id}/answer")]
pub async fn create_opinion_answer(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(new): JsonBody<OpinionAnswer>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::GiveOpinions)?;
    let new = new.accept()?;
    let given_on = new.given_on.unwrap_or_else(today);
    recorded("given_on", given_on)?;
    let id = id.into_inner();
    let opinion = state
        .write(move |conn| {
            let row = visible_opinion(conn, &caller, id)?;
            if !caller.scope.holds_area(&row.area_path) {
                return Err(ApiError::NotFound);
            }
            check_answer(stored(&row.state)?, row.given_on, row.asked_on.unwrap_or(given_on), given_on)?;
            let answer = Answer {
                verdict: new.verdict.code(),
                content: new.content.trim(),
                given_on,
                given_by: caller.id,
                given_by_name: &caller.display_name,
            };
            let version = if_match.expected_version().unwrap_or(row.version);
            if !opinions::answer(conn, row.id, version, &answer)? {
                return Err(ApiError::PreconditionFailed);
            }
            let row = opinions::find(conn, id)?.ok_or(ApiError::NotFound)?;
            recorded_change(conn, &caller, row, "opinion.answer", EventType::OpinionGiven)
        })
        .await?;
    Ok(created(format!("/api/v1/opinions/{id}"), 1, &opinion))
}
