//! Joint meetings (联席会): the bodies of streets and communities, their seats, meetings,
//! attendance and resolutions.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::dsl::{count_star, max};
use diesel::prelude::*;

use super::{StoreError, StoreResult};
use crate::db::keyset::{Order, Window};
use crate::db::models::{
    JointBodyRow, JointMeetingForm, JointMeetingRow, NewJointBody, NewSeat, ResolutionRow, SeatRow,
};
use crate::db::schema::{joint_attendance, joint_bodies, joint_meetings, joint_resolutions, joint_seats};
use crate::db::{DbConnection, now};

pub const BY_ID: Order = Order::by_id("id", "joint_bodies.id", false);
pub const MEETINGS_BY_ID: Order = Order::by_id("id", "joint_meetings.id", true);
pub const CHANGED: Order = Order::by_change("joint_bodies.updated_at", "joint_bodies.id");
pub const MEETINGS_CHANGED: Order = Order::by_change("joint_meetings.updated_at", "joint_meetings.id");

pub fn insert_body(conn: &mut DbConnection, body: &NewJointBody<'_>) -> StoreResult<JointBodyRow> {
    let id: i64 = diesel::insert_into(joint_bodies::table).values(body).returning(joint_bodies::id).get_result(conn)?;
    find_body(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_body(conn: &mut DbConnection, id: i64) -> StoreResult<Option<JointBodyRow>> {
    Ok(joint_bodies::table.find(id).select(JointBodyRow::as_select()).first(conn).optional()?)
}

/// The body of an area, if it has set one up.
pub fn body_of_area(conn: &mut DbConnection, area_id: i64) -> StoreResult<Option<JointBodyRow>> {
    Ok(joint_bodies::table
        .filter(joint_bodies::area_id.eq(area_id))
        .select(JointBodyRow::as_select())
        .first(conn)
        .optional()?)
}

/// A window of the bodies in the area subtrees given (none = everywhere).
pub fn list_bodies(
    conn: &mut DbConnection,
    ranges: &[(String, String)],
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<JointBodyRow>, i64)> {
    let query = || {
        let mut query = joint_bodies::table.into_boxed();
        if let Some(since) = window.since {
            query = query.filter(joint_bodies::updated_at.ge(since));
        }
        for (low, high) in ranges {
            query = query.filter(joint_bodies::area_path.ge(low.clone()).and(joint_bodies::area_path.lt(high.clone())));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(JointBodyRow::as_select()).load(conn)?;
    Ok((rows, total))
}

pub fn insert_seat(conn: &mut DbConnection, seat: &NewSeat<'_>) -> StoreResult<SeatRow> {
    let id: i64 = diesel::insert_into(joint_seats::table).values(seat).returning(joint_seats::id).get_result(conn)?;
    touch_body(conn, seat.body_id)?;
    Ok(joint_seats::table.find(id).select(SeatRow::as_select()).first(conn)?)
}

/// The seats of some joint meetings, by id.
pub fn seats_of(conn: &mut DbConnection, body_ids: &[i64]) -> StoreResult<Vec<SeatRow>> {
    Ok(joint_seats::table
        .filter(joint_seats::body_id.eq_any(body_ids))
        .order(joint_seats::id)
        .select(SeatRow::as_select())
        .load(conn)?)
}

/// Removes a seat; answers whether there was one. Its attendance goes with it.
pub fn delete_seat(conn: &mut DbConnection, body_id: i64, seat_id: i64) -> StoreResult<bool> {
    let gone =
        diesel::delete(joint_seats::table.find(seat_id).filter(joint_seats::body_id.eq(body_id))).execute(conn)?;
    if gone == 1 {
        touch_body(conn, body_id)?;
    }
    Ok(gone == 1)
}

fn touch_body(conn: &mut DbConnection, id: i64) -> StoreResult<()> {
    diesel::update(joint_bodies::table.find(id))
        .set((joint_bodies::updated_at.eq(now()), joint_bodies::version.eq(joint_bodies::version + 1)))
        .execute(conn)?;
    Ok(())
}

pub fn insert_meeting(
    conn: &mut DbConnection,
    body_id: i64,
    form: &JointMeetingForm<'_>,
) -> StoreResult<JointMeetingRow> {
    let id: i64 = diesel::insert_into(joint_meetings::table)
        .values((form, joint_meetings::body_id.eq(body_id), joint_meetings::created_at.eq(now())))
        .returning(joint_meetings::id)
        .get_result(conn)?;
    find_meeting(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_meeting(conn: &mut DbConnection, id: i64) -> StoreResult<Option<JointMeetingRow>> {
    Ok(joint_meetings::table.find(id).select(JointMeetingRow::as_select()).first(conn).optional()?)
}

/// Replaces a meeting's record if it still has `expected_version`; answers whether it did.
pub fn update_meeting(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    form: &JointMeetingForm<'_>,
) -> StoreResult<bool> {
    let changed = diesel::update(joint_meetings::table.find(id).filter(joint_meetings::version.eq(expected_version)))
        .set((form, joint_meetings::version.eq(joint_meetings::version + 1)))
        .execute(conn)?;
    Ok(changed == 1)
}

/// A window of a body's meetings, latest first.
pub fn meetings_of(
    conn: &mut DbConnection,
    body_id: i64,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<JointMeetingRow>, i64)> {
    let query = || {
        let mut query = joint_meetings::table.filter(joint_meetings::body_id.eq(body_id)).into_boxed();
        if let Some(since) = window.since {
            query = query.filter(joint_meetings::updated_at.ge(since));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(JointMeetingRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Replaces who was present at a meeting.
pub fn set_attendance(conn: &mut DbConnection, meeting_id: i64, present: &[(i64, bool)]) -> StoreResult<()> {
    diesel::delete(joint_attendance::table.filter(joint_attendance::meeting_id.eq(meeting_id))).execute(conn)?;
    for (seat, here) in present {
        diesel::insert_into(joint_attendance::table)
            .values((
                joint_attendance::meeting_id.eq(meeting_id),
                joint_attendance::seat_id.eq(*seat),
                joint_attendance::present.eq(*here),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Who was present (`true`) or absent at a meeting, by seat.
pub fn attendance_of(conn: &mut DbConnection, meeting_id: i64) -> StoreResult<Vec<(i64, bool)>> {
    Ok(joint_attendance::table
        .filter(joint_attendance::meeting_id.eq(meeting_id))
        .order(joint_attendance::seat_id)
        .select((joint_attendance::seat_id, joint_attendance::present))
        .load(conn)?)
}

pub fn insert_resolution(conn: &mut DbConnection, meeting_id: i64, text: &str) -> StoreResult<ResolutionRow> {
    let id: i64 = diesel::insert_into(joint_resolutions::table)
        .values((
            joint_resolutions::meeting_id.eq(meeting_id),
            joint_resolutions::text.eq(text),
            joint_resolutions::created_at.eq(now()),
        ))
        .returning(joint_resolutions::id)
        .get_result(conn)?;
    Ok(joint_resolutions::table.find(id).select(ResolutionRow::as_select()).first(conn)?)
}

pub fn resolutions_of(conn: &mut DbConnection, meeting_id: i64) -> StoreResult<Vec<ResolutionRow>> {
    Ok(joint_resolutions::table
        .filter(joint_resolutions::meeting_id.eq(meeting_id))
        .order(joint_resolutions::id)
        .select(ResolutionRow::as_select())
        .load(conn)?)
}

/// A resolution with the area path of its body, for checking it belongs where it is used.
pub fn resolution_area(conn: &mut DbConnection, id: i64) -> StoreResult<Option<String>> {
    Ok(joint_resolutions::table
        .find(id)
        .inner_join(joint_meetings::table.inner_join(joint_bodies::table))
        .select(joint_bodies::area_path)
        .first(conn)
        .optional()?)
}

/// The day each body last held a meeting.
pub fn last_held(conn: &mut DbConnection, body_ids: &[i64]) -> StoreResult<HashMap<i64, NaiveDate>> {
    let rows: Vec<(i64, Option<NaiveDate>)> = joint_meetings::table
        .filter(joint_meetings::body_id.eq_any(body_ids))
        .filter(joint_meetings::held.eq(true))
        .group_by(joint_meetings::body_id)
        .select((joint_meetings::body_id, max(joint_meetings::meets_on)))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(body, day)| day.map(|d| (body, d))).collect())
}

/// Meetings not yet held, with their body's area path, in the area subtrees given: what
/// agenda alerts are worked out from.
pub fn planned(conn: &mut DbConnection, ranges: &[(String, String)]) -> StoreResult<Vec<(JointMeetingRow, String)>> {
    let mut query =
        joint_meetings::table.inner_join(joint_bodies::table).filter(joint_meetings::held.eq(false)).into_boxed();
    for (low, high) in ranges {
        query = query.filter(joint_bodies::area_path.ge(low.clone()).and(joint_bodies::area_path.lt(high.clone())));
    }
    Ok(query.select((JointMeetingRow::as_select(), joint_bodies::area_path)).load(conn)?)
}

/// Joint meetings of the area subtrees, and those held between two days (both included).
pub fn counts(
    conn: &mut DbConnection,
    ranges: &[(String, String)],
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<(i64, i64)> {
    let bodies: i64 = within!(joint_bodies::table.into_boxed(), joint_bodies::area_path, ranges)
        .select(count_star())
        .get_result(conn)?;
    let held: i64 =
        within!(joint_meetings::table.inner_join(joint_bodies::table).into_boxed(), joint_bodies::area_path, ranges)
            .filter(joint_meetings::held.eq(true))
            .filter(joint_meetings::meets_on.between(from, to))
            .select(count_star())
            .get_result(conn)?;
    Ok((bodies, held))
}
