//! The development pipeline and publicity.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = development_steps)]
pub struct DevelopmentStepRow {
    pub id: i64,
    pub member_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub purpose: Option<String>,
    pub decision_record: Option<String>,
    pub contacts: Option<String>,
    pub training_days: Option<i32>,
    pub training_hours: Option<i32>,
    pub entitled: Option<i32>,
    pub present: Option<i32>,
    pub roster: Option<i32>,
    pub in_favour: Option<i32>,
    pub months: Option<i32>,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = development_steps)]
pub struct NewDevelopmentStep {
    pub member_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub purpose: Option<String>,
    pub decision_record: Option<String>,
    pub contacts: Option<String>,
    pub training_days: Option<i32>,
    pub training_hours: Option<i32>,
    pub entitled: Option<i32>,
    pub present: Option<i32>,
    pub roster: Option<i32>,
    pub in_favour: Option<i32>,
    pub months: Option<i32>,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub created_at: NaiveDateTime,
}

impl NewDevelopmentStep {
    /// A step with only its member, kind and date; callers fill in the rest.
    pub fn bare(member_id: i64, kind: &str, occurred_on: NaiveDate) -> NewDevelopmentStep {
        NewDevelopmentStep {
            member_id,
            kind: kind.to_owned(),
            occurred_on,
            purpose: None,
            decision_record: None,
            contacts: None,
            training_days: None,
            training_hours: None,
            entitled: None,
            present: None,
            roster: None,
            in_favour: None,
            months: None,
            recorded_by: None,
            recorded_by_name: None,
            created_at: crate::db::now(),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = publicity_sites)]
pub struct PublicitySiteRow {
    pub id: i64,
    pub publicity_id: i64,
    pub role: String,
    pub org_id: i64,
    pub org_path: String,
    pub start_on: Option<NaiveDate>,
    pub end_on: Option<NaiveDate>,
    pub version: i32,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = publicity_objections)]
pub struct ObjectionRow {
    pub id: i64,
    pub site_id: i64,
    pub raised_on: NaiveDate,
    pub content: String,
    pub contact: Option<String>,
    pub status: String,
    pub decision_note: Option<String>,
    pub decided_by: Option<i64>,
    pub decided_by_name: Option<String>,
    pub decided_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}
