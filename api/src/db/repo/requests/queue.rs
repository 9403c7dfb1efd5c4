//! The queues and lists of requests: who sees which (`Seer`), the filters of a list and the
//! order of a platform's queue, kept in `queue_due` so that a queue page is read in index order.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Nullable};
use domain::area::AreaKind;
use domain::tree::subtree_range;

use crate::db::keyset::{Key, KeyKind, Order, Position, Window};
use crate::db::models::{AreaRow, RequestRow};
use crate::db::repo::StoreResult;
use crate::db::schema::{departments, organizations, resident_requests, units};
use crate::db::{DbConnection, MultiBackend};

/// The day that ranks an open request in a platform's queue: the last day of its running clock,
/// or after every running one when its clock stopped (suspended); none once it is done with.
pub fn queue_due(state: &str, due_on: Option<NaiveDate>) -> Option<NaiveDate> {
    let open = state.parse().is_ok_and(domain::requests::is_open);
    open.then(|| due_on.unwrap_or(STOPPED_CLOCK))
}

/// Where a stopped clock ranks: after every day a running clock can end on (and before the
/// requests done with, see [`DONE`]).
const STOPPED_CLOCK: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 30).expect("a valid day");

/// Who a caller is, for the requests it sees beyond its areas.
#[derive(Debug, Clone, Default)]
pub struct Seer {
    /// Area path ranges it reads (none with `everything`).
    pub area_ranges: Vec<(String, String)>,
    /// Organization path ranges whose departments and units it acts for.
    pub org_ranges: Vec<(String, String)>,
    pub everything: bool,
    pub user_id: i64,
    pub member_id: Option<i64>,
}

/// Which requests a list shows.
#[derive(Debug, Clone, Default)]
pub struct RequestFilter {
    pub seer: Seer,
    pub state: Option<&'static str>,
    /// Open (in a queue) or done with.
    pub open: Option<bool>,
    pub level: Option<&'static str>,
    pub request_type: Option<&'static str>,
    pub category_id: Option<i64>,
    pub channel: Option<&'static str>,
    pub area: Option<AreaFilter>,
    /// Open and past their last day on this date.
    pub overdue_on: Option<NaiveDate>,
    /// Dispatched to the caller.
    pub mine: bool,
    pub source: Option<String>,
    pub external_id: Option<String>,
    pub received_from: Option<NaiveDateTime>,
    pub received_before: Option<NaiveDateTime>,
}

/// Where requests are: a street's and a community's are read through their own queue indexes.
#[derive(Debug, Clone)]
pub enum AreaFilter {
    /// A street, with the path range of its subtree.
    Street(i64, (String, String)),
    /// A community, with the path range of its subtree.
    Community(i64, (String, String)),
    /// Inside this area subtree.
    Subtree((String, String)),
}

impl AreaFilter {
    pub fn of(area: &AreaRow) -> AreaFilter {
        let range = subtree_range(&area.path);
        match area.kind.parse() {
            Ok(AreaKind::Street) => AreaFilter::Street(area.id, range),
            Ok(AreaKind::Community) => AreaFilter::Community(area.id, range),
            _ => AreaFilter::Subtree(range),
        }
    }

    fn range(&self) -> &(String, String) {
        match self {
            AreaFilter::Street(_, range) | AreaFilter::Community(_, range) | AreaFilter::Subtree(range) => range,
        }
    }
}

impl Seer {
    /// Reads every request in the subtree of `range` through its areas.
    fn reads_whole(&self, range: &(String, String)) -> bool {
        self.everything || self.area_ranges.iter().any(|(low, high)| *low <= range.0 && range.1 <= *high)
    }
}

/// The kinds of assignee, as stored in `assignee_kind`.
pub const ASSIGNED_USER: &str = "user";
pub const ASSIGNED_MEMBER: &str = "member";
pub const ASSIGNED_UNIT: &str = "unit";
pub const ASSIGNED_DEPARTMENT: &str = "department";

type Condition = Box<dyn BoxableExpression<resident_requests::table, MultiBackend, SqlType = Nullable<Bool>>>;

/// Dispatched to the seer's own account or member record.
fn assigned_to(seer: &Seer) -> Condition {
    let user = resident_requests::assignee_kind.eq(ASSIGNED_USER).and(resident_requests::assignee_id.eq(seer.user_id));
    match seer.member_id {
        Some(member) => {
            Box::new(user.or(
                resident_requests::assignee_kind.eq(ASSIGNED_MEMBER).and(resident_requests::assignee_id.eq(member)),
            ))
        }
        None => Box::new(user),
    }
}

fn in_range(range: &(String, String)) -> Condition {
    Box::new(
        resident_requests::area_path
            .ge(range.0.clone())
            .and(resident_requests::area_path.lt(range.1.clone()))
            .nullable(),
    )
}

/// What a seer sees: its areas, the departments and units its organizations act for, and its
/// own assignments.
fn seen_by(seer: &Seer) -> Condition {
    if seer.everything {
        return Box::new(resident_requests::id.eq(resident_requests::id).nullable());
    }
    let mut seen = assigned_to(seer);
    for range in &seer.area_ranges {
        seen = Box::new(seen.or(in_range(range)));
    }
    for (low, high) in &seer.org_ranges {
        let orgs = || {
            organizations::table
                .filter(organizations::path.ge(low.clone()))
                .filter(organizations::path.lt(high.clone()))
                .select(organizations::id.nullable())
        };
        let departments = || departments::table.filter(departments::org_id.eq_any(orgs())).select(departments::id);
        let units = units::table.filter(units::covering_org_id.eq_any(orgs())).select(units::id);
        let assigned = |kind: &'static str| resident_requests::assignee_kind.eq(kind);
        seen = Box::new(
            seen.or(resident_requests::department_id.eq_any(departments().nullable()))
                .or(assigned(ASSIGNED_DEPARTMENT).and(resident_requests::assignee_id.eq_any(departments().nullable())))
                .or(assigned(ASSIGNED_UNIT).and(resident_requests::assignee_id.eq_any(units.nullable()))),
        );
    }
    seen
}

type Boxed<'a> = resident_requests::BoxedQuery<'a, MultiBackend>;

fn filtered(filter: &RequestFilter) -> Boxed<'_> {
    // A seer who reads the whole area asked for sees every request in it: the area's own
    // condition stands for the seer's (an OR of its areas, assignments and three sub-selects,
    // which PostgreSQL would plan again on every run).
    let whole = filter.area.as_ref().is_some_and(|area| filter.seer.reads_whole(area.range()));
    let mut query = resident_requests::table.into_boxed();
    if !whole {
        query = query.filter(seen_by(&filter.seer));
    }
    if let Some(state) = filter.state {
        query = query.filter(resident_requests::state.eq(state));
    }
    match filter.open {
        Some(true) => query = query.filter(resident_requests::queue_due.is_not_null()),
        Some(false) => query = query.filter(resident_requests::queue_due.is_null()),
        None => {}
    }
    if let Some(level) = filter.level {
        query = query.filter(resident_requests::level.eq(level));
    }
    if let Some(kind) = filter.request_type {
        query = query.filter(resident_requests::request_type.eq(kind));
    }
    if let Some(category) = filter.category_id {
        query = query.filter(resident_requests::category_id.eq(category));
    }
    if let Some(channel) = filter.channel {
        query = query.filter(resident_requests::channel.eq(channel));
    }
    match &filter.area {
        Some(AreaFilter::Street(id, _)) => query = query.filter(resident_requests::street_area_id.eq(*id)),
        Some(AreaFilter::Community(id, _)) => query = query.filter(resident_requests::community_area_id.eq(*id)),
        Some(AreaFilter::Subtree(range)) => query = query.filter(in_range(range)),
        None => {}
    }
    if let Some(today) = filter.overdue_on {
        query = query.filter(resident_requests::due_on.lt(today));
    }
    if filter.mine {
        query = query.filter(assigned_to(&filter.seer));
    }
    if let Some(source) = &filter.source {
        query = query.filter(resident_requests::source.eq(source.clone()));
    }
    if let Some(external_id) = &filter.external_id {
        query = query.filter(resident_requests::external_id.eq(external_id.clone()));
    }
    if let Some(from) = filter.received_from {
        query = query.filter(resident_requests::received_at.ge(from));
    }
    if let Some(before) = filter.received_before {
        query = query.filter(resident_requests::received_at.lt(before));
    }
    query
}

/// The orders of the request list.
pub mod order {
    use crate::db::keyset::{KeyKind, Order};

    /// The queue of open requests: by last day (overdue first), then oldest; the order of
    /// the queue indexes, so that a platform's queue page is read in index order.
    pub const QUEUE: Order = Order {
        name: "due",
        key: "resident_requests.queue_due",
        kind: KeyKind::Date,
        id: "resident_requests.id",
        descending: false,
    };
    /// Open requests in their queue order, then the ones done with (no last day).
    pub const DUE: Order = Order { key: "COALESCE(resident_requests.queue_due, '9999-12-31')", ..QUEUE };
    /// Newest received first.
    pub const NEWEST: Order = Order {
        name: "-received_at",
        key: "resident_requests.received_at",
        kind: KeyKind::Time,
        descending: true,
        ..QUEUE
    };
    pub const CHANGED: Order = Order::by_change("resident_requests.updated_at", "resident_requests.id");
}

/// Where requests done with rank in the list of every request: after the stopped clocks.
const DONE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(date) => date,
    None => panic!("9999-12-31 is a date"),
};

/// Where a request stands in an order.
pub fn position(order: &Order, row: &RequestRow) -> Position {
    let key = match (order.kind, order.name) {
        (KeyKind::Date, _) => Key::Date(queue_due(&row.state, row.due_on).unwrap_or(DONE)),
        (_, "updated") => Key::Time(row.updated_at),
        _ => Key::Time(row.received_at),
    };
    Position { key, id: row.id }
}

pub fn list(
    conn: &mut DbConnection,
    filter: &RequestFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<RequestRow>, i64)> {
    let changed = || match window.since {
        Some(since) => filtered(filter).filter(resident_requests::updated_at.ge(since)),
        None => filtered(filter),
    };
    let total = window.total(|| changed().select(count_star()).get_result(conn))?;
    let rows = window.apply(changed(), order).select(RequestRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Every request a filter holds (for the figures), bounded by the caller's period.
pub fn all(conn: &mut DbConnection, filter: &RequestFilter) -> StoreResult<Vec<RequestRow>> {
    Ok(filtered(filter).order(resident_requests::id).select(RequestRow::as_select()).load(conn)?)
}
