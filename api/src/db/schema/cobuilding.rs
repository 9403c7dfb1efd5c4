//! Co-building: joint meetings (联席会), the three lists, tasks and feedback reports.

diesel::table! {
    joint_bodies (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        convener_org_id -> BigInt,
        convener_name -> Text,
        convener_post -> Text,
        set_up_on -> Date,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    joint_seats (id) {
        id -> BigInt,
        body_id -> BigInt,
        kind -> Text,
        org_id -> Nullable<BigInt>,
        unit_id -> Nullable<BigInt>,
        holder_name -> Text,
        representative -> Text,
        post -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    joint_meetings (id) {
        id -> BigInt,
        body_id -> BigInt,
        meets_on -> Date,
        agenda -> Text,
        agenda_sent_on -> Nullable<Date>,
        held -> Bool,
        minutes -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    joint_attendance (meeting_id, seat_id) {
        meeting_id -> BigInt,
        seat_id -> BigInt,
        present -> Bool,
    }
}

diesel::table! {
    joint_resolutions (id) {
        id -> BigInt,
        meeting_id -> BigInt,
        text -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cobuilding_needs (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        source -> Text,
        title -> Text,
        description -> Text,
        wanted_kind -> Nullable<Text>,
        field -> Nullable<Text>,
        request_category_id -> Nullable<BigInt>,
        resolution_id -> Nullable<BigInt>,
        taken -> Bool,
        version -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    cobuilding_resources (id) {
        id -> BigInt,
        unit_id -> BigInt,
        area_path -> Text,
        kind -> Text,
        title -> Text,
        description -> Text,
        amount_yuan -> Nullable<BigInt>,
        available_from -> Nullable<Date>,
        available_until -> Nullable<Date>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    cobuilding_projects (id) {
        id -> BigInt,
        need_id -> BigInt,
        area_path -> Text,
        owner_unit_id -> BigInt,
        title -> Text,
        due_on -> Date,
        state -> Text,
        resolution_id -> Nullable<BigInt>,
        completed_on -> Nullable<Date>,
        rating -> Nullable<Integer>,
        rating_comment -> Nullable<Text>,
        version -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    cobuilding_project_resources (project_id, resource_id) {
        project_id -> BigInt,
        resource_id -> BigInt,
    }
}

diesel::table! {
    cobuilding_progress (id) {
        id -> BigInt,
        project_id -> BigInt,
        recorded_on -> Date,
        note -> Text,
        recorded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cobuilding_tasks (id) {
        id -> BigInt,
        area_id -> BigInt,
        area_path -> Text,
        title -> Text,
        description -> Text,
        assignee_kind -> Text,
        unit_id -> Nullable<BigInt>,
        member_id -> Nullable<BigInt>,
        assigned_on -> Date,
        due_on -> Date,
        state -> Text,
        resolution_id -> Nullable<BigInt>,
        project_id -> Nullable<BigInt>,
        feedback -> Nullable<Text>,
        feedback_on -> Nullable<Date>,
        service_hours -> Integer,
        version -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    feedback_reports (id) {
        id -> BigInt,
        unit_id -> BigInt,
        year -> Integer,
        half -> Integer,
        area_id -> BigInt,
        area_path -> Text,
        content -> Text,
        signed_off_by -> Nullable<BigInt>,
        signed_off_at -> Nullable<Timestamp>,
        delivered_to_org_id -> Nullable<BigInt>,
        delivered_to_path -> Nullable<Text>,
        delivered_at -> Nullable<Timestamp>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}
