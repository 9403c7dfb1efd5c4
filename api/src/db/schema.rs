//! Table definitions shared by both backends (written by hand: one schema for the
//! multi-connection, so ids are `BigInt` on SQLite too).

diesel::table! {
    areas (id) {
        id -> BigInt,
        parent_id -> Nullable<BigInt>,
        name -> Text,
        kind -> Text,
        community_type -> Nullable<Text>,
        code -> Nullable<Text>,
        path -> Text,
        depth -> Integer,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    organizations (id) {
        id -> BigInt,
        parent_id -> Nullable<BigInt>,
        name -> Text,
        kind -> Text,
        field -> Text,
        setting_type -> Text,
        online -> Bool,
        area_id -> BigInt,
        led_area_id -> Nullable<BigInt>,
        code -> Nullable<Text>,
        path -> Text,
        depth -> Integer,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    units (id) {
        id -> BigInt,
        name -> Text,
        credit_code -> Text,
        field -> Text,
        area_id -> BigInt,
        staff_count -> Integer,
        party_member_count -> Integer,
        coverage -> Text,
        covering_org_id -> Nullable<BigInt>,
        instructor -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        username -> Text,
        display_name -> Text,
        kind -> Text,
        password_hash -> Text,
        scope_org_id -> Nullable<BigInt>,
        disabled -> Bool,
        failed_logins -> Integer,
        locked_until -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    user_roles (user_id, role) {
        user_id -> BigInt,
        role -> Text,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    audit_events (id) {
        id -> BigInt,
        occurred_at -> Timestamp,
        actor_id -> Nullable<BigInt>,
        actor_username -> Nullable<Text>,
        action -> Text,
        object_type -> Text,
        object_id -> Nullable<Text>,
        outcome -> Text,
        client_addr -> Nullable<Text>,
        detail -> Nullable<Text>,
    }
}

diesel::joinable!(organizations -> areas (area_id));
diesel::joinable!(units -> areas (area_id));
diesel::joinable!(units -> organizations (covering_org_id));
diesel::joinable!(user_roles -> users (user_id));
diesel::joinable!(refresh_tokens -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    areas,
    organizations,
    units,
    users,
    user_roles,
    refresh_tokens,
    audit_events,
);
