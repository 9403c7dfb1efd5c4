//! Webhooks: allowed hosts, subscriptions, the outbox of changes and their deliveries.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::access::policy;
use domain::webhooks::{AllowedHost, DeliveryStatus, EventType, reading};

use super::{StoreError, StoreResult};
use crate::data_key::DataKeys;
use crate::db::keyset::{Order, Window};
use crate::db::models::{MemberRow, RequestRow};
use crate::db::schema::webhook_subscriptions as subscriptions;
use crate::db::schema::{webhook_deliveries as deliveries, webhook_events as events, webhook_hosts as hosts};
use crate::db::{DbConnection, now};

/// The data-key field the subscription secrets are sealed under.
const SECRET: &str = "webhook_secret";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = hosts)]
pub struct HostRow {
    pub id: i64,
    pub pattern: String,
    pub private: bool,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = subscriptions)]
pub struct SubscriptionRow {
    pub id: i64,
    pub user_id: i64,
    pub url: String,
    pub event_types: String,
    pub secret: String,
    pub active: bool,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl SubscriptionRow {
    /// The event types, as stored (space-separated codes).
    pub fn types(&self) -> Vec<EventType> {
        self.event_types.split_whitespace().filter_map(|code| code.parse().ok()).collect()
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = deliveries)]
pub struct DeliveryRow {
    pub id: i64,
    pub subscription_id: i64,
    pub event_id: i64,
    pub object_key: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: Option<NaiveDateTime>,
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
    pub delivered_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = events)]
pub struct EventRow {
    pub id: i64,
    pub event_type: String,
    pub object_type: String,
    pub object_id: i64,
    pub occurred_at: NaiveDateTime,
}

pub fn hosts(conn: &mut DbConnection) -> StoreResult<Vec<HostRow>> {
    Ok(hosts::table.order(hosts::pattern).select(HostRow::as_select()).load(conn)?)
}

pub fn add_host(conn: &mut DbConnection, pattern: &str, private: bool, by: i64) -> StoreResult<HostRow> {
    let id: i64 = diesel::insert_into(hosts::table)
        .values((
            hosts::pattern.eq(pattern),
            hosts::private.eq(private),
            hosts::created_by.eq(by),
            hosts::created_at.eq(now()),
        ))
        .returning(hosts::id)
        .get_result(conn)?;
    Ok(hosts::table.find(id).select(HostRow::as_select()).first(conn)?)
}

/// The allow-list as the rule reads it.
pub fn allowed(conn: &mut DbConnection) -> StoreResult<Vec<AllowedHost>> {
    Ok(hosts(conn)?.into_iter().map(|h| AllowedHost { pattern: h.pattern, private: h.private }).collect())
}

pub fn remove_host(conn: &mut DbConnection, id: i64) -> StoreResult<bool> {
    Ok(diesel::delete(hosts::table.find(id)).execute(conn)? == 1)
}

/// A subscription as written.
#[derive(Debug, Clone)]
pub struct SubscriptionForm {
    pub url: String,
    pub event_types: Vec<EventType>,
    pub active: bool,
}

fn type_text(types: &[EventType]) -> String {
    types.iter().map(|t| t.code()).collect::<Vec<_>>().join(" ")
}

pub fn subscribe(
    conn: &mut DbConnection,
    keys: &DataKeys,
    user_id: i64,
    form: &SubscriptionForm,
    secret: &str,
) -> StoreResult<SubscriptionRow> {
    let at = now();
    let id: i64 = diesel::insert_into(subscriptions::table)
        .values((
            subscriptions::user_id.eq(user_id),
            subscriptions::url.eq(&form.url),
            subscriptions::event_types.eq(type_text(&form.event_types)),
            subscriptions::secret.eq(keys.seal(SECRET, secret)),
            subscriptions::active.eq(form.active),
            subscriptions::created_at.eq(at),
            subscriptions::updated_at.eq(at),
        ))
        .returning(subscriptions::id)
        .get_result(conn)?;
    find(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<SubscriptionRow>> {
    Ok(subscriptions::table.find(id).select(SubscriptionRow::as_select()).first(conn).optional()?)
}

/// Replaces a subscription's address, types and state if it is still at `version`.
pub fn update(conn: &mut DbConnection, row: &SubscriptionRow, form: &SubscriptionForm) -> StoreResult<bool> {
    let changed = diesel::update(subscriptions::table.find(row.id).filter(subscriptions::version.eq(row.version)))
        .set((
            subscriptions::url.eq(&form.url),
            subscriptions::event_types.eq(type_text(&form.event_types)),
            subscriptions::active.eq(form.active),
            subscriptions::version.eq(row.version + 1),
            subscriptions::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

pub fn unsubscribe(conn: &mut DbConnection, id: i64) -> StoreResult<bool> {
    Ok(diesel::delete(subscriptions::table.find(id)).execute(conn)? == 1)
}

pub const BY_ID: Order = Order::by_id("id", "webhook_subscriptions.id", false);

/// Subscriptions of one account (none: of every account).
pub fn list(
    conn: &mut DbConnection,
    user_id: Option<i64>,
    window: &Window,
) -> StoreResult<(Vec<SubscriptionRow>, i64)> {
    let query = || {
        let mut query = subscriptions::table.into_boxed();
        if let Some(user_id) = user_id {
            query = query.filter(subscriptions::user_id.eq(user_id));
        }
        query
    };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows = window.apply(query(), &BY_ID).select(SubscriptionRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// The secret of a subscription, opened.
pub fn secret(keys: &DataKeys, row: &SubscriptionRow) -> StoreResult<String> {
    keys.open(SECRET, &row.secret).map_err(|e| StoreError::Unreadable(format!("{SECRET}: {e}")))
}

/// A change to tell subscribers about, with where it happened in the tree (who may hear).
#[derive(Debug, Clone)]
pub struct Change<'a> {
    pub event_type: EventType,
    pub object_type: &'static str,
    pub object_id: i64,
    pub org_paths: Vec<&'a str>,
    pub area_paths: Vec<&'a str>,
    /// The account that handed the object over (a hotline hears of its own requests).
    pub source: Option<&'a str>,
}

impl<'a> Change<'a> {
    pub fn new(
        event_type: EventType,
        object_type: &'static str,
        object_id: i64,
        org_paths: &[&'a str],
        area_paths: &[&'a str],
    ) -> Change<'a> {
        let (org_paths, area_paths) = (org_paths.to_vec(), area_paths.to_vec());
        Change { event_type, object_type, object_id, org_paths, area_paths, source: None }
    }

    pub fn of_member(event_type: EventType, row: &'a MemberRow) -> Change<'a> {
        let orgs = [&*row.membership_org_path, &*row.residence_org_path];
        Change::new(event_type, "member", row.id, &orgs, &[&row.residence_area_path])
    }

    pub fn of_request(event_type: EventType, row: &'a RequestRow) -> Change<'a> {
        Change { source: row.source.as_deref(), ..Change::new(event_type, "request", row.id, &[], &[&row.area_path]) }
    }
}

/// An active subscription to a type of change, with what its account may see.
#[derive(Debug)]
pub struct Listener {
    subscription_id: i64,
    username: String,
    reads: bool,
    scope: policy::Scope,
}

/// The subscriptions that hear of a type of change.
pub fn listeners(conn: &mut DbConnection, event_type: EventType) -> StoreResult<Vec<Listener>> {
    let listening: Vec<SubscriptionRow> = subscriptions::table
        .filter(subscriptions::active.eq(true))
        .filter(subscriptions::event_types.like(format!("%{}%", event_type.code())))
        .select(SubscriptionRow::as_select())
        .load(conn)?;
    let mut found = Vec::new();
    for subscription in listening.iter().filter(|s| s.types().contains(&event_type)) {
        let Some(account) = super::users::load_account(conn, subscription.user_id)? else { continue };
        if account.row.disabled {
            continue;
        }
        found.push(Listener {
            subscription_id: subscription.id,
            username: account.row.username.clone(),
            reads: policy::allows(&account.roles, reading(event_type)),
            scope: policy::scope_of(&account.roles, account.scope_paths.clone()),
        });
    }
    Ok(found)
}

/// Writes a change to the outbox with a delivery for every subscription that asked for its
/// type and whose account may see the object. Call in the change's transaction.
pub fn emit(conn: &mut DbConnection, change: &Change<'_>) -> StoreResult<()> {
    let listeners = listeners(conn, change.event_type)?;
    emit_to(conn, &listeners, change)
}

/// [`emit`] to listeners already loaded (many changes of one type in one transaction).
pub fn emit_to(conn: &mut DbConnection, listeners: &[Listener], change: &Change<'_>) -> StoreResult<()> {
    let hearing: Vec<i64> = listeners
        .iter()
        .filter(|l| {
            let sees = change.org_paths.iter().any(|path| l.scope.holds_org(path))
                || change.area_paths.iter().any(|path| l.scope.holds_area(path))
                || change.source == Some(l.username.as_str());
            l.reads && sees
        })
        .map(|l| l.subscription_id)
        .collect();
    if hearing.is_empty() {
        return Ok(());
    }
    let at = now();
    let event_id: i64 = diesel::insert_into(events::table)
        .values((
            events::event_type.eq(change.event_type.code()),
            events::object_type.eq(change.object_type),
            events::object_id.eq(change.object_id),
            events::occurred_at.eq(at),
        ))
        .returning(events::id)
        .get_result(conn)?;
    let object_key = format!("{}:{}", change.object_type, change.object_id);
    for subscription_id in hearing {
        diesel::insert_into(deliveries::table)
            .values((
                deliveries::subscription_id.eq(subscription_id),
                deliveries::event_id.eq(event_id),
                deliveries::object_key.eq(&object_key),
                deliveries::status.eq(DeliveryStatus::Pending.code()),
                deliveries::next_attempt_at.eq(at),
                deliveries::created_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Emits a change of an object that belongs to a member (a ledger entry): it is seen where
/// the member is.
pub fn emit_for_member(
    conn: &mut DbConnection,
    event_type: EventType,
    object_type: &'static str,
    object_id: i64,
    member_id: i64,
) -> StoreResult<()> {
    let listeners = listeners(conn, event_type)?;
    if listeners.is_empty() {
        return Ok(());
    }
    let Some(member) = super::members::find(conn, member_id)? else { return Ok(()) };
    let change = Change { object_type, object_id, ..Change::of_member(event_type, &member) };
    emit_to(conn, &listeners, &change)
}

/// Deliveries due now, oldest first, each the earliest undelivered one of its object for
/// its subscription (later changes of an object wait for the earlier ones).
pub fn due(conn: &mut DbConnection, at: NaiveDateTime, batch: i64) -> StoreResult<Vec<(DeliveryRow, EventRow)>> {
    let earlier = diesel::alias!(deliveries as earlier);
    let rows = deliveries::table
        .inner_join(events::table)
        .filter(deliveries::status.eq(DeliveryStatus::Pending.code()))
        .filter(deliveries::next_attempt_at.le(at))
        .filter(diesel::dsl::not(diesel::dsl::exists(
            earlier
                .filter(earlier.field(deliveries::subscription_id).eq(deliveries::subscription_id))
                .filter(earlier.field(deliveries::object_key).eq(deliveries::object_key))
                .filter(earlier.field(deliveries::id).lt(deliveries::id))
                .filter(earlier.field(deliveries::status).eq(DeliveryStatus::Pending.code())),
        )))
        .order(deliveries::id)
        .limit(batch)
        .select((DeliveryRow::as_select(), EventRow::as_select()))
        .load(conn)?;
    Ok(rows)
}

/// Records an attempt: delivered, or when to try again (none: failed for good).
pub fn record_attempt(
    conn: &mut DbConnection,
    delivery: &DeliveryRow,
    status: Option<i32>,
    error: Option<&str>,
    next: Result<(), Option<NaiveDateTime>>,
) -> StoreResult<()> {
    let at = now();
    let (state, next_attempt_at, delivered_at) = match next {
        Ok(()) => (DeliveryStatus::Delivered, None, Some(at)),
        Err(Some(next)) => (DeliveryStatus::Pending, Some(next), None),
        Err(None) => (DeliveryStatus::Failed, None, None),
    };
    diesel::update(deliveries::table.find(delivery.id))
        .set((
            deliveries::status.eq(state.code()),
            deliveries::attempts.eq(delivery.attempts + 1),
            deliveries::next_attempt_at.eq(next_attempt_at),
            deliveries::last_status.eq(status),
            deliveries::last_error.eq(error),
            deliveries::delivered_at.eq(delivered_at),
        ))
        .execute(conn)?;
    Ok(())
}

pub const NEWEST_FIRST: Order = Order::by_id("-id", "webhook_deliveries.id", true);

/// The delivery log of a subscription, newest first.
pub fn deliveries(
    conn: &mut DbConnection,
    subscription_id: i64,
    window: &Window,
) -> StoreResult<(Vec<(DeliveryRow, EventRow)>, i64)> {
    let query = || {
        deliveries::table.inner_join(events::table).filter(deliveries::subscription_id.eq(subscription_id)).into_boxed()
    };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows =
        window.apply(query(), &NEWEST_FIRST).select((DeliveryRow::as_select(), EventRow::as_select())).load(conn)?;
    Ok((rows, total))
}

pub fn find_delivery(conn: &mut DbConnection, id: i64) -> StoreResult<Option<(DeliveryRow, EventRow)>> {
    Ok(deliveries::table
        .inner_join(events::table)
        .filter(deliveries::id.eq(id))
        .select((DeliveryRow::as_select(), EventRow::as_select()))
        .first(conn)
        .optional()?)
}

/// Sends a delivery again on a fresh schedule (manual redelivery).
pub fn redeliver(conn: &mut DbConnection, id: i64) -> StoreResult<()> {
    diesel::update(deliveries::table.find(id))
        .set((
            deliveries::status.eq(DeliveryStatus::Pending.code()),
            deliveries::attempts.eq(0),
            deliveries::next_attempt_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}
