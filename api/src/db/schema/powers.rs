//! The community's powers and support: assessment opinions (鉴定权), the affairs access list
//! (准入), and the support ledgers (office space, cadres, funding, demonstration sites).

diesel::table! {
    opinions (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        subject_kind -> Text,
        unit_id -> Nullable<BigInt>,
        member_id -> Nullable<BigInt>,
        subject_name -> Text,
        purpose -> Text,
        year -> Integer,
        state -> Text,
        asked_by -> Nullable<BigInt>,
        asker_name -> Nullable<Text>,
        asked_on -> Nullable<Date>,
        due_on -> Nullable<Date>,
        question -> Nullable<Text>,
        verdict -> Nullable<Text>,
        content -> Nullable<Text>,
        given_on -> Nullable<Date>,
        given_by -> Nullable<BigInt>,
        given_by_name -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    affairs_items (id) {
        id -> BigInt,
        list -> Text,
        title -> Text,
        department -> Text,
        legal_basis -> Text,
        list_type -> Text,
        authority_follows -> Bool,
        funding_follows -> Bool,
        funding_yuan -> Nullable<Integer>,
        state -> Text,
        area_id -> BigInt,
        area_path -> Text,
        version -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    affairs_assignments (id) {
        id -> BigInt,
        item_id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        department -> Text,
        title -> Text,
        content -> Text,
        assigned_on -> Date,
        due_on -> Nullable<Date>,
        funding_yuan -> Nullable<Integer>,
        assigned_by -> Nullable<BigInt>,
        assigned_by_name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    affairs_refusals (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        department -> Text,
        item_id -> Nullable<BigInt>,
        title -> Text,
        code -> Text,
        refused_on -> Date,
        refused_by -> Nullable<BigInt>,
        refused_by_name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    community_spaces (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        area_m2 -> Integer,
        rooms -> Text,
        shared_with -> Nullable<Text>,
        checked_on -> Date,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    community_cadres (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        name -> Text,
        gender -> Text,
        birth_year -> Integer,
        education -> Nullable<Text>,
        post -> Text,
        graduate -> Bool,
        since -> Date,
        left_on -> Nullable<Date>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    funding_lines (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        year -> Integer,
        kind -> Text,
        amount_yuan -> Integer,
        note -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        version -> Integer,
    }
}

diesel::table! {
    demonstration_sites (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        site_type -> Text,
        named_on -> Date,
        description -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    leading_bodies (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        name -> Text,
        head -> Text,
        set_up_on -> Date,
        members -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    secretary_reviews (id) {
        id -> BigInt,
        org_id -> BigInt,
        org_path -> Text,
        year -> Integer,
        secretary_name -> Text,
        report -> Text,
        reported_on -> Date,
        average_score -> Nullable<Double>,
        result -> Nullable<Text>,
        concluded_on -> Nullable<Date>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    secretary_review_scores (review_id, reviewer) {
        review_id -> BigInt,
        reviewer -> Text,
        score -> Integer,
        created_at -> Timestamp,
    }
}
