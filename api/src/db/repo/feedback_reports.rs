//! Feedback reports to the superiors of vertically managed units, one per unit and half year.

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;
use domain::cobuilding::{HalfYear, ReportState};

use super::{StoreError, StoreResult};
use crate::db::keyset::{Order, Window};
use crate::db::models::{AreaRow, FeedbackReportRow, UnitRow};
use crate::db::schema::feedback_reports;
use crate::db::{DbConnection, now};

pub const BY_ID: Order = Order::by_id("id", "feedback_reports.id", true);

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<FeedbackReportRow>> {
    Ok(feedback_reports::table.find(id).select(FeedbackReportRow::as_select()).first(conn).optional()?)
}

/// The report on a unit for a half year, if one was composed.
pub fn find_for(conn: &mut DbConnection, unit_id: i64, half: HalfYear) -> StoreResult<Option<FeedbackReportRow>> {
    Ok(feedback_reports::table
        .filter(feedback_reports::unit_id.eq(unit_id))
        .filter(feedback_reports::year.eq(half.year))
        .filter(feedback_reports::half.eq(i32::from(half.half)))
        .select(FeedbackReportRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert(
    conn: &mut DbConnection,
    unit: &UnitRow,
    street: &AreaRow,
    half: HalfYear,
    content: &str,
) -> StoreResult<FeedbackReportRow> {
    let at = now();
    let id: i64 = diesel::insert_into(feedback_reports::table)
        .values((
            feedback_reports::unit_id.eq(unit.id),
            feedback_reports::year.eq(half.year),
            feedback_reports::half.eq(i32::from(half.half)),
            feedback_reports::area_id.eq(street.id),
            feedback_reports::area_path.eq(&street.path),
            feedback_reports::content.eq(content),
            feedback_reports::created_at.eq(at),
            feedback_reports::updated_at.eq(at),
        ))
        .returning(feedback_reports::id)
        .get_result(conn)?;
    find(conn, id)?.ok_or(StoreError::Missing)
}

/// Replaces what an unsigned report says.
pub fn recompose(conn: &mut DbConnection, id: i64, content: &str) -> StoreResult<FeedbackReportRow> {
    diesel::update(feedback_reports::table.find(id).filter(feedback_reports::signed_off_at.is_null()))
        .set((
            feedback_reports::content.eq(content),
            feedback_reports::updated_at.eq(now()),
            feedback_reports::version.eq(feedback_reports::version + 1),
        ))
        .execute(conn)?;
    find(conn, id)?.ok_or(StoreError::Missing)
}

pub fn sign_off(conn: &mut DbConnection, id: i64, by: i64, at: NaiveDateTime) -> StoreResult<()> {
    diesel::update(feedback_reports::table.find(id))
        .set((
            feedback_reports::signed_off_by.eq(by),
            feedback_reports::signed_off_at.eq(at),
            feedback_reports::updated_at.eq(at),
            feedback_reports::version.eq(feedback_reports::version + 1),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks a report delivered, to the superior organization in the tree when there is one.
pub fn deliver(conn: &mut DbConnection, id: i64, superior: Option<(i64, &str)>, at: NaiveDateTime) -> StoreResult<()> {
    diesel::update(feedback_reports::table.find(id))
        .set((
            feedback_reports::delivered_to_org_id.eq(superior.map(|s| s.0)),
            feedback_reports::delivered_to_path.eq(superior.map(|s| s.1)),
            feedback_reports::delivered_at.eq(at),
            feedback_reports::updated_at.eq(at),
            feedback_reports::version.eq(feedback_reports::version + 1),
        ))
        .execute(conn)?;
    Ok(())
}

/// Whose reports a list shows: those of streets in `areas`, and those delivered to an
/// organization in `superiors` (no ranges on either side: every report).
pub struct Reach {
    pub areas: Vec<(String, String)>,
    pub superiors: Vec<(String, String)>,
    pub unit_id: Option<i64>,
    pub year: Option<i32>,
    /// Only reports in this state.
    pub state: Option<ReportState>,
}

pub fn list(
    conn: &mut DbConnection,
    reach: &Reach,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<FeedbackReportRow>, i64)> {
    let query = || {
        let mut query = feedback_reports::table.into_boxed();
        if !reach.areas.is_empty() {
            // A scoped caller holds one subtree: its streets' reports and those delivered into it.
            let (low, high) = reach.areas[0].clone();
            let (org_low, org_high) = reach.superiors.first().cloned().unwrap_or_default();
            query = query.filter(
                feedback_reports::area_path.ge(low).and(feedback_reports::area_path.lt(high)).or(
                    feedback_reports::delivered_to_path
                        .ge(org_low)
                        .and(feedback_reports::delivered_to_path.lt(org_high))
                        .assume_not_null(),
                ),
            );
        }
        if let Some(unit) = reach.unit_id {
            query = query.filter(feedback_reports::unit_id.eq(unit));
        }
        if let Some(year) = reach.year {
            query = query.filter(feedback_reports::year.eq(year));
        }
        query = match reach.state {
            Some(ReportState::Composed) => query.filter(feedback_reports::signed_off_at.is_null()),
            Some(ReportState::SignedOff) => query
                .filter(feedback_reports::signed_off_at.is_not_null())
                .filter(feedback_reports::delivered_at.is_null()),
            Some(ReportState::Delivered) => query.filter(feedback_reports::delivered_at.is_not_null()),
            None => query,
        };
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(FeedbackReportRow::as_select()).load(conn)?;
    Ok((rows, total))
}
