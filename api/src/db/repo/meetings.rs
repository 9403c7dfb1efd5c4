//! Meetings of organizational life and their attendance.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::meetings::{Attendance, MeetingType};
use domain::member::Stage;
use domain::tree::subtree_range;

use super::StoreResult;
use super::organizations::Branches;
use crate::db::DbConnection;
use crate::db::keyset::{Key, KeyKind, Order, Position, Window};
use crate::db::models::{MeetingRow, MemberRow, NewMeeting};
use crate::db::schema::{meeting_attendance as attendance, meetings, members};

/// Which meetings a page lists.
#[derive(Debug)]
pub struct MeetingFilter {
    /// Meetings of this subtree (by its path).
    pub within: String,
    pub meeting_type: Option<MeetingType>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// A page of meetings, newest first, and how many match.
/// Meetings by date, latest first.
pub const LATEST_FIRST: Order =
    Order { name: "-held_on", key: "meetings.held_on", kind: KeyKind::Date, id: "meetings.id", descending: true };
/// Meetings as recorded: a meeting record does not change once recorded.
pub const RECORDED: Order = Order::by_change("meetings.created_at", "meetings.id");

pub fn position(order: &Order, row: &MeetingRow) -> Position {
    let key = if order.kind == KeyKind::Date { Key::Date(row.held_on) } else { Key::Time(row.created_at) };
    Position { key, id: row.id }
}

pub fn page(
    conn: &mut DbConnection,
    filter: &MeetingFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<MeetingRow>, i64)> {
    let (low, high) = subtree_range(&filter.within);
    let filtered = || {
        let mut q = meetings::table
            .filter(meetings::org_path.ge(low.clone()))
            .filter(meetings::org_path.lt(high.clone()))
            .into_boxed::<crate::db::MultiBackend>();
        if let Some(t) = filter.meeting_type {
            q = q.filter(meetings::meeting_type.eq(t.code()));
        }
        if let Some(from) = filter.from {
            q = q.filter(meetings::held_on.ge(from));
        }
        if let Some(to) = filter.to {
            q = q.filter(meetings::held_on.le(to));
        }
        if let Some(since) = window.since {
            q = q.filter(meetings::created_at.ge(since));
        }
        q
    };
    let total = window.total(|| filtered().count().get_result(conn))?;
    let rows = window.apply::<meetings::table, _>(filtered(), order).select(MeetingRow::as_select()).load(conn)?;
    Ok((rows, total))
}

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<MeetingRow>> {
    Ok(meetings::table.find(id).select(MeetingRow::as_select()).first(conn).optional()?)
}

/// The members expected at an organization's meetings: its probationary and full members.
pub fn expected(conn: &mut DbConnection, org_id: i64) -> StoreResult<Vec<MemberRow>> {
    Ok(members::table
        .filter(members::membership_org_id.eq(org_id))
        .filter(members::stage.eq_any([Stage::Probationary.code(), Stage::Full.code()]))
        .order((members::name, members::id))
        .select(MemberRow::as_select())
        .load(conn)?)
}

/// One member's attendance: `(member_id, name, attendance, leave reason, online check-in)`.
pub type AttendanceRow = (i64, String, String, Option<String>, Option<NaiveDateTime>);

/// A meeting's attendance as recorded when it was held, by name.
pub fn attendance(conn: &mut DbConnection, meeting_id: i64) -> StoreResult<Vec<AttendanceRow>> {
    Ok(attendance::table
        .inner_join(members::table)
        .filter(attendance::meeting_id.eq(meeting_id))
        .order((members::name, members::id))
        .select((
            attendance::member_id,
            members::name,
            attendance::status,
            attendance::leave_reason,
            attendance::checked_in_at,
        ))
        .load(conn)?)
}

/// A member's attendance at a meeting as recorded, if the member was expected at it.
pub fn attendance_of(conn: &mut DbConnection, meeting_id: i64, member_id: i64) -> StoreResult<Option<String>> {
    Ok(attendance::table.find((meeting_id, member_id)).select(attendance::status).first(conn).optional()?)
}

/// Marks a member present from an online check-in; false when already present.
pub fn check_in(conn: &mut DbConnection, meeting_id: i64, member_id: i64, at: NaiveDateTime) -> StoreResult<bool> {
    let changed = diesel::update(
        attendance::table.find((meeting_id, member_id)).filter(attendance::status.ne(Attendance::Present.code())),
    )
    .set((
        attendance::status.eq(Attendance::Present.code()),
        attendance::leave_reason.eq(None::<String>),
        attendance::checked_in_at.eq(at),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// A meeting with one member's attendance and online check-in.
pub type MemberMeeting = (MeetingRow, String, Option<NaiveDateTime>);

/// A member's meetings with the member's attendance and online check-in, newest first.
pub fn of_member(
    conn: &mut DbConnection,
    member_id: i64,
    online: Option<bool>,
    window: &Window,
) -> StoreResult<(Vec<MemberMeeting>, i64)> {
    let query = || {
        let mut q = attendance::table
            .inner_join(meetings::table)
            .filter(attendance::member_id.eq(member_id))
            .into_boxed::<crate::db::MultiBackend>();
        if let Some(online) = online {
            q = q.filter(meetings::online.eq(online));
        }
        q
    };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows = window
        .apply(query(), &LATEST_FIRST)
        .select((MeetingRow::as_select(), attendance::status, attendance::checked_in_at))
        .load(conn)?;
    Ok((rows, total))
}

/// Records a meeting; its id.
pub fn insert(conn: &mut DbConnection, meeting: NewMeeting) -> StoreResult<i64> {
    Ok(diesel::insert_into(meetings::table).values(meeting).returning(meetings::id).get_result(conn)?)
}

/// Records one member's attendance at a meeting.
pub fn mark(
    conn: &mut DbConnection,
    meeting_id: i64,
    member_id: i64,
    mark: Attendance,
    leave_reason: Option<&str>,
) -> StoreResult<()> {
    diesel::insert_into(attendance::table)
        .values((
            attendance::meeting_id.eq(meeting_id),
            attendance::member_id.eq(member_id),
            attendance::status.eq(mark.code()),
            attendance::leave_reason.eq(leave_reason),
        ))
        .execute(conn)?;
    Ok(())
}

/// Meetings held between `first` and `last` (inclusive) in a subtree or by some
/// organizations, by organization, type and day: `(org_id, meeting_type, held_on, meetings)`.
pub fn held_by_day(
    conn: &mut DbConnection,
    which: Branches<'_>,
    first: NaiveDate,
    last: NaiveDate,
) -> StoreResult<Vec<(i64, String, NaiveDate, i64)>> {
    let query = meetings::table
        .filter(meetings::held_on.ge(first))
        .filter(meetings::held_on.le(last))
        .group_by((meetings::org_id, meetings::meeting_type, meetings::held_on))
        .select((meetings::org_id, meetings::meeting_type, meetings::held_on, diesel::dsl::count_star()))
        .into_boxed();
    let query = of_branches!(query, which, meetings::org_path, meetings::org_id);
    Ok(query.load(conn)?)
}

/// The members present at any meeting held on or after `since`.
pub fn attended_since(conn: &mut DbConnection, since: NaiveDate) -> StoreResult<std::collections::HashSet<i64>> {
    let attended: Vec<i64> = attendance::table
        .inner_join(meetings::table)
        .filter(meetings::held_on.ge(since))
        .filter(attendance::status.eq(Attendance::Present.code()))
        .select(attendance::member_id)
        .distinct()
        .load(conn)?;
    Ok(attended.into_iter().collect())
}
