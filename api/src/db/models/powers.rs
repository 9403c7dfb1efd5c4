//! The community's powers: assessment opinions and the affairs access list. Code lists are
//! stored as their codes.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = opinions)]
pub struct OpinionRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub subject_kind: String,
    pub unit_id: Option<i64>,
    pub member_id: Option<i64>,
    pub subject_name: String,
    pub purpose: String,
    pub year: i32,
    pub state: String,
    pub asked_by: Option<i64>,
    pub asker_name: Option<String>,
    pub asked_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub question: Option<String>,
    pub verdict: Option<String>,
    pub content: Option<String>,
    pub given_on: Option<NaiveDate>,
    pub given_by: Option<i64>,
    pub given_by_name: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = opinions)]
pub struct NewOpinion<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub subject_kind: &'a str,
    pub unit_id: Option<i64>,
    pub member_id: Option<i64>,
    pub subject_name: &'a str,
    pub purpose: &'a str,
    pub year: i32,
    pub state: &'a str,
    pub asked_by: Option<i64>,
    pub asker_name: Option<&'a str>,
    pub asked_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub question: Option<&'a str>,
    pub verdict: Option<&'a str>,
    pub content: Option<&'a str>,
    pub given_on: Option<NaiveDate>,
    pub given_by: Option<i64>,
    pub given_by_name: Option<&'a str>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = affairs_items)]
pub struct AffairsItemRow {
    pub id: i64,
    pub list: String,
    pub title: String,
    pub department: String,
    pub legal_basis: String,
    pub list_type: String,
    pub authority_follows: bool,
    pub funding_follows: bool,
    pub funding_yuan: Option<i32>,
    pub state: String,
    pub area_id: i64,
    pub area_path: String,
    pub version: i32,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = affairs_items)]
pub struct NewAffairsItem<'a> {
    pub list: &'a str,
    pub title: &'a str,
    pub department: &'a str,
    pub legal_basis: &'a str,
    pub list_type: &'a str,
    pub authority_follows: bool,
    pub funding_follows: bool,
    #[diesel(treat_none_as_null = true)]
    pub funding_yuan: Option<i32>,
    pub state: &'a str,
    pub area_id: i64,
    pub area_path: &'a str,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = affairs_assignments)]
pub struct AssignmentRow {
    pub id: i64,
    pub item_id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub department: String,
    pub title: String,
    pub content: String,
    pub assigned_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub funding_yuan: Option<i32>,
    pub assigned_by: Option<i64>,
    pub assigned_by_name: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = affairs_assignments)]
pub struct NewAssignment<'a> {
    pub item_id: i64,
    pub area_id: i64,
    pub area_path: &'a str,
    pub department: &'a str,
    pub title: &'a str,
    pub content: &'a str,
    pub assigned_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub funding_yuan: Option<i32>,
    pub assigned_by: Option<i64>,
    pub assigned_by_name: &'a str,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = affairs_refusals)]
pub struct AffairsRefusalRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub department: String,
    pub item_id: Option<i64>,
    pub title: String,
    pub code: String,
    pub refused_on: NaiveDate,
    pub refused_by: Option<i64>,
    pub refused_by_name: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = affairs_refusals)]
pub struct NewAffairsRefusal<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub department: &'a str,
    pub item_id: Option<i64>,
    pub title: &'a str,
    pub code: &'a str,
    pub refused_on: NaiveDate,
    pub refused_by: Option<i64>,
    pub refused_by_name: &'a str,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = community_spaces)]
pub struct SpaceRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub area_m2: i32,
    pub rooms: String,
    pub shared_with: Option<String>,
    pub checked_on: NaiveDate,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = community_spaces)]
pub struct NewSpace<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub area_m2: i32,
    pub rooms: &'a str,
    pub shared_with: Option<&'a str>,
    pub checked_on: NaiveDate,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = community_cadres)]
pub struct CadreRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub name: String,
    pub gender: String,
    pub birth_year: i32,
    pub education: Option<String>,
    pub post: String,
    pub graduate: bool,
    pub since: NaiveDate,
    pub left_on: Option<NaiveDate>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = community_cadres)]
pub struct NewCadre<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub name: &'a str,
    pub gender: &'a str,
    pub birth_year: i32,
    pub education: Option<&'a str>,
    pub post: &'a str,
    pub graduate: bool,
    pub since: NaiveDate,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = funding_lines)]
pub struct FundingRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub year: i32,
    pub kind: String,
    pub amount_yuan: i32,
    pub note: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub version: i32,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = funding_lines)]
pub struct NewFunding<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub year: i32,
    pub kind: &'a str,
    pub amount_yuan: i32,
    pub note: Option<&'a str>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = demonstration_sites)]
pub struct SiteRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub site_type: String,
    pub named_on: NaiveDate,
    pub description: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = demonstration_sites)]
pub struct NewSite<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub site_type: &'a str,
    pub named_on: NaiveDate,
    pub description: &'a str,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = leading_bodies)]
pub struct LeadingBodyRow {
    pub id: i64,
    pub area_id: i64,
    pub area_path: String,
    pub name: String,
    pub head: String,
    pub set_up_on: NaiveDate,
    pub members: String,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = leading_bodies)]
pub struct NewLeadingBody<'a> {
    pub area_id: i64,
    pub area_path: &'a str,
    pub name: &'a str,
    pub head: &'a str,
    pub set_up_on: NaiveDate,
    pub members: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = secretary_reviews)]
pub struct ReviewRow {
    pub id: i64,
    pub org_id: i64,
    pub org_path: String,
    pub year: i32,
    pub secretary_name: String,
    pub report: String,
    pub reported_on: NaiveDate,
    pub average_score: Option<f64>,
    pub result: Option<String>,
    pub concluded_on: Option<NaiveDate>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = secretary_reviews)]
pub struct NewReview<'a> {
    pub org_id: i64,
    pub org_path: &'a str,
    pub year: i32,
    pub secretary_name: &'a str,
    pub report: &'a str,
    pub reported_on: NaiveDate,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}
