//! Evaluation campaigns, opinions and final grades.

use diesel::prelude::*;
use domain::evaluation::Grade;
use domain::member::Stage;

use crate::db::DbConnection;
use crate::db::schema::{evaluation_campaigns as campaigns, evaluation_results as results, members};
use crate::error::ApiResult;

/// The campaign that gave the member's final grade of `year`, if any.
pub fn graded_in(conn: &mut DbConnection, member_id: i64, year: i32) -> ApiResult<Option<i64>> {
    Ok(results::table
        .inner_join(campaigns::table)
        .filter(results::member_id.eq(member_id))
        .filter(campaigns::year.eq(year))
        .select(results::campaign_id)
        .first(conn)
        .optional()?)
}

/// Full members of a branch: the base of its excellent quota.
pub fn branch_gradable(conn: &mut DbConnection, branch_id: i64) -> ApiResult<i64> {
    Ok(members::table
        .filter(members::membership_org_id.eq(branch_id))
        .filter(members::stage.eq(Stage::Full.code()))
        .count()
        .get_result(conn)?)
}

/// Members of a branch graded excellent in `year` by any campaign, leaving one member out
/// (the one being graded again).
pub fn branch_excellent(conn: &mut DbConnection, branch_id: i64, year: i32, except_member: i64) -> ApiResult<i64> {
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
