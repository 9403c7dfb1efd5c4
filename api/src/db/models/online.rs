//! Rows of the online branches: micro Party courses, their completions and practice posts.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{course_completions, courses, practice_posts};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = courses)]
pub struct CourseRow {
    pub id: i64,
    pub org_id: i64,
    pub org_path: String,
    pub title: String,
    pub material: String,
    pub link: Option<String>,
    pub minutes: i32,
    pub opens_on: NaiveDate,
    pub closes_on: Option<NaiveDate>,
    pub created_by: Option<i64>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = courses)]
pub struct NewCourse<'a> {
    pub org_id: i64,
    pub org_path: &'a str,
    pub title: &'a str,
    pub material: &'a str,
    pub link: Option<&'a str>,
    pub minutes: i32,
    pub opens_on: NaiveDate,
    pub closes_on: Option<NaiveDate>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = course_completions)]
pub struct CompletionRow {
    pub id: i64,
    pub course_id: i64,
    pub member_id: i64,
    pub minutes_spent: i32,
    pub completed_on: NaiveDate,
    pub points_entry_id: Option<i64>,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = course_completions)]
pub struct NewCompletion {
    pub course_id: i64,
    pub member_id: i64,
    pub minutes_spent: i32,
    pub completed_on: NaiveDate,
    pub points_entry_id: Option<i64>,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = practice_posts)]
pub struct PracticePostRow {
    pub id: i64,
    pub org_id: i64,
    pub org_path: String,
    pub kind: String,
    pub name: String,
    pub duty: String,
    pub area_id: Option<i64>,
    pub since: NaiveDate,
    pub ended_on: Option<NaiveDate>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = practice_posts)]
pub struct NewPracticePost<'a> {
    pub org_id: i64,
    pub org_path: &'a str,
    pub kind: &'a str,
    pub name: &'a str,
    pub duty: &'a str,
    pub area_id: Option<i64>,
    pub since: NaiveDate,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}
