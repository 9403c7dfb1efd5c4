//! Grid governance: departments, request categories, households and their visits, resident
//! requests and their events. Personal data is read here only masked; the sealed columns are
//! opened by the store alone.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = departments)]
pub struct DepartmentRow {
    pub id: i64,
    pub name: String,
    pub area_id: i64,
    pub org_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = departments)]
pub struct NewDepartment<'a> {
    pub name: &'a str,
    pub area_id: i64,
    pub org_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = request_categories)]
pub struct CategoryRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub description: Option<String>,
    pub active: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = request_categories)]
pub struct NewCategory<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub active: bool,
    pub created_at: NaiveDateTime,
}

/// A household as shown: personal data masked.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = households)]
pub struct HouseholdRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub head_name_masked: String,
    pub phone_masked: Option<String>,
    pub address_masked: String,
    pub residents: i32,
    pub origin_village: Option<String>,
    pub origin_contact_masked: Option<String>,
    pub note: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = households, treat_none_as_default_value = false)]
pub struct NewHousehold {
    pub area_id: i64,
    pub area_path: String,
    pub head_name_sealed: String,
    pub head_name_masked: String,
    pub phone_sealed: Option<String>,
    pub phone_masked: Option<String>,
    pub address_sealed: String,
    pub address_masked: String,
    pub residents: i32,
    pub origin_village: Option<String>,
    pub origin_contact_sealed: Option<String>,
    pub origin_contact_masked: Option<String>,
    pub note: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = household_visits)]
pub struct VisitRow {
    pub id: i64,
    pub household_id: i64,
    pub visited_on: NaiveDate,
    pub visitor_id: Option<i64>,
    pub visitor_name: String,
    pub topic: String,
    pub findings: Option<String>,
    pub follow_up: Option<String>,
    pub request_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = household_visits)]
pub struct NewVisit<'a> {
    pub household_id: i64,
    pub visited_on: NaiveDate,
    pub visitor_id: Option<i64>,
    pub visitor_name: &'a str,
    pub topic: &'a str,
    pub findings: Option<&'a str>,
    pub follow_up: Option<&'a str>,
    pub request_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// A resident request (its resident's data is in [`DetailsRow`]).
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = resident_requests)]
pub struct RequestRow {
    pub id: i64,
    pub request_type: String,
    pub category_id: Option<i64>,
    pub description: String,
    pub area_id: i64,
    pub area_path: String,
    pub community_area_id: i64,
    pub street_area_id: i64,
    pub household_id: Option<i64>,
    pub channel: String,
    pub source: Option<String>,
    pub external_id: Option<String>,
    pub received_at: NaiveDateTime,
    pub state: String,
    pub level: String,
    pub department_id: Option<i64>,
    pub assignee_kind: Option<String>,
    pub assignee_id: Option<i64>,
    pub phase_began_on: NaiveDate,
    pub suspended_since: Option<NaiveDate>,
    pub suspended_days: i32,
    pub due_on: Option<NaiveDate>,
    pub auto_escalated: bool,
    pub answered_at: Option<NaiveDateTime>,
    pub answered_in_time: bool,
    pub resolved_at: Option<NaiveDateTime>,
    pub rating: Option<i32>,
    pub submitted_by: Option<i64>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = resident_requests)]
pub struct NewRequest {
    pub request_type: String,
    pub category_id: Option<i64>,
    pub description: String,
    pub area_id: i64,
    pub area_path: String,
    pub community_area_id: i64,
    pub street_area_id: i64,
    pub household_id: Option<i64>,
    pub channel: String,
    pub source: Option<String>,
    pub external_id: Option<String>,
    pub received_at: NaiveDateTime,
    pub state: String,
    pub level: String,
    pub phase_began_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub submitted_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A request's details as shown: the resident's data masked.
#[derive(Debug, Clone, Default, Queryable, Selectable)]
#[diesel(table_name = request_details)]
pub struct DetailsRow {
    pub resident_name_masked: Option<String>,
    pub resident_phone_masked: Option<String>,
    pub address_masked: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub rating_comment: Option<String>,
}

#[derive(Debug, Default, Insertable)]
#[diesel(table_name = request_details, treat_none_as_default_value = false)]
pub struct NewDetails {
    pub request_id: i64,
    pub resident_name_sealed: Option<String>,
    pub resident_name_masked: Option<String>,
    pub resident_phone_sealed: Option<String>,
    pub resident_phone_masked: Option<String>,
    pub address_sealed: Option<String>,
    pub address_masked: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

/// Where a step leaves a request: everything a step may change.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = resident_requests, treat_none_as_null = true)]
pub struct RequestProgress {
    pub state: String,
    pub level: String,
    pub department_id: Option<i64>,
    pub assignee_kind: Option<String>,
    pub assignee_id: Option<i64>,
    pub phase_began_on: NaiveDate,
    pub suspended_since: Option<NaiveDate>,
    pub suspended_days: i32,
    pub due_on: Option<NaiveDate>,
    pub auto_escalated: bool,
    pub answered_at: Option<NaiveDateTime>,
    pub answered_in_time: bool,
    pub resolved_at: Option<NaiveDateTime>,
    pub rating: Option<i32>,
    pub updated_at: NaiveDateTime,
}

impl RequestRow {
    /// The request's present progress, to change by a step.
    pub fn progress(&self) -> RequestProgress {
        RequestProgress {
            state: self.state.clone(),
            level: self.level.clone(),
            department_id: self.department_id,
            assignee_kind: self.assignee_kind.clone(),
            assignee_id: self.assignee_id,
            phase_began_on: self.phase_began_on,
            suspended_since: self.suspended_since,
            suspended_days: self.suspended_days,
            due_on: self.due_on,
            auto_escalated: self.auto_escalated,
            answered_at: self.answered_at,
            answered_in_time: self.answered_in_time,
            resolved_at: self.resolved_at,
            rating: self.rating,
            updated_at: self.updated_at,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = request_events)]
pub struct RequestEventRow {
    pub id: i64,
    pub request_id: i64,
    pub step: String,
    pub from_state: Option<String>,
    pub to_state: String,
    pub level: String,
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub note: Option<String>,
    pub occurred_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = request_events, treat_none_as_default_value = false)]
pub struct NewRequestEvent {
    pub request_id: i64,
    pub step: String,
    pub from_state: Option<String>,
    pub to_state: String,
    pub level: String,
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub note: Option<String>,
    pub occurred_at: NaiveDateTime,
}
