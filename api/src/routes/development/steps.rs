//! Recording a step of the pipeline: an application, a talk, contacts, review, training,
//! filing, a branch meeting with its vote from the roster, committee approval, extension.

use actix_web::{HttpResponse, post, web};
use chrono::NaiveDate;
use domain::access::members::require_membership_side;
use domain::access::policy::Action;
use domain::development::vote;
use domain::development::{DevelopmentPolicy, Purpose, StepKind};
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use super::{Development, ExcludedMember, record_of};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::NewDevelopmentStep;
use crate::db::now;
use crate::db::repo::development;
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::JsonBody;
use crate::routes::common::{recorded, visible_member};
use crate::state::AppState;

/// A step to record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStep {
    /// Any kind except `stage_change` (recorded by a stage change).
    pub kind: StepKind,
    /// The date of the step (China Standard Time); not after today.
    pub occurred_on: NaiveDate,
    /// Branch meetings: `admission` or `conversion`.
    pub purpose: Option<Purpose>,
    /// Decision record (决议/记录); required for branch meetings and committee approval.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub decision_record: Option<String>,
    /// Contacts: the two names, separated by 、 or commas.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub contacts: Option<String>,
    /// Training: days of centralized training (集中培训).
    #[validate(range(min = 0, max = 365))]
    #[schema(minimum = 0, maximum = 365)]
    pub training_days: Option<i32>,
    /// Training: class hours (学时).
    #[validate(range(min = 0, max = 2000))]
    #[schema(minimum = 0, maximum = 2000)]
    pub training_hours: Option<i32>,
    /// Branch meetings: members entitled to vote, if typed in as a check. The number is
    /// derived from the roster (the branch's full members on the meeting date, less
    /// `excluded`); a typed number that differs is refused with `/problems/entitled-mismatch`.
    #[validate(range(min = 1, max = 100000))]
    #[schema(minimum = 1, maximum = 100000)]
    pub entitled: Option<i32>,
    /// Branch meetings: full members not entitled to vote, by name, with the reason.
    #[validate(length(max = 200))]
    #[schema(max_items = 200)]
    pub excluded: Option<Vec<ExcludedMember>>,
    /// Branch meetings: entitled members present.
    #[validate(range(min = 0, max = 100000))]
    #[schema(minimum = 0, maximum = 100000)]
    pub present: Option<i32>,
    /// Branch meetings: votes in favour.
    #[validate(range(min = 0, max = 100000))]
    #[schema(minimum = 0, maximum = 100000)]
    pub in_favour: Option<i32>,
    /// Probation extension: months (at most 12 by default).
    #[validate(range(min = 1, max = 24))]
    #[schema(minimum = 1, maximum = 24)]
    pub months: Option<i32>,
}

fn require_fields(step: &NewStep, policy: &DevelopmentPolicy, extended_before: bool) -> ApiResult<()> {
    let mut errors = Vec::new();
    let mut need = |present: bool, field: &str| {
        if !present {
            errors.push(FieldError::new(field, "required", format!("a {} step records `{field}`", step.kind)));
        }
    };
    match step.kind {
        StepKind::StageChange => {
            return Err(ApiError::field("kind", "invalid_value", "stage changes go through /development/transitions"));
        }
        StepKind::Contacts => need(step.contacts.is_some(), "contacts"),
        StepKind::Training => need(step.training_days.is_some() || step.training_hours.is_some(), "training_hours"),
        StepKind::BranchMeeting => {
            need(step.purpose.is_some(), "purpose");
            need(step.present.is_some(), "present");
            need(step.in_favour.is_some(), "in_favour");
            need(step.decision_record.is_some(), "decision_record");
        }
        StepKind::CommitteeApproval => need(step.decision_record.is_some(), "decision_record"),
        StepKind::ProbationExtension => need(step.months.is_some(), "months"),
        _ => {}
    }
    if step.kind != StepKind::BranchMeeting {
        for (given, field) in [(step.entitled.is_some(), "entitled"), (step.excluded.is_some(), "excluded")] {
            if given {
                errors.push(FieldError::new(field, "invalid_value", "only a branch meeting votes"));
            }
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    if step.kind == StepKind::ProbationExtension {
        let months = u32::try_from(step.months.unwrap_or(0)).unwrap_or(0);
        if extended_before || months > policy.max_extension_months {
            return Err(ApiError::Rule {
                code: "extension-not-allowed",
                title: "Probation extension not allowed",
                detail: format!("probation is extended once, by at most {} months", policy.max_extension_months),
                errors: vec![FieldError::new("months", "rule", "extension not allowed")],
            });
        }
    }
    Ok(())
}

/// The number entitled to vote at a branch meeting, from the roster less the named
/// exclusions, and the counts checked against it.
fn counted_entitled(step: &NewStep, roster: &[(i64, String)], excluded: &[ExcludedMember]) -> ApiResult<i32> {
    let roster: Vec<i64> = roster.iter().map(|(id, _)| *id).collect();
    let excluded: Vec<i64> = excluded.iter().map(|e| e.member_id).collect();
    let typed = step.entitled.map(|n| u32::try_from(n).unwrap_or(0));
    let entitled = vote::entitled(&roster, &excluded, typed).map_err(|e| {
        let field = if matches!(e, vote::EntitledRefusal::Mismatch { .. }) { "entitled" } else { "excluded" };
        ApiError::Rule {
            code: e.code(),
            title: "Number entitled to vote",
            detail: e.to_string(),
            errors: vec![FieldError::new(field, "rule", e.to_string())],
        }
    })?;
    let entitled = i32::try_from(entitled).unwrap_or(i32::MAX);
    if let (Some(present), Some(in_favour)) = (step.present, step.in_favour)
        && (present > entitled || in_favour > present)
    {
        return Err(ApiError::field(
            "present",
            "range",
            format!("in favour ≤ present ≤ entitled ({entitled}: the branch's full members on the meeting date)"),
        ));
    }
    Ok(entitled)
}

/// Record a step of the pipeline (membership side): application, talk, contacts, political
/// review, training, filing, a branch meeting with its vote, committee approval, probation
/// extension.
#[utoipa::path(operation_id = "create_development_step", tag = "development", request_body = NewStep, params(("id" = i64, Path, description = "Member id")), responses((status = 201, description = "Recorded; the development record", body = Development)))]
#[post("/members/{id}/development/steps")]
pub async fn create_development_step(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(step): JsonBody<NewStep>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let step = step.accept()?;
    recorded("occurred_on", step.occurred_on)?;
    let policy = state.config.rules.development;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let id = id.into_inner();
    let answer = state
        .write(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, id)?;
            require_membership_side(side)?;
            let extended_before =
                development::steps_of(conn, id)?.iter().any(|r| r.kind == StepKind::ProbationExtension.code());
            require_fields(&step, &policy, extended_before)?;
            let excluded = step.excluded.clone().unwrap_or_default();
            let (roster, entitled) = match step.kind {
                StepKind::BranchMeeting => {
                    let roster = development::voting_roster(conn, member.membership_org_id, step.occurred_on)?;
                    let entitled = counted_entitled(&step, &roster, &excluded)?;
                    (Some(i32::try_from(roster.len()).unwrap_or(i32::MAX)), Some(entitled))
                }
                _ => (None, None),
            };
            let step_id = development::insert_step(
                conn,
                NewDevelopmentStep {
                    member_id: id,
                    kind: step.kind.code().to_owned(),
                    occurred_on: step.occurred_on,
                    purpose: step.purpose.map(|p| p.code().to_owned()),
                    decision_record: step.decision_record,
                    contacts: step.contacts,
                    training_days: step.training_days,
                    training_hours: step.training_hours,
                    entitled,
                    roster,
                    present: step.present,
                    in_favour: step.in_favour,
                    months: step.months,
                    recorded_by: Some(caller.id),
                    recorded_by_name: Some(caller.display_name.clone()),
                    created_at: now(),
                },
            )?;
            let reasons: Vec<(i64, &str)> = excluded.iter().map(|e| (e.member_id, e.reason.code())).collect();
            development::insert_exclusions(conn, step_id, &reasons)?;
            for (member_id, reason) in reasons {
                audit::record(
                    conn,
                    &caller.actor(),
                    Event::success("development.vote_exclusion", "member", member_id)
                        .with_detail(format!("step={step_id}, reason={reason}")),
                )?;
            }
            audit::record(
                conn,
                &caller.actor(),
                Event::success("development.step", "member", id).with_detail(step.kind.code()),
            )?;
            record_of(conn, &keys, &member, &policy)
        })
        .await?;
    Ok(HttpResponse::Created().insert_header(("Location", format!("/api/v1/members/{id}/development"))).json(answer))
}
