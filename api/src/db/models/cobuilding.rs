//! Co-building: joint meetings (联席会) with their seats, meetings and resolutions; the three
//! lists; tasks; feedback reports. Code lists are stored as their codes.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = joint_bodies)]
pub struct JointBodyRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub convener_org_id: i64,
    pub convener_name: String,
    pub convener_post: String,
    pub set_up_on: NaiveDate,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = joint_bodies)]
pub struct NewJointBody<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub convener_org_id: i64,
    pub convener_name: &'a str,
    pub convener_post: &'a str,
    pub set_up_on: NaiveDate,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = joint_seats)]
pub struct SeatRow {
    pub id: i64,
    pub body_id: i64,
    pub kind: String,
    pub org_id: Option<i64>,
    pub unit_id: Option<i64>,
    pub holder_name: String,
    pub representative: String,
    pub post: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = joint_seats)]
pub struct NewSeat<'a> {
    pub body_id: i64,
    pub kind: &'a str,
    pub org_id: Option<i64>,
    pub unit_id: Option<i64>,
    pub holder_name: &'a str,
    pub representative: &'a str,
    pub post: Option<&'a str>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = joint_meetings)]
pub struct JointMeetingRow {
    pub id: i64,
    pub body_id: i64,
    pub meets_on: NaiveDate,
    pub agenda: String,
    pub agenda_sent_on: Option<NaiveDate>,
    pub held: bool,
    pub minutes: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// What a meeting record says, as written by a create or an update.
#[derive(Debug, AsChangeset, Insertable)]
#[diesel(table_name = joint_meetings, treat_none_as_null = true)]
pub struct JointMeetingForm<'a> {
    pub meets_on: NaiveDate,
    pub agenda: &'a str,
    pub agenda_sent_on: Option<NaiveDate>,
    pub held: bool,
    pub minutes: Option<&'a str>,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = joint_resolutions)]
pub struct ResolutionRow {
    pub id: i64,
    pub meeting_id: i64,
    pub text: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = cobuilding_needs)]
pub struct NeedRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub source: String,
    pub title: String,
    pub description: String,
    pub wanted_kind: Option<String>,
    pub field: Option<String>,
    pub request_category_id: Option<i64>,
    pub resolution_id: Option<i64>,
    pub taken: bool,
    pub version: i32,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = cobuilding_needs)]
pub struct NewNeed<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub source: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub wanted_kind: Option<&'a str>,
    pub field: Option<&'a str>,
    pub request_category_id: Option<i64>,
    pub resolution_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = cobuilding_resources)]
pub struct ResourceRow {
    pub id: i64,
    pub unit_id: i64,
    pub area_path: String,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub amount_yuan: Option<i64>,
    pub available_from: Option<NaiveDate>,
    pub available_until: Option<NaiveDate>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = cobuilding_resources)]
pub struct NewResource<'a> {
    pub unit_id: i64,
    pub area_path: &'a str,
    pub kind: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub amount_yuan: Option<i64>,
    pub available_from: Option<NaiveDate>,
    pub available_until: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = cobuilding_projects)]
pub struct ProjectRow {
    pub id: i64,
    pub need_id: i64,
    pub area_path: String,
    pub owner_unit_id: i64,
    pub title: String,
    pub due_on: NaiveDate,
    pub state: String,
    pub resolution_id: Option<i64>,
    pub completed_on: Option<NaiveDate>,
    pub rating: Option<i32>,
    pub rating_comment: Option<String>,
    pub version: i32,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = cobuilding_projects)]
pub struct NewProject<'a> {
    pub need_id: i64,
    pub area_path: &'a str,
    pub owner_unit_id: i64,
    pub title: &'a str,
    pub due_on: NaiveDate,
    pub state: &'a str,
    pub resolution_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = cobuilding_progress)]
pub struct ProgressRow {
    pub id: i64,
    pub project_id: i64,
    pub recorded_on: NaiveDate,
    pub note: String,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = cobuilding_tasks)]
pub struct TaskRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub title: String,
    pub description: String,
    pub assignee_kind: String,
    pub unit_id: Option<i64>,
    pub member_id: Option<i64>,
    pub assigned_on: NaiveDate,
    pub due_on: NaiveDate,
    pub state: String,
    pub resolution_id: Option<i64>,
    pub project_id: Option<i64>,
    pub feedback: Option<String>,
    pub feedback_on: Option<NaiveDate>,
    pub service_hours: i32,
    pub version: i32,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = cobuilding_tasks)]
pub struct NewTask<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub assignee_kind: &'a str,
    pub unit_id: Option<i64>,
    pub member_id: Option<i64>,
    pub assigned_on: NaiveDate,
    pub due_on: NaiveDate,
    pub state: &'a str,
    pub resolution_id: Option<i64>,
    pub project_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = feedback_reports)]
pub struct FeedbackReportRow {
    pub id: i64,
    pub unit_id: i64,
    pub year: i32,
    pub half: i32,
    pub area_id: i64,
    pub area_path: String,
    pub content: String,
    pub signed_off_by: Option<i64>,
    pub signed_off_at: Option<NaiveDateTime>,
    pub delivered_to_org_id: Option<i64>,
    pub delivered_to_path: Option<String>,
    pub delivered_at: Option<NaiveDateTime>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}
