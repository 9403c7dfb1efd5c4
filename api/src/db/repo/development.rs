//! The development pipeline's steps and the rosters its branch meetings vote from.

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::development::StepKind;
use domain::member::Stage;

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::models::{DevelopmentStepRow, NewDevelopmentStep};
use crate::db::schema::{development_steps as steps, members, vote_exclusions as exclusions};

/// The full members of a branch on a date, by name: those full today whose conversion came
/// on or before it (a member without a recorded conversion date counts).
pub fn voting_roster(conn: &mut DbConnection, branch_id: i64, on: NaiveDate) -> StoreResult<Vec<(i64, String)>> {
    Ok(members::table
        .filter(members::membership_org_id.eq(branch_id))
        .filter(members::stage.eq(Stage::Full.code()))
        .filter(members::conversion_date.is_null().or(members::conversion_date.le(on)))
        .order((members::name, members::id))
        .select((members::id, members::name))
        .load(conn)?)
}

/// A person's steps in the order they happened.
pub fn steps_of(conn: &mut DbConnection, member_id: i64) -> StoreResult<Vec<DevelopmentStepRow>> {
    Ok(steps::table
        .filter(steps::member_id.eq(member_id))
        .order((steps::occurred_on, steps::id))
        .select(DevelopmentStepRow::as_select())
        .load(conn)?)
}

/// Records a step; its id.
pub fn insert_step(conn: &mut DbConnection, step: NewDevelopmentStep) -> StoreResult<i64> {
    Ok(diesel::insert_into(steps::table).values(step).returning(steps::id).get_result(conn)?)
}

/// Records the members a branch meeting did not count as entitled, with the reason code.
pub fn insert_exclusions(conn: &mut DbConnection, step_id: i64, excluded: &[(i64, &str)]) -> StoreResult<()> {
    let rows: Vec<_> = excluded
        .iter()
        .map(|(member_id, reason)| {
            (exclusions::step_id.eq(step_id), exclusions::member_id.eq(*member_id), exclusions::reason.eq(*reason))
        })
        .collect();
    crate::insert_batch!(conn, exclusions::table, rows)?;
    Ok(())
}

/// The exclusions of a member's branch meetings: `(step_id, member_id, name, reason)`.
pub fn exclusions_of(conn: &mut DbConnection, member_id: i64) -> StoreResult<Vec<(i64, i64, String, String)>> {
    Ok(exclusions::table
        .inner_join(steps::table)
        .inner_join(members::table)
        .filter(steps::member_id.eq(member_id))
        .order(exclusions::id)
        .select((exclusions::step_id, exclusions::member_id, members::name, exclusions::reason))
        .load(conn)?)
}

/// A recorded step as the deadline engine reads it: `(member_id, date, decision record,
/// months)`.
pub type StepDate = (i64, NaiveDate, Option<String>, Option<i32>);

/// The steps of a kind recorded for some members.
pub fn step_dates(conn: &mut DbConnection, member_ids: &[i64], kind: StepKind) -> StoreResult<Vec<StepDate>> {
    Ok(steps::table
        .filter(steps::member_id.eq_any(member_ids))
        .filter(steps::kind.eq(kind.code()))
        .select((steps::member_id, steps::occurred_on, steps::decision_record, steps::months))
        .load(conn)?)
}
