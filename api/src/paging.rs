//! Paging of lists: `limit`, then either `offset` or the `cursor` a previous page answered
//! (keyset: the next page starts after the last item, through the order's index), and
//! `updated_since` for lists that keep change times (the change feed, ordered by change).
//!
//! A list's total is counted for its first page and travels in the cursor after it; the
//! instance also keeps it between writes (see [`crate::cache`]), so that loading the same list
//! again, as a queue or a subtree's list is, reads its page and counts nothing.

use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use futures_util::future::{Ready, ready};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::IntoParams;
use validator::Validate;

use crate::db::keyset::{Key, KeyKind, Order, Position, Window};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::parse_query;
use crate::state::{AppState, Caches};

/// Default and largest page size of lists.
pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 200;

/// The paging parameters every list takes.
#[derive(Debug, Default, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// Page size (default 20).
    #[param(minimum = 1, maximum = 200, example = 50)]
    pub limit: Option<i64>,
    /// Items to skip (offset paging). Cannot be combined with `cursor`.
    #[param(minimum = 0)]
    pub offset: Option<i64>,
    /// The `next_cursor` of the previous page: the next page starts after its last item,
    /// at the same cost wherever it is in the list. Opaque; only valid with the filters and
    /// order it was answered for.
    #[param(max_length = 1000)]
    pub cursor: Option<String>,
}

/// The change-feed parameter of lists that keep change times.
#[derive(Debug, Default, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ChangesSince {
    /// Only items created or changed at or after this time (RFC 3339), ordered by change
    /// time and id instead of the list's sort; page on with `next_cursor`. Items that were
    /// deleted or left the caller's view are listed by `GET /api/v1/tombstones`.
    #[param(example = "2026-12-01T00:00:00Z")]
    pub updated_since: Option<DateTime<Utc>>,
}

/// The filters of a list that has none.
#[derive(Debug, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct NoFilters {}

/// A list's checked paging.
#[derive(Debug, Clone)]
pub struct Page {
    pub limit: i64,
    pub offset: i64,
    pub updated_since: Option<NaiveDateTime>,
    cursor: Option<Cursor>,
    kept: Option<KeptTotal>,
}

/// A list as one caller asks for it, whatever the page: a digest of its path, its filters and
/// the caller's credentials (the rows a caller may see depend on who asks).
pub type ListKey = [u8; 32];

/// The total kept for a first page's list, or where to keep the one it counts.
#[derive(Clone)]
struct KeptTotal {
    caches: Arc<Caches>,
    key: ListKey,
    /// The generation before anything was read: a total counted while a write committed is
    /// not kept.
    generation: u64,
    total: Option<i64>,
}

impl std::fmt::Debug for KeptTotal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeptTotal").field("total", &self.total).finish_non_exhaustive()
    }
}

/// What a cursor holds: the order it continues and the position of the last item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Cursor {
    #[serde(rename = "o")]
    order: String,
    #[serde(rename = "k", default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(rename = "i")]
    id: i64,
    /// The total counted for the first page.
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    total: Option<i64>,
}

/// Lists computed in memory page by position.
const BY_POSITION: &str = "position";

const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.f";

fn invalid(field: &str, message: &str) -> ApiError {
    ApiError::Validation(vec![FieldError::new(field, "invalid_value", message)])
}

fn not_this_list() -> ApiError {
    invalid("cursor", "not a cursor of this list and order: start again without a cursor")
}

impl Cursor {
    fn decode(text: &str) -> ApiResult<Cursor> {
        let bytes = URL_SAFE_NO_PAD.decode(text.trim()).map_err(|_| not_this_list())?;
        serde_json::from_slice(&bytes).map_err(|_| not_this_list())
    }

    fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }
}

impl Page {
    pub fn new(paging: Paging, changes: ChangesSince) -> ApiResult<Page> {
        let limit = paging.limit.unwrap_or(DEFAULT_LIMIT);
        let mut errors = Vec::new();
        if !(1..=MAX_LIMIT).contains(&limit) {
            errors.push(FieldError::new("limit", "range", format!("must be between 1 and {MAX_LIMIT}")));
        }
        if paging.offset.is_some_and(|offset| offset < 0) {
            errors.push(FieldError::new("offset", "range", "must be at least 0"));
        }
        if paging.offset.is_some() && paging.cursor.is_some() {
            errors.push(FieldError::new("offset", "invalid_value", "a cursor already says where the page starts"));
        }
        if !errors.is_empty() {
            return Err(ApiError::Validation(errors));
        }
        let cursor = paging.cursor.as_deref().map(Cursor::decode).transpose()?;
        Ok(Page {
            limit,
            offset: paging.offset.unwrap_or(0),
            updated_since: changes.updated_since.map(|at| at.naive_utc()),
            cursor,
            kept: None,
        })
    }

    /// Refuses `updated_since` on a list without change times, as any parameter it does
    /// not declare.
    pub fn without_changes(&self) -> ApiResult<()> {
        match self.updated_since {
            Some(_) => Err(ApiError::field("updated_since", "unknown_field", "this list keeps no change times")),
            None => Ok(()),
        }
    }

    /// The order to page by: the change order when `updated_since` is given (a `sort`
    /// asked for as well is refused), else the list's own.
    pub fn order<'a>(&self, sort_asked: bool, sorted: &'a Order, by_change: &'a Order) -> ApiResult<&'a Order> {
        match (self.updated_since, sort_asked) {
            (None, _) => Ok(sorted),
            (Some(_), false) => Ok(by_change),
            (Some(_), true) => Err(invalid("sort", "a change feed (updated_since) is ordered by change time")),
        }
    }

    /// The rows to load for `order`.
    pub fn window(&self, order: &Order) -> ApiResult<Window> {
        let after = match &self.cursor {
            None => None,
            Some(cursor) if cursor.order != order.name => return Err(not_this_list()),
            Some(cursor) => Some(Position { key: key_of(order.kind, cursor.key.as_deref())?, id: cursor.id }),
        };
        let counted = match (&self.cursor, &self.kept) {
            (Some(cursor), _) => cursor.total,
            (None, kept) => kept.as_ref().and_then(|kept| kept.total),
        };
        Ok(Window { fetch: self.limit + 1, offset: self.offset, after, since: self.updated_since, counted })
    }

    /// This page of the rows a [`Window`] loaded, and the cursor of the next page when one
    /// follows.
    pub fn finish<R>(
        &self,
        order: &Order,
        mut rows: Vec<R>,
        total: i64,
        position: impl Fn(&R) -> Position,
    ) -> (Vec<R>, Option<String>) {
        if let Some(kept) = self.kept.as_ref().filter(|kept| kept.total.is_none()) {
            kept.caches.totals.keep(kept.key, kept.generation, total);
        }
        let limit = usize::try_from(self.limit).unwrap_or(0);
        if rows.len() <= limit {
            return (rows, None);
        }
        rows.truncate(limit);
        let next = rows.last().map(|row| {
            let Position { key, id } = position(row);
            Cursor { order: order.name.to_owned(), key: text_of(key), id, total: Some(total) }.encode()
        });
        (rows, next)
    }

    /// The page of a list computed in memory, the list's total and the next page's cursor.
    pub fn of<T>(&self, all: Vec<T>) -> ApiResult<(Vec<T>, i64, Option<String>)> {
        let (range, next) = self.positions(all.len())?;
        let total = i64::try_from(all.len()).unwrap_or(i64::MAX);
        Ok((all.into_iter().skip(range.start).take(range.len()).collect(), total, next))
    }

    /// The positions of this page in a list of `total` items kept in memory, and the next
    /// page's cursor.
    pub fn positions(&self, total: usize) -> ApiResult<(std::ops::Range<usize>, Option<String>)> {
        let start = match &self.cursor {
            None => self.offset,
            Some(cursor) if cursor.order == BY_POSITION && cursor.id >= 0 => cursor.id,
            Some(_) => return Err(not_this_list()),
        };
        let start = usize::try_from(start).unwrap_or(usize::MAX).min(total);
        let end = start.saturating_add(usize::try_from(self.limit).unwrap_or(0)).min(total);
        let next = (end < total).then(|| Cursor {
            order: BY_POSITION.to_owned(),
            key: None,
            id: i64::try_from(end).unwrap_or(i64::MAX),
            total: None,
        });
        Ok((start..end, next.map(|cursor| cursor.encode())))
    }
}

fn key_of(kind: KeyKind, text: Option<&str>) -> ApiResult<Key> {
    let text = || text.ok_or_else(not_this_list);
    let key = match kind {
        KeyKind::Id => Key::Id,
        KeyKind::Text | KeyKind::UniqueText => Key::Text(text()?.to_owned()),
        KeyKind::Date => Key::Date(NaiveDate::parse_from_str(text()?, "%Y-%m-%d").map_err(|_| not_this_list())?),
        KeyKind::Time => Key::Time(NaiveDateTime::parse_from_str(text()?, TIME_FORMAT).map_err(|_| not_this_list())?),
        KeyKind::Int => Key::Int(text()?.parse().map_err(|_| not_this_list())?),
    };
    Ok(key)
}

fn text_of(key: Key) -> Option<String> {
    match key {
        Key::Id => None,
        Key::Text(text) => Some(text),
        Key::Date(date) => Some(date.format("%Y-%m-%d").to_string()),
        Key::Time(time) => Some(time.format(TIME_FORMAT).to_string()),
        Key::Int(number) => Some(number.to_string()),
    }
}

/// A list's query string: its own filters `T` (parsed strictly, like [`crate::extract::QueryParams`])
/// and the paging.
#[derive(Debug)]
pub struct ListQuery<T>(pub T, pub Page);

const PAGING: [&str; 3] = ["limit", "offset", "cursor"];
const CHANGES: &str = "updated_since";

impl<T: DeserializeOwned + Validate> FromRequest for ListQuery<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(parse_list_query(req.query_string()).map(|ListQuery(filters, mut page)| {
            if page.cursor.is_none() {
                page.kept = kept_total(req);
            }
            ListQuery(filters, page)
        }))
    }
}

/// The total kept for the list `req` asks for, if any, and where to keep the one counted.
fn kept_total(req: &HttpRequest) -> Option<KeptTotal> {
    let caches = Arc::clone(&req.app_data::<web::Data<AppState>>()?.caches);
    let key = list_key(req);
    let generation = caches.totals.generation();
    let total = caches.totals.get(&key).map(|total| *total);
    Some(KeptTotal { caches, key, generation, total })
}

fn list_key(req: &HttpRequest) -> ListKey {
    let mut digest = Sha256::new();
    digest.update(req.path());
    digest.update(b"?");
    for (name, value) in form_urlencoded::parse(req.query_string().as_bytes()) {
        if !PAGING.contains(&name.as_ref()) {
            digest.update(name.as_bytes());
            digest.update(b"=");
            digest.update(value.as_bytes());
            digest.update(b"\0");
        }
    }
    digest.update(b"\0");
    digest.update(req.headers().get(header::AUTHORIZATION).map_or(&b""[..], |value| value.as_bytes()));
    digest.finalize().into()
}

fn parse_list_query<T: DeserializeOwned + Validate>(query: &str) -> ApiResult<ListQuery<T>> {
    let (mut paging, mut changes, mut own) = (Vec::new(), Vec::new(), Vec::new());
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let target = if PAGING.contains(&name.as_ref()) {
            &mut paging
        } else if name == CHANGES {
            &mut changes
        } else {
            &mut own
        };
        target.push((name, value));
    }
    let encode = |pairs: Vec<_>| form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    let filters: T = parse_query(&encode(own))?;
    let paging: Paging = parse_query(&encode(paging))?;
    let changes: ChangesSince = parse_query(&encode(changes))?;
    Ok(ListQuery(filters, Page::new(paging, changes)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BY_NAME: Order = Order { name: "name", key: "t.name", kind: KeyKind::Text, id: "t.id", descending: false };

    #[derive(Debug, Deserialize, Validate)]
    #[serde(deny_unknown_fields)]
    struct Filters {
        #[allow(dead_code)]
        q: Option<String>,
    }

    fn page(query: &str) -> ApiResult<Page> {
        parse_list_query::<Filters>(query).map(|ListQuery(_, page)| page)
    }

    #[test]
    fn pages_are_bounded() {
        assert_eq!(page("").expect("default").limit, 20);
        assert!(page("limit=201").is_err());
        assert!(page("limit=0").is_err());
        assert!(page("offset=-1").is_err());
        assert!(page("offset=5&cursor=x").is_err(), "offset and cursor both say where the page starts");
    }

    #[test]
    fn a_cursor_continues_the_order_it_came_from_after_the_last_item() {
        let first = page("limit=2").expect("page");
        let rows = vec![("a", 1), ("b", 2), ("c", 3)];
        let (items, next) =
            first.finish(&BY_NAME, rows, 3, |row| Position { key: Key::Text(row.0.to_owned()), id: row.1 });
        assert_eq!(items.len(), 2);
        let next = next.expect("a third row follows");
        let second = page(&format!("limit=2&cursor={next}")).expect("page");
        let window = second.window(&BY_NAME).expect("window");
        assert_eq!(window.after, Some(Position { key: Key::Text("b".into()), id: 2 }));
        assert_eq!(window.fetch, 3, "one more row than the page says whether another follows");
        assert_eq!(window.counted, Some(3), "the first page's count travels with the cursor");
        let other = Order { name: "joined", kind: KeyKind::Date, ..BY_NAME };
        assert!(second.window(&other).is_err(), "a cursor of another order is refused");
        assert!(page("cursor=bm90IGEgY3Vyc29y").is_err(), "a made-up cursor is refused");
    }

    #[test]
    fn the_last_page_has_no_cursor() {
        let (_, next) = page("limit=3")
            .expect("page")
            .finish(&BY_NAME, vec![("a", 1)], 1, |row| Position { key: Key::Text(row.0.to_owned()), id: row.1 });
        assert_eq!(next, None);
    }

    #[test]
    fn an_in_memory_list_pages_by_position_and_keeps_the_total() {
        let first = page("limit=2&offset=3").expect("page");
        let (items, total, next) = first.of((1..=6).collect::<Vec<_>>()).expect("page");
        assert_eq!((items, total), (vec![4, 5], 6));
        let second = page(&format!("limit=2&cursor={}", next.expect("more"))).expect("page");
        assert_eq!(second.of((1..=6).collect::<Vec<_>>()).expect("page"), (vec![6], 6, None));
    }

    #[test]
    fn a_change_feed_orders_by_change() {
        let changes = Order { name: "updated", kind: KeyKind::Time, ..BY_NAME };
        let feed = page("updated_since=2026-12-01T08:00:00%2B08:00").expect("page");
        assert_eq!(feed.updated_since, NaiveDate::from_ymd_opt(2026, 12, 1).and_then(|d| d.and_hms_opt(0, 0, 0)));
        assert_eq!(feed.order(false, &BY_NAME, &changes).expect("order").name, "updated");
        assert!(feed.order(true, &BY_NAME, &changes).is_err(), "a sort and a change feed conflict");
        assert!(feed.without_changes().is_err());
    }
}
