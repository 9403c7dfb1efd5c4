//! The development pipeline of one person (发展党员): recorded steps, the stage change with
//! its preconditions, and what is still missing for the next stage.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use domain::access::policy::Action;
use domain::development::vote::{self, ExclusionReason, Vote};
use domain::development::{DevelopmentPolicy, Facts, Meeting, Purpose, Refusal, StepKind, refusals};
use domain::member::{EventKind, Stage};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::today;
use super::common::{stored, utc, visible_org};
use super::publicities::missing_sites;
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::data_key::DataKeys;
use crate::db::models::{DevelopmentStepRow, MemberRow, NewDevelopmentStep, NewMemberEvent};
use crate::db::repo::{development, members};
use crate::db::schema::{development_steps as steps, members as members_table};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{JsonBody, QueryParams};
use crate::routes::common::visible_member;
use crate::state::AppState;
use domain::access::members::require_membership_side;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(get_member_development)
        .service(create_development_step)
        .service(create_stage_change)
        .service(get_voting_roster);
}

/// The counts of a branch meeting's vote, with the quorum and majority computed.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct VoteResult {
    /// The branch's full members on the meeting date less `excluded` (derived from the roster;
    /// typed in by hand only in records older than that rule).
    pub entitled: i32,
    /// The branch's full members on the meeting date.
    pub roster: Option<i32>,
    /// Full members not counted as entitled, by name, with the reason.
    pub excluded: Vec<Exclusion>,
    pub present: i32,
    pub in_favour: i32,
    /// Present > half of entitled.
    pub quorum_met: bool,
    /// In favour > half of entitled.
    pub majority_met: bool,
}

/// A full member not counted among those entitled to vote.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Exclusion {
    pub member_id: i64,
    pub name: String,
    pub reason: ExclusionReason,
}

/// A full member a branch meeting does not count as entitled to vote, and why.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExcludedMember {
    pub member_id: i64,
    pub reason: ExclusionReason,
}

/// A recorded step.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DevelopmentStep {
    pub id: i64,
    pub kind: StepKind,
    pub occurred_on: NaiveDate,
    /// For branch meetings: what they decided.
    pub purpose: Option<Purpose>,
    /// Decision record (决议/记录), or for a stage change the stage reached.
    pub decision_record: Option<String>,
    /// Names of the two contacts (培养联系人).
    pub contacts: Option<String>,
    pub training_days: Option<i32>,
    pub training_hours: Option<i32>,
    pub vote: Option<VoteResult>,
    /// Months of a probation extension.
    pub months: Option<i32>,
    pub recorded_by_name: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A rule still standing between the person and the next stage.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Missing {
    /// The rule (`activist-period-not-met`, `publicity-incomplete`, `quorum-not-met`, ...).
    pub code: String,
    pub detail: String,
    /// When waiting is all it takes: the date it is met.
    pub met_on: Option<NaiveDate>,
}

/// A person's development: stage, steps, and what is missing for the next stage today.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Development {
    pub member_id: i64,
    pub name: String,
    pub stage: Stage,
    pub next_stage: Option<Stage>,
    pub missing: Vec<Missing>,
    pub steps: Vec<DevelopmentStep>,
}

fn vote_of(row: &DevelopmentStepRow) -> Option<Vote> {
    let count = |v: Option<i32>| v.and_then(|n| u32::try_from(n).ok());
    Some(Vote { entitled: count(row.entitled)?, present: count(row.present)?, in_favour: count(row.in_favour)? })
}

fn to_step(row: DevelopmentStepRow, excluded: Vec<Exclusion>) -> ApiResult<DevelopmentStep> {
    let vote = vote_of(&row).map(|v| {
        let result = vote::check(v);
        VoteResult {
            entitled: row.entitled.unwrap_or_default(),
            roster: row.roster,
            excluded,
            present: row.present.unwrap_or_default(),
            in_favour: row.in_favour.unwrap_or_default(),
            quorum_met: !matches!(result, Err(vote::VoteError::QuorumNotMet { .. } | vote::VoteError::Inconsistent)),
            majority_met: result.is_ok(),
        }
    });
    Ok(DevelopmentStep {
        id: row.id,
        kind: stored(&row.kind)?,
        occurred_on: row.occurred_on,
        purpose: row.purpose.as_deref().map(stored).transpose()?,
        decision_record: row.decision_record,
        contacts: row.contacts,
        training_days: row.training_days,
        training_hours: row.training_hours,
        vote,
        months: row.months,
        recorded_by_name: row.recorded_by_name,
        created_at: utc(row.created_at),
    })
}

fn load_steps(conn: &mut DbConnection, member_id: i64) -> ApiResult<Vec<DevelopmentStepRow>> {
    Ok(steps::table
        .filter(steps::member_id.eq(member_id))
        .order((steps::occurred_on, steps::id))
        .select(DevelopmentStepRow::as_select())
        .load(conn)?)
}

/// Names in a contacts field (separated by commas or 、).
fn contact_count(contacts: &str) -> u32 {
    let names = contacts.split([',', '，', '、', ';', '；']).filter(|n| !n.trim().is_empty()).count();
    u32::try_from(names).unwrap_or(u32::MAX)
}

/// The facts the rules look at, from the steps and the publicity of the next stage.
fn facts(
    conn: &mut DbConnection,
    keys: &DataKeys,
    member: &MemberRow,
    rows: &[DevelopmentStepRow],
    on: NaiveDate,
) -> ApiResult<Facts> {
    let latest = |kind: StepKind| rows.iter().rev().find(|r| r.kind == kind.code());
    let meeting = |purpose: Purpose| {
        rows.iter()
            .rev()
            .find(|r| r.kind == StepKind::BranchMeeting.code() && r.purpose.as_deref() == Some(purpose.code()))
            .and_then(|r| vote_of(r).map(|vote| Meeting { held_on: r.occurred_on, vote }))
    };
    let stage: Stage = stored(&member.stage)?;
    let purpose = match stage {
        Stage::Candidate => Some(Purpose::Admission),
        Stage::Probationary => Some(Purpose::Conversion),
        _ => None,
    };
    let publicity_missing_sites = match purpose {
        Some(purpose) => missing_sites(conn, member.id, purpose, on)?,
        None => None,
    };
    let sum = |f: fn(&DevelopmentStepRow) -> Option<i32>| {
        rows.iter()
            .filter(|r| r.kind == StepKind::Training.code())
            .filter_map(f)
            .map(|n| u32::try_from(n).unwrap_or(0))
            .sum()
    };
    Ok(Facts {
        birth_date: Some(members::personal(conn, keys, member.id)?.birth_date),
        applied_on: latest(StepKind::Application).map(|r| r.occurred_on),
        activist_since: rows
            .iter()
            .rev()
            .find(|r| {
                r.kind == StepKind::StageChange.code() && r.decision_record.as_deref() == Some(Stage::Activist.code())
            })
            .map(|r| r.occurred_on),
        contacts: latest(StepKind::Contacts).and_then(|r| r.contacts.as_deref()).map_or(0, contact_count),
        political_review_on: latest(StepKind::PoliticalReview).map(|r| r.occurred_on),
        training_days: sum(|r| r.training_days),
        training_hours: sum(|r| r.training_hours),
        filed_on: latest(StepKind::Filing).map(|r| r.occurred_on),
        publicity_missing_sites,
        admission_meeting: meeting(Purpose::Admission),
        approved_on: latest(StepKind::CommitteeApproval).map(|r| r.occurred_on),
        conversion_meeting: meeting(Purpose::Conversion),
        probation_extension_months: latest(StepKind::ProbationExtension)
            .and_then(|r| r.months)
            .map(|m| u32::try_from(m).unwrap_or(0)),
    })
}

fn next_stage(stage: Stage) -> Option<Stage> {
    Stage::ALL.iter().position(|s| *s == stage).and_then(|i| Stage::ALL.get(i + 1)).copied()
}

fn development(
    conn: &mut DbConnection,
    keys: &DataKeys,
    member: &MemberRow,
    policy: &DevelopmentPolicy,
) -> ApiResult<Development> {
    let rows = load_steps(conn, member.id)?;
    let exclusions = development::exclusions_of(conn, member.id)?
        .into_iter()
        .map(|(step, member_id, name, reason)| Ok((step, Exclusion { member_id, name, reason: stored(&reason)? })))
        .collect::<ApiResult<Vec<_>>>()?;
    let stage: Stage = stored(&member.stage)?;
    let next = next_stage(stage);
    let on = today();
    let missing = match next {
        Some(next) => refusals(stage, next, &facts(conn, keys, member, &rows, on)?, policy, on)
            .into_iter()
            .map(|r| Missing { code: r.code.to_owned(), detail: r.detail, met_on: r.met_on })
            .collect(),
        None => Vec::new(),
    };
    Ok(Development {
        member_id: member.id,
        name: member.name.clone(),
        stage,
        next_stage: next,
        missing,
        steps: rows
            .into_iter()
            .map(|row| {
                let excluded = exclusions.iter().filter(|(step, ..)| *step == row.id).map(|(_, e)| e.clone()).collect();
                to_step(row, excluded)
            })
            .collect::<ApiResult<_>>()?,
    })
}

/// A person's development: stage, recorded steps, and the rules still missing for the next
/// stage today (either management link may read it).
#[utoipa::path(operation_id = "get_member_development", tag = "development", params(("id" = i64, Path, description = "Member id")), responses((status = 200, description = "The development record", body = Development)))]
#[get("/members/{id}/development")]
pub async fn get_member_development(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let policy = state.config.rules.development;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let id = id.into_inner();
    let answer = state
        .read(move |conn| {
            let (member, _) = visible_member(conn, &caller.scope, id)?;
            development(conn, &keys, &member, &policy)
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// A step to record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStep {
    /// Any kind except `stage_change` (recorded by a stage change).
    pub kind: StepKind,
    pub occurred_on: NaiveDate,
    /// Branch meetings: `admission` or `conversion`.
    pub purpose: Option<Purpose>,
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub decision_record: Option<String>,
    /// Contacts: the two names, separated by 、 or commas.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub contacts: Option<String>,
    #[validate(range(min = 0, max = 365))]
    #[schema(minimum = 0, maximum = 365)]
    pub training_days: Option<i32>,
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
    super::common::recorded("occurred_on", step.occurred_on)?;
    let policy = state.config.rules.development;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let id = id.into_inner();
    let answer = state
        .write(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, id)?;
            require_membership_side(side)?;
            let extended_before = load_steps(conn, id)?.iter().any(|r| r.kind == StepKind::ProbationExtension.code());
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
                    recorded_by_name: Some(caller.username.clone()),
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
            development(conn, &keys, &member, &policy)
        })
        .await?;
    Ok(HttpResponse::Created().json(answer))
}

/// A stage change.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StageChange {
    pub to_stage: Stage,
    pub occurred_on: NaiveDate,
    /// The decision record (决议) behind the change.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub decision_record: String,
}

fn refusal_problem(refused: Vec<Refusal>) -> ApiError {
    let code = refused.first().map_or("stage-order", |r| r.code);
    let detail = refused.iter().map(|r| r.detail.clone()).collect::<Vec<_>>().join("; ");
    let errors = refused.into_iter().map(|r| FieldError::new("to_stage", r.code, r.detail)).collect();
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
    super::common::recorded("occurred_on", change.occurred_on)?;
    let policy = state.config.rules.development;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let id = id.into_inner();
    let answer = state
        .write(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, id)?;
            require_membership_side(side)?;
            let rows = load_steps(conn, id)?;
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
            let updated =
                diesel::update(members_table::table.find(id).filter(members_table::version.eq(member.version)))
                    .set((
                        members_table::stage.eq(change.to_stage.code()),
                        members_table::join_date.eq(join_date),
                        members_table::conversion_date.eq(conversion_date),
                        members_table::version.eq(members_table::version + 1),
                        members_table::updated_at.eq(now()),
                    ))
                    .execute(conn)?;
            if updated != 1 {
                return Err(ApiError::PreconditionFailed);
            }
            let at = now();
            diesel::insert_into(steps::table)
                .values(NewDevelopmentStep {
                    decision_record: Some(change.to_stage.code().to_owned()),
                    recorded_by: Some(caller.id),
                    recorded_by_name: Some(caller.username.clone()),
                    ..NewDevelopmentStep::bare(id, StepKind::StageChange.code(), change.occurred_on)
                })
                .execute(conn)?;
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
                    recorded_by_name: Some(caller.username.clone()),
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
            development(conn, &keys, &member, &policy)
        })
        .await?;
    Ok(HttpResponse::Created().json(answer))
}

/// A branch's full members on a date: those entitled to vote at its general meeting, before
/// any named exclusion.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct VotingRoster {
    pub org_id: i64,
    pub on: NaiveDate,
    pub full_members: Vec<RosterMember>,
}

/// A member on a voting roster.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RosterMember {
    pub member_id: i64,
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
