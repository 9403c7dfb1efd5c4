//! The development pipeline of one person (发展党员): recorded steps, the stage change with
//! its preconditions, and what is still missing for the next stage.

mod roster;
mod steps;
mod transitions;

use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::cobuilding::opinions::residence_opinion_needed;
use domain::development::vote::{self, ExclusionReason, Vote};
use domain::development::{DevelopmentPolicy, Facts, Meeting, Purpose, ResidenceOpinion, StepKind, refusals};
use domain::member::Stage;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::Caller;
use crate::data_key::DataKeys;
use crate::db::DbConnection;
use crate::db::models::{DevelopmentStepRow, MemberRow};
use crate::db::repo::{areas, development, members, opinions, organizations};
use crate::error::{ApiError, ApiResult};
use crate::reports::publicity::missing_sites;
use crate::routes::common::{stored, today, utc, visible_member};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(get_member_development)
        .service(steps::create_development_step)
        .service(transitions::create_stage_change)
        .service(roster::get_voting_roster);
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
    /// Entitled members present at the meeting.
    pub present: i32,
    /// Votes in favour.
    pub in_favour: i32,
    /// Present > half of entitled.
    pub quorum_met: bool,
    /// In favour > half of entitled.
    pub majority_met: bool,
}

/// A full member not counted among those entitled to vote.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Exclusion {
    /// The excluded full member.
    pub member_id: i64,
    /// Name of the member, for display.
    pub name: String,
    /// Why the member is not counted (abroad, serious illness, voting rights suspended).
    pub reason: ExclusionReason,
}

/// A full member a branch meeting does not count as entitled to vote, and why.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExcludedMember {
    /// The full member to exclude (must be on the branch's roster on the meeting date).
    pub member_id: i64,
    /// Why the member is not counted (`abroad`, `serious_illness`, `rights_suspended`).
    pub reason: ExclusionReason,
}

/// A recorded step.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DevelopmentStep {
    /// The step's id.
    pub id: i64,
    /// What the step was (application, talk, training, branch meeting, stage change, ...).
    pub kind: StepKind,
    /// The date of the step (China Standard Time).
    pub occurred_on: NaiveDate,
    /// For branch meetings: what they decided.
    pub purpose: Option<Purpose>,
    /// Decision record (决议/记录), or for a stage change the stage reached.
    pub decision_record: Option<String>,
    /// Names of the two contacts (培养联系人).
    pub contacts: Option<String>,
    /// Training: days of centralized training (集中培训).
    pub training_days: Option<i32>,
    /// Training: class hours (学时).
    pub training_hours: Option<i32>,
    /// Branch meetings: the vote, with quorum and majority.
    pub vote: Option<VoteResult>,
    /// Months of a probation extension.
    pub months: Option<i32>,
    /// Name of the user who recorded the step, for display.
    pub recorded_by_name: Option<String>,
    /// When the step was recorded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

/// A rule still standing between the person and the next stage.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Missing {
    /// The rule (`activist-period-not-met`, `publicity-incomplete`, `quorum-not-met`, ...).
    pub code: String,
    /// What is missing, in words.
    pub detail: String,
    /// When waiting is all it takes: the date it is met.
    pub met_on: Option<NaiveDate>,
}

/// A person's development: stage, steps, and what is missing for the next stage today.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Development {
    /// The person (member record) whose development this is.
    pub member_id: i64,
    /// Name of the person, for display.
    pub name: String,
    /// The current stage.
    pub stage: Stage,
    /// The stage that comes next; none for a full member (正式党员).
    pub next_stage: Option<Stage>,
    /// Rules not yet met for the next stage today; empty when it may be reached.
    pub missing: Vec<Missing>,
    /// The recorded steps, oldest first.
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

/// Names in a contacts field (separated by commas or 、).
fn contact_count(contacts: &str) -> u32 {
    let names = contacts.split([',', '，', '、', ';', '；']).filter(|n| !n.trim().is_empty()).count();
    u32::try_from(names).unwrap_or(u32::MAX)
}

/// The facts the rules look at, from the steps and the publicity of the next stage.
pub(super) fn facts(
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
    let residence_opinion = match stage {
        Stage::Candidate => residence_opinion(conn, member, on)?,
        _ => None,
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
        residence_opinion,
    })
}

/// The residence community's opinion admission waits for, when the membership organization is
/// located outside that community.
fn residence_opinion(
    conn: &mut DbConnection,
    member: &MemberRow,
    on: NaiveDate,
) -> ApiResult<Option<ResidenceOpinion>> {
    let (Some(community_id), _) = areas::community_and_street(conn, &member.residence_area_path)? else {
        return Ok(None);
    };
    let community = areas::find(conn, community_id)?.ok_or(ApiError::NotFound)?;
    let membership = organizations::find(conn, member.membership_org_id)?.ok_or(ApiError::NotFound)?;
    let located = areas::find(conn, membership.area_id)?.ok_or(ApiError::NotFound)?;
    if !residence_opinion_needed(&located.path, Some(&community.path)) {
        return Ok(None);
    }
    let given = opinions::admission_opinion_given(conn, member.id, community.id, on)?;
    Ok(Some(ResidenceOpinion { community: community.name, given }))
}

fn next_stage(stage: Stage) -> Option<Stage> {
    Stage::ALL.iter().position(|s| *s == stage).and_then(|i| Stage::ALL.get(i + 1)).copied()
}

pub(super) fn record_of(
    conn: &mut DbConnection,
    keys: &DataKeys,
    member: &MemberRow,
    policy: &DevelopmentPolicy,
) -> ApiResult<Development> {
    let rows = development::steps_of(conn, member.id)?;
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
            record_of(conn, &keys, &member, &policy)
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}
