//! Areas, organizations and units.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = areas)]
pub struct AreaRow {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    pub kind: String,
    pub community_type: Option<String>,
    pub code: Option<String>,
    pub path: String,
    pub depth: i32,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = areas)]
pub struct NewArea<'a> {
    pub parent_id: Option<i64>,
    pub name: &'a str,
    pub kind: &'a str,
    pub community_type: Option<&'a str>,
    pub code: Option<&'a str>,
    pub path: &'a str,
    pub depth: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = organizations)]
pub struct OrganizationRow {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    pub kind: String,
    pub field: String,
    pub setting_type: String,
    pub online: bool,
    pub area_id: i64,
    pub led_area_id: Option<i64>,
    pub code: Option<String>,
    pub path: String,
    pub depth: i32,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = organizations)]
pub struct NewOrganization<'a> {
    pub parent_id: Option<i64>,
    pub name: &'a str,
    pub kind: &'a str,
    pub field: &'a str,
    pub setting_type: &'a str,
    pub online: bool,
    pub area_id: i64,
    pub led_area_id: Option<i64>,
    pub code: Option<&'a str>,
    pub path: &'a str,
    pub depth: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = units)]
pub struct UnitRow {
    pub id: i64,
    pub name: String,
    pub credit_code: String,
    pub field: String,
    pub area_id: i64,
    pub staff_count: i32,
    pub party_member_count: i32,
    pub coverage: String,
    pub covering_org_id: Option<i64>,
    pub instructor: Option<String>,
    pub superior_org_id: Option<i64>,
    pub superior_name: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = units, treat_none_as_null = true)]
pub struct UnitForm<'a> {
    pub name: &'a str,
    pub credit_code: &'a str,
    pub field: &'a str,
    pub area_id: i64,
    pub staff_count: i32,
    pub party_member_count: i32,
    pub coverage: &'a str,
    pub covering_org_id: Option<i64>,
    pub instructor: Option<&'a str>,
    pub superior_org_id: Option<i64>,
    pub superior_name: Option<&'a str>,
    pub updated_at: NaiveDateTime,
}
