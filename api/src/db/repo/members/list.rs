//! The member list: filters, orders and the windows of a page.

use diesel::prelude::*;
use domain::tree::{self, STREET_DEPTH};

use super::super::StoreResult;
use crate::db::DbConnection;
use crate::db::id_list::any_of;
use crate::db::keyset::{Key, KeyKind, NO_DATE, Order, Position, Window};
use crate::db::models::MemberRow;
use crate::db::schema::members;

/// A part of the tree a member must be linked to, through either or both links.
#[derive(Debug, Clone)]
pub struct Reach {
    pub range: (String, String),
    pub through_membership: bool,
    pub through_residence: bool,
}

/// The orders of the member list.
pub mod order {
    use crate::db::keyset::{KeyKind, Order};

    const MEMBER: Order =
        Order { name: "name", key: "members.name", kind: KeyKind::Text, id: "members.id", descending: false };
    pub const NAME: Order = MEMBER;
    pub const NAME_DESCENDING: Order = Order { name: "-name", descending: true, ..MEMBER };
    // Members without a join date (applicants) come first on both databases.
    pub const JOIN_DATE: Order =
        Order { name: "join_date", key: "COALESCE(members.join_date, '0001-01-01')", kind: KeyKind::Date, ..MEMBER };
    pub const JOIN_DATE_DESCENDING: Order = Order { name: "-join_date", descending: true, ..JOIN_DATE };
    pub const CHANGED: Order = Order { name: "updated", key: "members.updated_at", kind: KeyKind::Time, ..MEMBER };
}

/// Where a member stands in an order.
pub fn position(order: &Order, row: &MemberRow) -> Position {
    let key = match order.kind {
        KeyKind::Date => Key::Date(row.join_date.unwrap_or(NO_DATE)),
        KeyKind::Time => Key::Time(row.updated_at),
        _ => Key::Text(row.name.clone()),
    };
    Position { key, id: row.id }
}

/// What a member search matches.
#[derive(Debug, Clone)]
pub enum Search {
    /// A LIKE pattern of the name.
    Name(String),
    /// The blind index of an exact ID number.
    IdNumber(String),
    /// The blind index of an exact phone number.
    Phone(String),
}

#[derive(Debug, Default)]
pub struct MemberFilter {
    /// Every reach must hold (caller scope, `org_id`); empty = unlimited.
    pub reaches: Vec<Reach>,
    pub category: Option<&'static str>,
    pub stage: Option<&'static str>,
    /// Residence area subtree (a grid).
    pub residence_range: Option<(String, String)>,
    pub search: Option<Search>,
}

type Boxed<'a> = members::BoxedQuery<'a, crate::db::MultiBackend>;

fn filtered(filter: &MemberFilter) -> Boxed<'_> {
    let mut query = members::table.into_boxed();
    for reach in &filter.reaches {
        let (low, high) = reach.range.clone();
        let membership =
            members::membership_org_path.ge(low.clone()).and(members::membership_org_path.lt(high.clone()));
        let residence = members::residence_org_path.ge(low).and(members::residence_org_path.lt(high));
        query = match (reach.through_membership, reach.through_residence) {
            (true, true) => query.filter(membership.or(residence)),
            (true, false) => query.filter(membership),
            (false, true) => query.filter(residence),
            (false, false) => query.filter(members::id.ne(members::id)),
        };
    }
    if let Some(category) = filter.category {
        query = query.filter(members::category.eq(category));
    }
    if let Some(stage) = filter.stage {
        query = query.filter(members::stage.eq(stage));
    }
    if let Some((low, high)) = &filter.residence_range {
        query = query
            .filter(members::residence_area_path.ge(low.clone()))
            .filter(members::residence_area_path.lt(high.clone()));
    }
    match &filter.search {
        Some(Search::Name(pattern)) => query = query.filter(members::name.like(pattern.clone()).escape('\\')),
        Some(Search::IdNumber(index)) => query = query.filter(members::id_number_index.eq(index.clone())),
        Some(Search::Phone(index)) => query = query.filter(members::phone_index.eq(index.clone())),
        None => {}
    }
    query
}

fn changed<'a>(query: Boxed<'a>, window: &Window) -> Boxed<'a> {
    match window.since {
        Some(since) => query.filter(members::updated_at.ge(since)),
        None => query,
    }
}

/// A window of the members a filter matches, in an order, and how many match.
pub fn list(
    conn: &mut DbConnection,
    filter: &MemberFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<MemberRow>, i64)> {
    if let Some((category, street)) = street_page(filter, order, window) {
        return street_list(conn, category, street, order, window);
    }
    let total = window.total(|| match street_of(filter).filter(|_| window.since.is_none()) {
        Some((category, street)) => street_count(conn, category, street),
        None => changed(filtered(filter), window).count().get_result(conn),
    })?;
    let query = window.apply::<members::table, _>(changed(filtered(filter), window), order);
    Ok((query.select(MemberRow::as_select()).load(conn)?, total))
}

/// The category and street path of a filter that asks for a street's members of one
/// category through either link, and nothing else.
fn street_of(filter: &MemberFilter) -> Option<(&'static str, &str)> {
    let [reach] = filter.reaches.as_slice() else { return None };
    let plain = filter.stage.is_none() && filter.residence_range.is_none() && filter.search.is_none();
    let category = filter.category?;
    let street = reach.range.0.as_str();
    let both_links = reach.through_membership && reach.through_residence;
    (plain && both_links && tree::depth(street) == STREET_DEPTH).then_some((category, street))
}

/// The category and street path of a page that is a street's members of one category in
/// name order: such a page is the first rows of two index-ordered scans, one per link,
/// rather than a sort of every member of the street.
fn street_page<'a>(filter: &'a MemberFilter, order: &Order, window: &Window) -> Option<(&'static str, &'a str)> {
    let paged_by_name = order.kind == KeyKind::Text && window.offset == 0 && window.since.is_none();
    street_of(filter).filter(|_| paged_by_name)
}

/// How many members of a category a street has through either link, as two counts from the
/// two street indexes alone: those of the street through membership, and those through
/// residence whose membership lies elsewhere (the residence index carries the membership
/// street). The OR of the two links would make PostgreSQL read every matching member's row to
/// count it. Each count is a sub-select, so it rides along with another statement.
macro_rules! street_counts {
    ($category:expr, $street:expr) => {{
        let counted = diesel::alias!(members as counted);
        let (category, street) = ($category, $street.to_owned());
        let category_of = counted.field(members::category);
        let membership_street = counted.field(members::membership_street_path);
        let through_membership = counted
            .filter(category_of.eq(category))
            .filter(membership_street.eq(street.clone()))
            .count()
            .single_value();
        let only_through_residence = counted
            .filter(category_of.eq(category))
            .filter(counted.field(members::residence_street_path).eq(street.clone()))
            .filter(membership_street.ne(street).or(membership_street.is_null()))
            .count()
            .single_value();
        (through_membership, only_through_residence)
    }};
}

/// How many members of a category a street has through either link, in one round trip.
fn street_count(conn: &mut DbConnection, category: &'static str, street: &str) -> diesel::QueryResult<i64> {
    let counts: (Option<i64>, Option<i64>) = diesel::select(street_counts!(category, street)).get_result(conn)?;
    Ok(sum(counts))
}

fn sum((through_membership, only_through_residence): (Option<i64>, Option<i64>)) -> i64 {
    through_membership.unwrap_or(0) + only_through_residence.unwrap_or(0)
}

/// A page of a street's members of one category in name order: the window's first rows
/// through each link, then the window of their union, which carries the street's count when
/// the page must count (a round trip fewer).
fn street_list(
    conn: &mut DbConnection,
    category: &'static str,
    street: &str,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<MemberRow>, i64)> {
    let ids = street_ids(conn, category, street, order, window)?;
    let page = members::table.into_boxed().filter(any_of("members.id", ids));
    let page = window.apply::<members::table, _>(page, order);
    if let Some(total) = window.counted {
        return Ok((page.select(MemberRow::as_select()).load(conn)?, total));
    }
    let (through_membership, only_through_residence) = street_counts!(category, street);
    let rows: Vec<(MemberRow, Option<i64>, Option<i64>)> =
        page.select((MemberRow::as_select(), through_membership, only_through_residence)).load(conn)?;
    match rows.first() {
        Some(&(_, through_membership, only_through_residence)) => {
            let total = sum((through_membership, only_through_residence));
            Ok((rows.into_iter().map(|(row, ..)| row).collect(), total))
        }
        // No row to carry the count: the street has none (or they left between statements).
        None => Ok((Vec::new(), street_count(conn, category, street)?)),
    }
}

/// The ids of the window's first rows through either link of a street; the window of their
/// union is the window of the street's members.
fn street_ids(
    conn: &mut DbConnection,
    category: &'static str,
    street: &str,
    order: &Order,
    window: &Window,
) -> StoreResult<Vec<i64>> {
    let through_membership = members::table.filter(members::membership_street_path.eq(street.to_owned())).into_boxed();
    let through_residence = members::table.filter(members::residence_street_path.eq(street.to_owned())).into_boxed();
    let mut ids = Vec::new();
    for side in [through_membership, through_residence] {
        let side = window.apply::<members::table, _>(side.filter(members::category.eq(category)), order);
        ids.extend(side.select(members::id).load::<i64>(conn)?);
    }
    Ok(ids)
}
