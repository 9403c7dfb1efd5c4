//! Grid governance: departments, request categories, households and their visits, resident
//! requests with their details and events.

diesel::table! {
    departments (id) {
        id -> BigInt,
        name -> Text,
        area_id -> BigInt,
        org_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    request_categories (id) {
        id -> BigInt,
        code -> Text,
        name -> Text,
        description -> Nullable<Text>,
        active -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    households (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        head_name_sealed -> Text,
        head_name_masked -> Text,
        phone_sealed -> Nullable<Text>,
        phone_masked -> Nullable<Text>,
        address_sealed -> Text,
        address_masked -> Text,
        residents -> Integer,
        origin_village -> Nullable<Text>,
        origin_contact_sealed -> Nullable<Text>,
        origin_contact_masked -> Nullable<Text>,
        note -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    resident_requests (id) {
        id -> BigInt,
        request_type -> Text,
        category_id -> Nullable<BigInt>,
        description -> Text,
        area_id -> BigInt,
        area_path -> Text,
        community_area_id -> BigInt,
        street_area_id -> BigInt,
        household_id -> Nullable<BigInt>,
        channel -> Text,
        source -> Nullable<Text>,
        external_id -> Nullable<Text>,
        received_at -> Timestamp,
        state -> Text,
        level -> Text,
        department_id -> Nullable<BigInt>,
        assignee_kind -> Nullable<Text>,
        assignee_id -> Nullable<BigInt>,
        phase_began_on -> Date,
        suspended_since -> Nullable<Date>,
        suspended_days -> Integer,
        due_on -> Nullable<Date>,
        queue_due -> Nullable<Date>,
        auto_escalated -> Bool,
        answered_at -> Nullable<Timestamp>,
        answered_in_time -> Bool,
        resolved_at -> Nullable<Timestamp>,
        rating -> Nullable<Integer>,
        submitted_by -> Nullable<BigInt>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    request_details (request_id) {
        request_id -> BigInt,
        resident_name_sealed -> Nullable<Text>,
        resident_name_masked -> Nullable<Text>,
        resident_phone_sealed -> Nullable<Text>,
        resident_phone_masked -> Nullable<Text>,
        address_sealed -> Nullable<Text>,
        address_masked -> Nullable<Text>,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        rating_comment -> Nullable<Text>,
        rating_token_hash -> Nullable<Text>,
    }
}

diesel::table! {
    request_events (id) {
        id -> BigInt,
        request_id -> BigInt,
        step -> Text,
        from_state -> Nullable<Text>,
        to_state -> Text,
        level -> Text,
        actor_id -> Nullable<BigInt>,
        actor_name -> Text,
        note -> Nullable<Text>,
        occurred_at -> Timestamp,
    }
}

diesel::table! {
    household_visits (id) {
        id -> BigInt,
        household_id -> BigInt,
        visited_on -> Date,
        visitor_id -> Nullable<BigInt>,
        visitor_name -> Text,
        topic -> Text,
        findings -> Nullable<Text>,
        follow_up -> Nullable<Text>,
        request_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}
