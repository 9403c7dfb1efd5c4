//! Demo development records: every person before full membership has the steps of their
//! stage; the mobile candidate 周明远 awaits admission with one publicity site passed and
//! one blocked by an open objection; the year's evaluation of 育才社区党委 is half done.

use chrono::{Datelike, Duration, NaiveDate};
use diesel::prelude::*;
use domain::access::policy::Scope;
use domain::development::publicity::{ObjectionStatus, SiteRole};
use domain::development::{Purpose, StepKind};
use domain::evaluation::Grade;
use domain::member::{Category, EventKind, Gender, Stage, id_card};

use super::DemoCommunity;
use crate::data_key::DataKeys;
use crate::db::models::{MemberForm, NewDevelopmentStep, NewMemberEvent};
use crate::db::repo::members;
use crate::db::schema::{
    development_steps, evaluation_campaigns, evaluation_opinions, evaluation_results, publicities,
    publicity_objections, publicity_sites,
};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::routes::members::{MemberInput, Refs, check_member};

fn step(member_id: i64, kind: StepKind, on: NaiveDate) -> NewDevelopmentStep {
    NewDevelopmentStep {
        recorded_by_name: Some("示范数据".to_owned()),
        ..NewDevelopmentStep::bare(member_id, kind.code(), on)
    }
}

fn stage_change(member_id: i64, to: Stage, on: NaiveDate) -> NewDevelopmentStep {
    NewDevelopmentStep { decision_record: Some(to.code().to_owned()), ..step(member_id, StepKind::StageChange, on) }
}

fn meeting(member_id: i64, purpose: Purpose, on: NaiveDate) -> NewDevelopmentStep {
    NewDevelopmentStep {
        purpose: Some(purpose.code().to_owned()),
        entitled: Some(24),
        present: Some(21),
        in_favour: Some(20),
        decision_record: Some(format!("支部党员大会讨论{}", purpose.chinese_name())),
        ..step(member_id, StepKind::BranchMeeting, on)
    }
}

/// The steps a person at `stage` has behind them.
fn steps_for(
    member_id: i64,
    stage: Stage,
    join_date: Option<NaiveDate>,
    today: NaiveDate,
    n: i64,
) -> Vec<NewDevelopmentStep> {
    let application = today - Duration::days(20 + n * 7);
    match stage {
        Stage::Applicant if n % 2 == 0 => vec![step(member_id, StepKind::Application, application)],
        Stage::Applicant => vec![
            step(member_id, StepKind::Application, application),
            step(member_id, StepKind::Talk, application + Duration::days(12)),
        ],
        Stage::Activist => {
            let since = today - Duration::days(150 + n * 25);
            vec![
                step(member_id, StepKind::Application, since - Duration::days(90)),
                NewDevelopmentStep {
                    contacts: Some("王建国、李秀英".to_owned()),
                    ..step(member_id, StepKind::Contacts, since)
                },
                stage_change(member_id, Stage::Activist, since),
            ]
        }
        Stage::Candidate => {
            let since = today - Duration::days(480 + n * 10);
            let candidate_on = today - Duration::days(40 + n);
            vec![
                step(member_id, StepKind::Application, since - Duration::days(60)),
                NewDevelopmentStep {
                    contacts: Some("张志强、刘丽华".to_owned()),
                    ..step(member_id, StepKind::Contacts, since)
                },
                stage_change(member_id, Stage::Activist, since),
                step(member_id, StepKind::PoliticalReview, candidate_on - Duration::days(30)),
                NewDevelopmentStep {
                    training_days: Some(3),
                    training_hours: Some(24),
                    ..step(member_id, StepKind::Training, candidate_on - Duration::days(20))
                },
                step(member_id, StepKind::Filing, candidate_on - Duration::days(5)),
                stage_change(member_id, Stage::Candidate, candidate_on),
            ]
        }
        Stage::Probationary => {
            let meeting_on = join_date.unwrap_or(today);
            vec![
                meeting(member_id, Purpose::Admission, meeting_on),
                NewDevelopmentStep {
                    decision_record: Some("上级党委批复同意".to_owned()),
                    ..step(member_id, StepKind::CommitteeApproval, meeting_on + Duration::days(20))
                },
                stage_change(member_id, Stage::Probationary, meeting_on + Duration::days(20)),
            ]
        }
        Stage::Full => Vec::new(),
    }
}

fn insert_steps(conn: &mut DbConnection, steps: &[NewDevelopmentStep]) -> ApiResult<()> {
    crate::insert_batch!(conn, development_steps::table, steps)?;
    Ok(())
}

/// Loads the demo development records for the members just created.
pub fn load(
    conn: &mut DbConnection,
    keys: &DataKeys,
    forms: &[MemberForm],
    ids: &[i64],
    communities: &[DemoCommunity<'_>],
    today: NaiveDate,
) -> ApiResult<()> {
    let mut steps = Vec::new();
    for (n, (form, id)) in (0i64..).zip(forms.iter().zip(ids)) {
        let stage: Stage = form.stage.parse().map_err(|_| ApiError::Internal("demo stage".into()))?;
        steps.extend(steps_for(*id, stage, form.join_date, today, n % 12));
    }
    insert_steps(conn, &steps)?;
    let candidate = mobile_candidate(conn, keys, communities, today)?;
    publicity_awaiting_one_site(conn, candidate, communities, today)?;
    half_done_evaluation(conn, communities, today)
}

/// 周明远: a mobile candidate of 张岭社区 living in 育才社区, every step recorded.
fn mobile_candidate(
    conn: &mut DbConnection,
    keys: &DataKeys,
    communities: &[DemoCommunity<'_>],
    today: NaiveDate,
) -> ApiResult<i64> {
    let (home, here) = (&communities[4], &communities[0]);
    let birth_date = NaiveDate::from_ymd_opt(1994, 8, 16).ok_or_else(|| ApiError::Internal("date".into()))?;
    let input = MemberInput {
        name: "周明远".to_owned(),
        gender: Gender::Male,
        ethnicity: "汉族".to_owned(),
        birth_date,
        id_number: id_card::compose("610902", birth_date, 517).ok_or_else(|| ApiError::Internal("ID".into()))?,
        phone: Some("13709156688".to_owned()),
        address: Some(format!("陕西省安康市{}3号楼502室", here.area.name)),
        education: Some(domain::member::Education::Bachelor),
        stage: Stage::Candidate,
        category: Category::Mobile,
        membership_org_id: home.branches[0].id,
        residence_org_id: here.org.id,
        residence_area_id: here.grids[0].id,
        work_unit_id: None,
        join_date: None,
        conversion_date: None,
    };
    let form = check_member(conn, &mut Refs::default(), keys, &Scope::Everything, &input, None)
        .map_err(|e| ApiError::Internal(format!("demo candidate: {e:?}")))?;
    let registered = NewMemberEvent {
        member_id: 0,
        kind: EventKind::Registered.code().to_owned(),
        occurred_on: today,
        org_id: Some(home.org.id),
        counterpart_org_id: None,
        service_hours: None,
        certificate_no: None,
        content: Some("示范城市初始登记".to_owned()),
        recorded_by: None,
        recorded_by_name: None,
        created_at: now(),
    };
    let id = members::insert_many(conn, keys, &[form], &registered)?
        .first()
        .copied()
        .ok_or_else(|| ApiError::Internal("demo candidate id".into()))?;
    let mut steps = steps_for(id, Stage::Candidate, None, today, 0);
    steps.push(meeting(id, Purpose::Admission, today - Duration::days(12)));
    steps.push(NewDevelopmentStep {
        decision_record: Some("江北街道党工委批复同意".to_owned()),
        ..step(id, StepKind::CommitteeApproval, today - Duration::days(5))
    });
    insert_steps(conn, &steps)?;
    Ok(id)
}

/// The candidate's admission publicity: the membership site passed, the residence site
/// ended with an objection still open.
fn publicity_awaiting_one_site(
    conn: &mut DbConnection,
    member_id: i64,
    communities: &[DemoCommunity<'_>],
    today: NaiveDate,
) -> ApiResult<()> {
    let at = now();
    let id: i64 = diesel::insert_into(publicities::table)
        .values((
            publicities::member_id.eq(member_id),
            publicities::purpose.eq(Purpose::Admission.code()),
            publicities::created_at.eq(at),
        ))
        .returning(publicities::id)
        .get_result(conn)?;
    let (start, end) = (today - Duration::days(30), today - Duration::days(20));
    let mut residence_site = 0;
    for (role, org) in [(SiteRole::Membership, &communities[4].branches[0]), (SiteRole::Residence, communities[0].org)]
    {
        let site: i64 = diesel::insert_into(publicity_sites::table)
            .values((
                publicity_sites::publicity_id.eq(id),
                publicity_sites::role.eq(role.code()),
                publicity_sites::org_id.eq(org.id),
                publicity_sites::org_path.eq(&org.path),
                publicity_sites::start_on.eq(start),
                publicity_sites::end_on.eq(end),
                publicity_sites::updated_at.eq(at),
            ))
            .returning(publicity_sites::id)
            .get_result(conn)?;
        if role == SiteRole::Residence {
            residence_site = site;
        }
    }
    diesel::insert_into(publicity_objections::table)
        .values((
            publicity_objections::site_id.eq(residence_site),
            publicity_objections::raised_on.eq(start + Duration::days(4)),
            publicity_objections::content.eq("反映该同志在社区志愿服务中缺勤较多"),
            publicity_objections::contact.eq("13891502211"),
            publicity_objections::status.eq(ObjectionStatus::Open.code()),
            publicity_objections::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// 育才社区党委's evaluation of this year: membership opinions for all who need them,
/// residence opinions for half, and some registered members graded.
fn half_done_evaluation(conn: &mut DbConnection, communities: &[DemoCommunity<'_>], today: NaiveDate) -> ApiResult<()> {
    use crate::db::schema::members as m;
    let org = communities[0].org;
    let year = today.year();
    let at = now();
    let campaign: i64 = diesel::insert_into(evaluation_campaigns::table)
        .values((
            evaluation_campaigns::org_id.eq(org.id),
            evaluation_campaigns::org_path.eq(&org.path),
            evaluation_campaigns::year.eq(year),
            evaluation_campaigns::deadline.eq(today + Duration::days(10)),
            evaluation_campaigns::created_at.eq(at),
        ))
        .returning(evaluation_campaigns::id)
        .get_result(conn)?;
    let (low, high) = domain::tree::subtree_range(&org.path);
    let people: Vec<(i64, String, i64, i64)> = m::table
        .filter(m::membership_org_path.ge(low))
        .filter(m::membership_org_path.lt(high))
        .filter(m::stage.eq(Stage::Full.code()))
        .order(m::id)
        .select((m::id, m::category, m::membership_org_id, m::residence_org_id))
        .load(conn)?;
    for (n, (id, category, membership_org, residence_org)) in people.into_iter().enumerate() {
        let opinion = |side: &str, org_id: i64, grade: Grade| {
            (
                evaluation_opinions::member_id.eq(id),
                evaluation_opinions::year.eq(year),
                evaluation_opinions::side.eq(side.to_owned()),
                evaluation_opinions::org_id.eq(org_id),
                evaluation_opinions::grade.eq(grade.code()),
                evaluation_opinions::comment.eq("按时参加组织生活，发挥作用较好"),
                evaluation_opinions::created_at.eq(at),
            )
        };
        if category == Category::Registered.code() {
            if n % 3 == 0 {
                diesel::insert_into(evaluation_results::table)
                    .values((
                        evaluation_results::campaign_id.eq(campaign),
                        evaluation_results::member_id.eq(id),
                        evaluation_results::grade.eq(Grade::Qualified.code()),
                        evaluation_results::created_at.eq(at),
                    ))
                    .execute(conn)?;
            }
            continue;
        }
        diesel::insert_into(evaluation_opinions::table)
            .values(opinion("membership", membership_org, Grade::Qualified))
            .execute(conn)?;
        if n % 2 == 0 {
            let grade = if n % 4 == 0 { Grade::Excellent } else { Grade::BasicallyQualified };
            diesel::insert_into(evaluation_opinions::table)
                .values(opinion("residence", residence_org, grade))
                .execute(conn)?;
        }
    }
    Ok(())
}
