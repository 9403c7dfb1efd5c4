//! Table definitions shared by both backends (written by hand: one schema for the
//! multi-connection, so ids are `BigInt` on SQLite too); how they join is in `relations`.

mod cobuilding;
mod governance;
mod integration;
mod kept;
mod life;
mod powers;
mod relations;

pub use cobuilding::*;
pub use governance::*;
pub use integration::*;
pub use kept::*;
pub use life::*;
pub use powers::*;

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
        superior_org_id -> Nullable<BigInt>,
        superior_name -> Nullable<Text>,
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
        member_id -> Nullable<BigInt>,
        password_change_required -> Bool,
        password_changed_at -> Nullable<Timestamp>,
        totp_secret_sealed -> Nullable<Text>,
        totp_pending_sealed -> Nullable<Text>,
        totp_enabled_at -> Nullable<Timestamp>,
        totp_last_step -> Nullable<BigInt>,
        scopes -> Nullable<Text>,
        allowed_addresses -> Nullable<Text>,
        previous_secret_hash -> Nullable<Text>,
        previous_secret_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    recovery_codes (id) {
        id -> BigInt,
        user_id -> BigInt,
        code_hash -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_attempts (username) {
        username -> Text,
        failed_logins -> Integer,
        locked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    password_history (id) {
        id -> BigInt,
        user_id -> BigInt,
        password_hash -> Text,
        created_at -> Timestamp,
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
        session_id -> Nullable<Text>,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        scope -> Nullable<Text>,
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
        chain_hash -> Nullable<Text>,
        request_id -> Nullable<Text>,
    }
}

diesel::table! {
    /// Account changes waiting for a second administrator.
    account_changes (id) {
        id -> BigInt,
        user_id -> BigInt,
        user_version -> Integer,
        change -> Text,
        requested_by -> BigInt,
        requested_at -> Timestamp,
        status -> Text,
        decided_by -> Nullable<BigInt>,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Removals of audit events older than the retention: where the chain now starts.
    audit_prunes (id) {
        id -> BigInt,
        through_id -> BigInt,
        through_hash -> Nullable<Text>,
        before_date -> Date,
        pruned_at -> Timestamp,
    }
}

diesel::table! {
    members (id) {
        id -> BigInt,
        name -> Text,
        gender -> Text,
        ethnicity -> Text,
        id_number_index -> Text,
        phone_sealed -> Nullable<Text>,
        address_sealed -> Nullable<Text>,
        education -> Nullable<Text>,
        stage -> Text,
        category -> Text,
        membership_org_id -> BigInt,
        membership_org_path -> Text,
        residence_org_id -> BigInt,
        residence_org_path -> Text,
        residence_area_id -> BigInt,
        residence_area_path -> Text,
        work_unit_id -> Nullable<BigInt>,
        join_date -> Nullable<Date>,
        conversion_date -> Nullable<Date>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        id_number_sealed -> Text,
        id_number_masked -> Text,
        birth_date_sealed -> Text,
        birth_year -> Integer,
        phone_index -> Nullable<Text>,
        phone_masked -> Nullable<Text>,
        address_masked -> Nullable<Text>,
        membership_street_path -> Nullable<Text>,
        residence_street_path -> Nullable<Text>,
    }
}

diesel::table! {
    member_events (id) {
        id -> BigInt,
        member_id -> BigInt,
        kind -> Text,
        occurred_on -> Date,
        org_id -> Nullable<BigInt>,
        counterpart_org_id -> Nullable<BigInt>,
        service_hours -> Nullable<Double>,
        certificate_no -> Nullable<Text>,
        content -> Nullable<Text>,
        recorded_by -> Nullable<BigInt>,
        recorded_by_name -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    transfers (id) {
        id -> BigInt,
        member_id -> BigInt,
        from_org_id -> BigInt,
        to_org_id -> BigInt,
        issued_on -> Date,
        expires_on -> Date,
        cross_province -> Bool,
        status -> Text,
        decided_on -> Nullable<Date>,
        decided_by -> Nullable<BigInt>,
        note -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    calendar_days (day) {
        day -> Date,
        kind -> Text,
        name -> Nullable<Text>,
    }
}

diesel::table! {
    development_steps (id) {
        id -> BigInt,
        member_id -> BigInt,
        kind -> Text,
        occurred_on -> Date,
        purpose -> Nullable<Text>,
        decision_record -> Nullable<Text>,
        contacts -> Nullable<Text>,
        training_days -> Nullable<Integer>,
        training_hours -> Nullable<Integer>,
        entitled -> Nullable<Integer>,
        present -> Nullable<Integer>,
        in_favour -> Nullable<Integer>,
        months -> Nullable<Integer>,
        recorded_by -> Nullable<BigInt>,
        recorded_by_name -> Nullable<Text>,
        created_at -> Timestamp,
        roster -> Nullable<Integer>,
    }
}

diesel::table! {
    vote_exclusions (id) {
        id -> BigInt,
        step_id -> BigInt,
        member_id -> BigInt,
        reason -> Text,
    }
}

diesel::table! {
    publicities (id) {
        id -> BigInt,
        member_id -> BigInt,
        purpose -> Text,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    publicity_sites (id) {
        id -> BigInt,
        publicity_id -> BigInt,
        role -> Text,
        org_id -> BigInt,
        org_path -> Text,
        start_on -> Nullable<Date>,
        end_on -> Nullable<Date>,
        version -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    publicity_objections (id) {
        id -> BigInt,
        site_id -> BigInt,
        raised_on -> Date,
        content -> Text,
        contact -> Nullable<Text>,
        status -> Text,
        decision_note -> Nullable<Text>,
        decided_by -> Nullable<BigInt>,
        decided_by_name -> Nullable<Text>,
        decided_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    evaluation_campaigns (id) {
        id -> BigInt,
        org_id -> BigInt,
        org_path -> Text,
        year -> Integer,
        deadline -> Date,
        created_at -> Timestamp,
    }
}

diesel::table! {
    evaluation_opinions (id) {
        id -> BigInt,
        member_id -> BigInt,
        year -> Integer,
        side -> Text,
        org_id -> BigInt,
        grade -> Text,
        comment -> Nullable<Text>,
        recorded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    evaluation_results (id) {
        id -> BigInt,
        campaign_id -> BigInt,
        member_id -> BigInt,
        grade -> Text,
        reason -> Nullable<Text>,
        decided_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    points_rules (id) {
        id -> BigInt,
        code -> Text,
        version -> Integer,
        name -> Text,
        category -> Text,
        points -> Integer,
        cap_per_year -> Nullable<Integer>,
        needs_approval -> Bool,
        member_categories -> Text,
        org_id -> BigInt,
        org_path -> Text,
        current -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    attachments (id) {
        id -> BigInt,
        meeting_id -> Nullable<BigInt>,
        request_id -> Nullable<BigInt>,
        progress_id -> Nullable<BigInt>,
        name -> Text,
        media_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        content -> Nullable<Binary>,
        uploaded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    points_entries (id) {
        id -> BigInt,
        member_id -> BigInt,
        year -> Integer,
        rule_id -> BigInt,
        rule_code -> Text,
        rule_version -> Integer,
        points -> Integer,
        veto -> Bool,
        occurred_on -> Date,
        evidence -> Text,
        awarding_org_id -> BigInt,
        source -> Text,
        meeting_id -> Nullable<BigInt>,
        reverses_entry_id -> Nullable<BigInt>,
        status -> Text,
        decided_by -> Nullable<BigInt>,
        decided_on -> Nullable<Date>,
        recorded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        hash -> Text,
        link -> Nullable<BigInt>,
        decision_link -> Nullable<BigInt>,
        decision_hash -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Each member's points chain head: the number of links and the last link's hash.
    points_chain_heads (member_id) {
        member_id -> BigInt,
        links -> BigInt,
        hash -> Text,
    }
}
