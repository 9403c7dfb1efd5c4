//! Organizational life: meetings with their attendance (and online check-in), the online
//! branches' micro Party courses with their completions, and the members' practice posts.

diesel::table! {
    meetings (id) {
        id -> BigInt,
        org_id -> BigInt,
        org_path -> Text,
        meeting_type -> Text,
        held_on -> Date,
        online -> Bool,
        topic -> Text,
        host -> Nullable<Text>,
        minutes -> Nullable<Text>,
        recorded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    meeting_attendance (meeting_id, member_id) {
        meeting_id -> BigInt,
        member_id -> BigInt,
        status -> Text,
        leave_reason -> Nullable<Text>,
        checked_in_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    courses (id) {
        id -> BigInt,
        org_id -> BigInt,
        org_path -> Text,
        title -> Text,
        material -> Text,
        link -> Nullable<Text>,
        minutes -> Integer,
        opens_on -> Date,
        closes_on -> Nullable<Date>,
        created_by -> Nullable<BigInt>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    course_completions (id) {
        id -> BigInt,
        course_id -> BigInt,
        member_id -> BigInt,
        minutes_spent -> Integer,
        completed_on -> Date,
        points_entry_id -> Nullable<BigInt>,
        recorded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    practice_posts (id) {
        id -> BigInt,
        org_id -> BigInt,
        org_path -> Text,
        kind -> Text,
        name -> Text,
        duty -> Text,
        area_id -> Nullable<BigInt>,
        since -> Date,
        ended_on -> Nullable<Date>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    practice_post_members (post_id, member_id) {
        post_id -> BigInt,
        member_id -> BigInt,
    }
}
