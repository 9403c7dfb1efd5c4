//! The stage change (转为积极分子、发展对象、预备党员、正式党员), refused while a rule of the
//! pipeline is not met.

use actix_web::{HttpResponse, post, web};
use chrono::NaiveDate;
use domain::access::members::require_membership_side;
use domain::access::policy::Action;
use domain::development::{Refusal, StepKind, refusals};
use domain::member::{EventKind, Stage};
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use super::{Development, facts, record_of};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewDevelopmentStep, NewMemberEvent};
use crate::db::now;
use crate::db::repo::{development, members};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::JsonBody;
use crate::routes::common::{recorded, stored, visible_member};
use crate::state::AppState;

/// A stage change.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StageChange {
    /// The stage to move to: the one right after the current stage.
    pub to_stage: Stage,
    /// The date of the change (China Standard Time); not after today.
    pub occurred_on: NaiveDate,
    /// The decision record (决议) behind the change.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub decision_record: String,
}

fn refusal_problem(refused: Vec<Refusal>) -> ApiError {
    let code = refused.first().map_or("stage-order", |r| r.code);
    let detail = refused.iter().map(|r| r.detail.clone()).collect::<Vec<_>>().join("; ");
    let errors = refused
        .into_iter()
        .map(|r| {
            let error = FieldError::new("to_stage", r.code, r.detail);
            match r.met_on {
                Some(met_on) => error.with_param("met_on", met_on),
                None => error,
            }
        })
        .collect();
    ApiError::Rule { code, title: "Development rule not met", detail, errors }
}

/// Move a person to the next stage (membership side). Refused with the first unmet rule as
/// the problem type and every unmet rule in `errors[]`.
#[utoipa::path(operation_id = "create_stage_change", tag = "development", request_body = StageChange, params(("id" = i64, Path, description = "Member id")), responses((status = 201, description = "Changed; the development record", body = Development)))]
#[post("/members/{id}/development/transitions")]
pub async fn create_stage_change(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(change): JsonBody<StageChange>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let change = change.accept()?;
    recorded("occurred_on", change.occurred_on)?;
    let policy = state.config.rules.development;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let id = id.into_inner();
    let answer = state
        .write(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, id)?;
            require_membership_side(side)?;
            let rows = development::steps_of(conn, id)?;
            let from: Stage = stored(&member.stage)?;
            let facts = facts(conn, &keys, &member, &rows, change.occurred_on)?;
            let refused = refusals(from, change.to_stage, &facts, &policy, change.occurred_on);
            if !refused.is_empty() {
                return Err(refusal_problem(refused));
            }
            let join_date = match change.to_stage {
                Stage::Probationary => facts.admission_meeting.map(|m| m.held_on),
                _ => member.join_date,
            };
            let conversion_date =
                (change.to_stage == Stage::Full).then_some(change.occurred_on).or(member.conversion_date);
            if !members::change_stage(conn, &member, change.to_stage, join_date, conversion_date)? {
                return Err(ApiError::PreconditionFailed);
            }
            let at = now();
            development::insert_step(
                conn,
                NewDevelopmentStep {
                    decision_record: Some(change.to_stage.code().to_owned()),
                    recorded_by: Some(caller.id),
                    recorded_by_name: Some(caller.display_name.clone()),
                    ..NewDevelopmentStep::bare(id, StepKind::StageChange.code(), change.occurred_on)
                },
            )?;
            members::insert_event(
                conn,
                &NewMemberEvent {
                    member_id: id,
                    kind: EventKind::StageChange.code().to_owned(),
                    occurred_on: change.occurred_on,
                    org_id: Some(member.membership_org_id),
                    counterpart_org_id: None,
                    service_hours: None,
                    certificate_no: None,
                    content: Some(format!(
                        "{} → {}：{}",
                        from.chinese_name(),
                        change.to_stage.chinese_name(),
                        change.decision_record
                    )),
                    recorded_by: Some(caller.id),
                    recorded_by_name: Some(caller.display_name.clone()),
                    created_at: at,
                },
            )?;
            let detail = format!("{from} -> {}", change.to_stage);
            audit::record(
                conn,
                &caller.actor(),
                Event::success("development.stage_change", "member", id).with_detail(detail),
            )?;
            let member = members::find(conn, id)?.ok_or(ApiError::NotFound)?;
            record_of(conn, &keys, &member, &policy)
        })
        .await?;
    Ok(HttpResponse::Created().insert_header(("Location", format!("/api/v1/members/{id}/development"))).json(answer))
}
