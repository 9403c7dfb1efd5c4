//! What third-party systems rely on: the keys of their idempotent writes.

diesel::table! {
    /// Keys of idempotent writes and the answers they got (kept 24 hours).
    idempotency_keys (id) {
        id -> BigInt,
        caller -> Text,
        idempotency_key -> Text,
        fingerprint -> Text,
        status -> Integer,
        content_type -> Nullable<Text>,
        location -> Nullable<Text>,
        etag -> Nullable<Text>,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// What was deleted or left a part of the tree, for the change feed.
    tombstones (id) {
        id -> BigInt,
        resource -> Text,
        object_id -> BigInt,
        org_path -> Nullable<Text>,
        area_path -> Nullable<Text>,
        reason -> Text,
        removed_at -> Timestamp,
    }
}

diesel::table! {
    /// Hosts webhook deliveries may go to (the security administrator's allow-list).
    webhook_hosts (id) {
        id -> BigInt,
        pattern -> Text,
        private -> Bool,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Webhook subscriptions of accounts.
    webhook_subscriptions (id) {
        id -> BigInt,
        user_id -> BigInt,
        url -> Text,
        event_types -> Text,
        secret -> Text,
        active -> Bool,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The outbox: changes written in their own transactions.
    webhook_events (id) {
        id -> BigInt,
        event_type -> Text,
        object_type -> Text,
        object_id -> BigInt,
        occurred_at -> Timestamp,
    }
}

diesel::table! {
    /// One delivery of a change to a subscription.
    webhook_deliveries (id) {
        id -> BigInt,
        subscription_id -> BigInt,
        event_id -> BigInt,
        object_key -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Nullable<Timestamp>,
        last_status -> Nullable<Integer>,
        last_error -> Nullable<Text>,
        delivered_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(webhook_deliveries -> webhook_events (event_id));
diesel::joinable!(webhook_deliveries -> webhook_subscriptions (subscription_id));
diesel::allow_tables_to_appear_in_same_query!(webhook_deliveries, webhook_events, webhook_subscriptions);
