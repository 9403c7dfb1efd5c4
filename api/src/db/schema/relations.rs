//! Which tables join through which column, and which may appear in one query.

use super::*;

diesel::joinable!(organizations -> areas (area_id));
diesel::joinable!(member_counts -> organizations (org_id));
diesel::joinable!(subtree_member_counts -> organizations (org_id));
diesel::joinable!(points_totals -> members (member_id));
diesel::joinable!(evaluation_results -> evaluation_campaigns (campaign_id));
diesel::joinable!(evaluation_results -> members (member_id));
diesel::joinable!(vote_exclusions -> development_steps (step_id));
diesel::joinable!(vote_exclusions -> members (member_id));
diesel::joinable!(attachments -> meetings (meeting_id));
diesel::joinable!(attachments -> resident_requests (request_id));
diesel::joinable!(meeting_attendance -> meetings (meeting_id));
diesel::joinable!(meeting_attendance -> members (member_id));
diesel::joinable!(publicity_sites -> publicities (publicity_id));
diesel::joinable!(publicity_objections -> publicity_sites (site_id));
diesel::joinable!(member_events -> members (member_id));
diesel::joinable!(transfers -> members (member_id));
diesel::joinable!(units -> areas (area_id));
diesel::joinable!(units -> organizations (covering_org_id));
diesel::joinable!(user_roles -> users (user_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(password_history -> users (user_id));
diesel::joinable!(recovery_codes -> users (user_id));
diesel::joinable!(request_events -> resident_requests (request_id));
diesel::joinable!(request_details -> resident_requests (request_id));
diesel::joinable!(household_visits -> households (household_id));
diesel::joinable!(departments -> organizations (org_id));
diesel::joinable!(joint_seats -> joint_bodies (body_id));
diesel::joinable!(joint_meetings -> joint_bodies (body_id));
diesel::joinable!(joint_attendance -> joint_meetings (meeting_id));
diesel::joinable!(joint_attendance -> joint_seats (seat_id));
diesel::joinable!(joint_resolutions -> joint_meetings (meeting_id));
diesel::joinable!(cobuilding_projects -> cobuilding_needs (need_id));
diesel::joinable!(cobuilding_project_resources -> cobuilding_projects (project_id));
diesel::joinable!(cobuilding_project_resources -> cobuilding_resources (resource_id));
diesel::joinable!(cobuilding_progress -> cobuilding_projects (project_id));
diesel::joinable!(feedback_reports -> units (unit_id));
diesel::joinable!(affairs_assignments -> affairs_items (item_id));
diesel::joinable!(course_completions -> courses (course_id));
diesel::joinable!(course_completions -> members (member_id));
diesel::joinable!(practice_post_members -> practice_posts (post_id));
diesel::joinable!(practice_post_members -> members (member_id));

diesel::allow_tables_to_appear_in_same_query!(
    areas,
    joint_bodies,
    joint_seats,
    joint_meetings,
    joint_attendance,
    joint_resolutions,
    cobuilding_needs,
    cobuilding_resources,
    cobuilding_projects,
    cobuilding_project_resources,
    cobuilding_progress,
    cobuilding_tasks,
    feedback_reports,
    opinions,
    affairs_items,
    affairs_assignments,
    affairs_refusals,
    community_spaces,
    community_cadres,
    funding_lines,
    demonstration_sites,
    leading_bodies,
    secretary_reviews,
    secretary_review_scores,
    organizations,
    units,
    users,
    user_roles,
    refresh_tokens,
    sessions,
    password_history,
    login_attempts,
    recovery_codes,
    account_changes,
    audit_events,
    audit_prunes,
    members,
    member_events,
    transfers,
    calendar_days,
    development_steps,
    publicities,
    publicity_sites,
    publicity_objections,
    evaluation_campaigns,
    evaluation_opinions,
    evaluation_results,
    points_rules,
    attachments,
    meetings,
    meeting_attendance,
    points_entries,
    points_chain_heads,
    member_counts,
    subtree_member_counts,
    points_totals,
    vote_exclusions,
    departments,
    request_categories,
    households,
    resident_requests,
    request_details,
    request_events,
    household_visits,
    courses,
    course_completions,
    practice_posts,
    practice_post_members,
);
