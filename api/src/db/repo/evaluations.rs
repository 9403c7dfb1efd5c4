//! Evaluation campaigns, opinions and final grades.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::evaluation::Grade;
use domain::member::Stage;
use domain::tree::subtree_range;

use super::StoreResult;
use crate::db::keyset::{KeyKind, Order, Window};
use crate::db::models::MemberRow;
use crate::db::schema::{
    evaluation_campaigns as campaigns, evaluation_opinions as opinions, evaluation_results as results, members,
};
use crate::db::{DbConnection, MultiBackend, now};

/// A campaign: `(id, org_id, org_path, year, deadline, created_at)`.
pub type CampaignRow = (i64, i64, String, i32, NaiveDate, NaiveDateTime);

const CAMPAIGN: (
    campaigns::id,
    campaigns::org_id,
    campaigns::org_path,
    campaigns::year,
    campaigns::deadline,
    campaigns::created_at,
) = (
    campaigns::id,
    campaigns::org_id,
    campaigns::org_path,
    campaigns::year,
    campaigns::deadline,
    campaigns::created_at,
);

pub fn find_campaign(conn: &mut DbConnection, id: i64) -> StoreResult<Option<CampaignRow>> {
    Ok(campaigns::table.find(id).select(CAMPAIGN).first(conn).optional()?)
}

/// A page of campaigns (inside a subtree's path range, of a year), newest year first.
/// Campaigns, the latest year first.
pub const LATEST_FIRST: Order = Order {
    name: "-year",
    key: "evaluation_campaigns.year",
    kind: KeyKind::Int,
    id: "evaluation_campaigns.id",
    descending: true,
};

pub fn campaigns(
    conn: &mut DbConnection,
    within: Option<(String, String)>,
    year: Option<i32>,
    window: &Window,
) -> StoreResult<(Vec<CampaignRow>, i64)> {
    let filtered = || {
        let mut q = campaigns::table.into_boxed::<MultiBackend>();
        if let Some((low, high)) = within.clone() {
            q = q.filter(campaigns::org_path.ge(low)).filter(campaigns::org_path.lt(high));
        }
        if let Some(year) = year {
            q = q.filter(campaigns::year.eq(year));
        }
        q
    };
    let total = window.total(|| filtered().count().get_result(conn))?;
    let rows = window.apply(filtered(), &LATEST_FIRST).select(CAMPAIGN).load(conn)?;
    Ok((rows, total))
}

/// Whether an organization already has a campaign for the year.
pub fn has_campaign(conn: &mut DbConnection, org_id: i64, year: i32) -> StoreResult<bool> {
    let found: i64 = campaigns::table
        .filter(campaigns::org_id.eq(org_id))
        .filter(campaigns::year.eq(year))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Opens a campaign; its id.
pub fn insert_campaign(
    conn: &mut DbConnection,
    org_id: i64,
    org_path: &str,
    year: i32,
    deadline: NaiveDate,
) -> StoreResult<i64> {
    Ok(diesel::insert_into(campaigns::table)
        .values((
            campaigns::org_id.eq(org_id),
            campaigns::org_path.eq(org_path),
            campaigns::year.eq(year),
            campaigns::deadline.eq(deadline),
            campaigns::created_at.eq(now()),
        ))
        .returning(campaigns::id)
        .get_result(conn)?)
}

/// Who takes part in a campaign of the subtree at `org_path`: the probationary and full
/// members whose membership lies in it.
fn participants(org_path: &str) -> members::BoxedQuery<'static, MultiBackend> {
    let (low, high) = subtree_range(org_path);
    members::table
        .filter(members::membership_org_path.ge(low))
        .filter(members::membership_org_path.lt(high))
        .filter(members::stage.eq_any([Stage::Probationary.code(), Stage::Full.code()]))
        .into_boxed()
}

pub fn participant_count(conn: &mut DbConnection, org_path: &str) -> StoreResult<i64> {
    Ok(participants(org_path).count().get_result(conn)?)
}

/// A page of the participants, by name.
/// A window of a campaign's members by name (`super::members::order::NAME`).
pub fn participant_page(conn: &mut DbConnection, org_path: &str, window: &Window) -> StoreResult<Vec<MemberRow>> {
    Ok(window.apply(participants(org_path), &super::members::order::NAME).select(MemberRow::as_select()).load(conn)?)
}

/// A campaign's final grades and how many are excellent.
pub fn graded_and_excellent(conn: &mut DbConnection, campaign_id: i64) -> StoreResult<(i64, i64)> {
    let graded = results::table.filter(results::campaign_id.eq(campaign_id)).count().get_result(conn)?;
    let excellent = results::table
        .filter(results::campaign_id.eq(campaign_id))
        .filter(results::grade.eq(Grade::Excellent.code()))
        .count()
        .get_result(conn)?;
    Ok((graded, excellent))
}

/// An opinion given: `(member_id, side, grade, comment)`.
pub type OpinionRow = (i64, String, String, Option<String>);

/// The opinions of a year on some members.
pub fn opinions_of(conn: &mut DbConnection, member_ids: &[i64], year: i32) -> StoreResult<Vec<OpinionRow>> {
    Ok(opinions::table
        .filter(opinions::member_id.eq_any(member_ids))
        .filter(opinions::year.eq(year))
        .select((opinions::member_id, opinions::side, opinions::grade, opinions::comment))
        .load(conn)?)
}

/// A side's opinion on a member for a year, replacing the one it gave before.
pub struct Opinion<'a> {
    pub member_id: i64,
    pub year: i32,
    pub side: &'a str,
    pub org_id: i64,
    pub grade: Grade,
    pub comment: &'a str,
    pub recorded_by: i64,
}

pub fn replace_opinion(conn: &mut DbConnection, opinion: Opinion<'_>) -> StoreResult<()> {
    diesel::delete(
        opinions::table
            .filter(opinions::member_id.eq(opinion.member_id))
            .filter(opinions::year.eq(opinion.year))
            .filter(opinions::side.eq(opinion.side)),
    )
    .execute(conn)?;
    diesel::insert_into(opinions::table)
        .values((
            opinions::member_id.eq(opinion.member_id),
            opinions::year.eq(opinion.year),
            opinions::side.eq(opinion.side),
            opinions::org_id.eq(opinion.org_id),
            opinions::grade.eq(opinion.grade.code()),
            opinions::comment.eq(opinion.comment),
            opinions::recorded_by.eq(opinion.recorded_by),
            opinions::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A campaign's final grades of some members: `(member_id, grade, reason)`.
pub fn finals_of(
    conn: &mut DbConnection,
    campaign_id: i64,
    member_ids: &[i64],
) -> StoreResult<Vec<(i64, String, Option<String>)>> {
    Ok(results::table
        .filter(results::campaign_id.eq(campaign_id))
        .filter(results::member_id.eq_any(member_ids))
        .select((results::member_id, results::grade, results::reason))
        .load(conn)?)
}

/// Sets a member's final grade in a campaign, replacing the one it gave before.
pub fn replace_result(
    conn: &mut DbConnection,
    campaign_id: i64,
    member_id: i64,
    grade: Grade,
    reason: Option<&str>,
    decided_by: i64,
) -> StoreResult<()> {
    diesel::delete(
        results::table.filter(results::campaign_id.eq(campaign_id)).filter(results::member_id.eq(member_id)),
    )
    .execute(conn)?;
    diesel::insert_into(results::table)
        .values((
            results::campaign_id.eq(campaign_id),
            results::member_id.eq(member_id),
            results::grade.eq(grade.code()),
            results::reason.eq(reason),
            results::decided_by.eq(decided_by),
            results::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The campaign that gave the member's final grade of `year`, if any.
pub fn graded_in(conn: &mut DbConnection, member_id: i64, year: i32) -> StoreResult<Option<i64>> {
    Ok(results::table
        .inner_join(campaigns::table)
        .filter(results::member_id.eq(member_id))
        .filter(campaigns::year.eq(year))
        .select(results::campaign_id)
        .first(conn)
        .optional()?)
}

/// Full members of a branch: the base of its excellent quota.
pub fn branch_gradable(conn: &mut DbConnection, branch_id: i64) -> StoreResult<i64> {
    Ok(members::table
        .filter(members::membership_org_id.eq(branch_id))
        .filter(members::stage.eq(Stage::Full.code()))
        .count()
        .get_result(conn)?)
}

/// Members of a branch graded excellent in `year` by any campaign, leaving one member out
/// (the one being graded again).
pub fn branch_excellent(conn: &mut DbConnection, branch_id: i64, year: i32, except_member: i64) -> StoreResult<i64> {
    Ok(results::table
        .inner_join(campaigns::table)
        .inner_join(members::table)
        .filter(members::membership_org_id.eq(branch_id))
        .filter(campaigns::year.eq(year))
        .filter(results::grade.eq(Grade::Excellent.code()))
        .filter(results::member_id.ne(except_member))
        .count()
        .get_result(conn)?)
}

/// Campaigns (in `range`, or anywhere) whose deadline falls between two dates: `(org_path,
/// year, deadline)`.
pub fn campaigns_due(
    conn: &mut DbConnection,
    range: &Option<(String, String)>,
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<(String, i32, NaiveDate)>> {
    let mut q = campaigns::table.filter(campaigns::deadline.ge(from)).filter(campaigns::deadline.le(to)).into_boxed();
    if let Some((low, high)) = range.clone() {
        q = q.filter(campaigns::org_path.ge(low)).filter(campaigns::org_path.lt(high));
    }
    Ok(q.select((campaigns::org_path, campaigns::year, campaigns::deadline)).load(conn)?)
}

/// The full members of a campaign's subtree, who need opinions: `(id, name, category)`.
pub fn graded_members(conn: &mut DbConnection, org_path: &str) -> StoreResult<Vec<(i64, String, String)>> {
    let (low, high) = subtree_range(org_path);
    Ok(members::table
        .filter(members::membership_org_path.ge(low))
        .filter(members::membership_org_path.lt(high))
        .filter(members::stage.eq(Stage::Full.code()))
        .select((members::id, members::name, members::category))
        .load(conn)?)
}

/// Which sides gave opinions of a year on some members: `(member_id, side)`.
pub fn opinion_sides(conn: &mut DbConnection, member_ids: &[i64], year: i32) -> StoreResult<Vec<(i64, String)>> {
    Ok(opinions::table
        .filter(opinions::member_id.eq_any(member_ids))
        .filter(opinions::year.eq(year))
        .select((opinions::member_id, opinions::side))
        .load(conn)?)
}
