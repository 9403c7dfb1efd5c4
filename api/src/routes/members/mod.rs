//! Party members (党员) of the four categories, with their two management links, masked
//! personal data and history.

mod check;
pub mod events;
mod export;
mod handlers;
mod mine;
pub mod roster;
mod sheet;
mod transfers;

use chrono::{DateTime, NaiveDate, Utc};
use domain::member::{Category, Education, Gender, Side, Stage};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

pub use check::{Refs, audit_refusal, check_member};
pub use events::input_of;

use super::common::{ManagementSide, stored, utc};
use crate::db::DbConnection;
use crate::db::models::MemberRow;
use crate::db::repo::names::{KeptSince, NameBook};
use crate::error::ApiResult;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    // Fixed paths before `/members/{id}`, which would otherwise match them.
    config
        .service(roster::get_member_import_template)
        .service(roster::create_member_import)
        .service(export::get_member_export)
        .service(handlers::list_members)
        .service(handlers::create_member)
        .service(handlers::get_member)
        .service(handlers::update_member)
        .service(handlers::get_member_personal_data)
        .service(events::list_member_events)
        .service(events::create_member_event)
        .service(events::create_member_relocation)
        .service(mine::get_my_member)
        .configure(transfers::configure);
}

/// A member as shown: ID number, phone and address are always masked here and the birth
/// date is shown as a year only, so that no masked value can be rebuilt from the rest; the
/// full values come from `/members/{id}/personal-data` for callers allowed to see them.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Member {
    /// The member's id.
    pub id: i64,
    /// The member's name.
    pub name: String,
    /// Gender as on the ID card.
    pub gender: Gender,
    /// 民族
    pub ethnicity: String,
    /// Year of birth (the full date is personal data).
    pub birth_year: i32,
    /// Masked: `6109**********123X` (province and city, and the last four characters).
    pub id_number: String,
    /// Masked: `138****5678`.
    pub phone: Option<String>,
    /// Masked to the community the member lives in: `育才社区****`.
    pub address: Option<String>,
    /// Highest education, if known.
    pub education: Option<Education>,
    /// Stage in the development pipeline (e.g. `probationary` 预备党员, `full` 正式党员).
    pub stage: Stage,
    /// How the residence community relates to the member (在籍, 在职, 流动 or 搬迁入住党员).
    pub category: Category,
    /// 组织关系所在党组织.
    pub membership_org_id: i64,
    /// Name of the membership organization, for display.
    pub membership_org_name: String,
    /// The organization leading the community the member lives in.
    pub residence_org_id: i64,
    /// Name of the residence organization, for display.
    pub residence_org_name: String,
    /// Community, grid or central household the member lives in.
    pub residence_area_id: i64,
    /// Name of the residence area, for display.
    pub residence_area_name: String,
    /// The work unit (in-service members).
    pub work_unit_id: Option<i64>,
    /// 入党日期 (admission as probationary member).
    pub join_date: Option<NaiveDate>,
    /// 转正日期.
    pub conversion_date: Option<NaiveDate>,
    /// The link through which the caller sees this member.
    pub managed_as: ManagementSide,
    /// When the member was registered (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// When the member was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

/// Members with the names of their organizations and area (kept between renames).
pub fn to_members(conn: &mut DbConnection, kept: &KeptSince, rows: Vec<(MemberRow, Side)>) -> ApiResult<Vec<Member>> {
    let names = NameBook::wanted()
        .orgs(rows.iter().flat_map(|(r, _)| [r.membership_org_id, r.residence_org_id]))
        .areas(rows.iter().map(|(r, _)| r.residence_area_id))
        .read_kept(conn, kept)?;
    rows.into_iter().map(|(row, side)| to_member(row, side, &names)).collect()
}

/// One member with its names resolved.
pub fn to_one_member(conn: &mut DbConnection, kept: &KeptSince, row: MemberRow, side: Side) -> ApiResult<Member> {
    to_members(conn, kept, vec![(row, side)])?.pop().ok_or(crate::error::ApiError::NotFound)
}

fn to_member(row: MemberRow, side: Side, names: &NameBook) -> ApiResult<Member> {
    Ok(Member {
        id: row.id,
        gender: stored(&row.gender)?,
        education: row.education.as_deref().map(stored).transpose()?,
        stage: stored(&row.stage)?,
        category: stored(&row.category)?,
        id_number: row.id_number_masked,
        phone: row.phone_masked,
        address: row.address_masked,
        name: row.name,
        ethnicity: row.ethnicity,
        birth_year: row.birth_year,
        membership_org_name: names.org(row.membership_org_id),
        membership_org_id: row.membership_org_id,
        residence_org_name: names.org(row.residence_org_id),
        residence_org_id: row.residence_org_id,
        residence_area_name: names.area(row.residence_area_id),
        residence_area_id: row.residence_area_id,
        work_unit_id: row.work_unit_id,
        join_date: row.join_date,
        conversion_date: row.conversion_date,
        managed_as: side.into(),
        created_at: utc(row.created_at),
        updated_at: utc(row.updated_at),
    })
}

/// A member as written.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberInput {
    /// The member's name.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub name: String,
    /// Gender; must match the ID number.
    pub gender: Gender,
    /// 民族, e.g. 汉族.
    #[validate(length(min = 1, max = 16))]
    #[schema(min_length = 1, max_length = 16)]
    pub ethnicity: String,
    /// Must equal the birth date in the ID number.
    pub birth_date: NaiveDate,
    /// 18-character ID number (GB 11643 checksum).
    #[validate(length(min = 1, max = 32))]
    #[schema(min_length = 1, max_length = 32)]
    pub id_number: String,
    /// Mobile (11 digits) or landline.
    #[validate(length(min = 1, max = 20))]
    #[schema(min_length = 1, max_length = 20)]
    pub phone: Option<String>,
    /// Home address (stored encrypted, shown masked).
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub address: Option<String>,
    /// Highest education, if known.
    pub education: Option<Education>,
    /// Stage in the development pipeline (入党申请人 … 正式党员).
    pub stage: Stage,
    /// How the residence community relates to the member (`registered`, `in_service`, `mobile`, `relocated`).
    pub category: Category,
    /// The membership organization (组织关系所在党组织).
    pub membership_org_id: i64,
    /// The organization leading the community the member lives in.
    pub residence_org_id: i64,
    /// The community, grid or central household the member lives in.
    pub residence_area_id: i64,
    /// Required for `in_service` members.
    pub work_unit_id: Option<i64>,
    /// Date admitted as a probationary member (入党日期); not after today (China Standard Time).
    pub join_date: Option<NaiveDate>,
    /// Date of becoming a full member (转正日期); not before `join_date` nor after today.
    pub conversion_date: Option<NaiveDate>,
}

/// Unmasked personal data (reading it is audited).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PersonalData {
    /// The member the data belongs to.
    pub member_id: i64,
    /// The full date of birth (unmasked).
    pub birth_date: NaiveDate,
    /// The full ID card number (unmasked).
    pub id_number: String,
    /// The full phone number (unmasked).
    pub phone: Option<String>,
    /// The full home address (unmasked).
    pub address: Option<String>,
}
