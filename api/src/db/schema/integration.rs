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
