//! The checks every written member passes, for single writes and for imports alike.

use std::collections::HashMap;

use domain::access::policy::Scope;
use domain::area::{AreaKind, CommunityType};
use domain::member::id_card::{self, IdNumberError};
use domain::member::personal::validate_phone;
use domain::member::rules::{LinkError, Links, check_links, side};
use domain::member::{Category, Gender};
use domain::tree;

use super::MemberInput;
use crate::db::models::{AreaRow, MemberForm, OrganizationRow};
use crate::db::repo::{areas, members, organizations, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult, FieldError};

/// Lookups of referenced records, remembered for the length of one request (an import of
/// thousands of rows names the same few organizations over and over).
#[derive(Debug, Default)]
pub struct Refs {
    orgs: HashMap<i64, Option<OrganizationRow>>,
    areas: HashMap<i64, Option<AreaRow>>,
    units: HashMap<i64, bool>,
}

impl Refs {
    pub fn org(&mut self, conn: &mut DbConnection, id: i64) -> ApiResult<Option<OrganizationRow>> {
        if let Some(found) = self.orgs.get(&id) {
            return Ok(found.clone());
        }
        let found = organizations::find(conn, id)?;
        self.orgs.insert(id, found.clone());
        Ok(found)
    }

    pub fn area(&mut self, conn: &mut DbConnection, id: i64) -> ApiResult<Option<AreaRow>> {
        if let Some(found) = self.areas.get(&id) {
            return Ok(found.clone());
        }
        let found = areas::find(conn, id)?;
        self.areas.insert(id, found.clone());
        Ok(found)
    }

    fn unit_exists(&mut self, conn: &mut DbConnection, id: i64) -> ApiResult<bool> {
        if let Some(found) = self.units.get(&id) {
            return Ok(*found);
        }
        let found = units::find(conn, id)?.is_some();
        self.units.insert(id, found);
        Ok(found)
    }

    /// Whether the area lies in a relocation community (移民搬迁社区).
    fn in_relocation_community(&mut self, conn: &mut DbConnection, area: &AreaRow) -> ApiResult<bool> {
        for id in tree::ids(&area.path) {
            if let Some(ancestor) = self.area(conn, id)?
                && ancestor.kind == AreaKind::Community.code()
            {
                return Ok(ancestor.community_type.as_deref() == Some(CommunityType::Relocation.code()));
            }
        }
        Ok(false)
    }
}

/// Why a member cannot be written.
#[derive(Debug)]
pub enum MemberError {
    Fields(Vec<FieldError>),
    Rule(LinkError),
    /// The caller holds neither link.
    OutOfScope,
    DuplicateIdNumber,
}

impl From<MemberError> for ApiError {
    fn from(error: MemberError) -> Self {
        match error {
            MemberError::Fields(errors) => ApiError::Validation(errors),
            MemberError::Rule(rule) => ApiError::Rule {
                code: rule.code(),
                title: "Member management rule",
                detail: rule.to_string(),
                errors: vec![FieldError::new(rule.field(), "rule", rule.to_string())],
            },
            MemberError::OutOfScope => {
                ApiError::Forbidden("neither the membership nor the residence organization is in your scope".to_owned())
            }
            MemberError::DuplicateIdNumber => {
                ApiError::Conflict("a member with this ID number is already registered".to_owned())
            }
        }
    }
}

impl MemberError {
    /// The error as field errors (for import reports).
    pub fn into_field_errors(self) -> Vec<FieldError> {
        match self {
            MemberError::Fields(errors) => errors,
            MemberError::Rule(rule) => vec![FieldError::new(rule.field(), "rule", format!("{}: {rule}", rule.code()))],
            MemberError::OutOfScope => vec![FieldError::new(
                "membership_org_id",
                "not_found",
                "neither the membership nor the residence organization is in your scope",
            )],
            MemberError::DuplicateIdNumber => {
                vec![FieldError::new("id_number", "duplicate", "a member with this ID number is already registered")]
            }
        }
    }
}

/// Checks a member and gives the row to store. `member_id` is the member being changed.
pub fn check_member(
    conn: &mut DbConnection,
    refs: &mut Refs,
    scope: &Scope,
    input: &MemberInput,
    member_id: Option<i64>,
) -> Result<MemberForm, MemberError> {
    let db = |e: ApiError| MemberError::Fields(vec![FieldError::new("body", "internal", e.to_string())]);
    let mut errors = Vec::new();
    let id_number = input.id_number.trim().to_ascii_uppercase();
    match id_card::validate(&id_number) {
        Ok(birth_date) => {
            if birth_date != input.birth_date {
                errors.push(FieldError::new("birth_date", "mismatch", format!("the ID number gives {birth_date}")));
            }
            // The 17th digit is odd for men and even for women.
            let odd = id_number.as_bytes()[16] % 2 == 1;
            if odd != (input.gender == Gender::Male) {
                errors.push(FieldError::new("gender", "mismatch", "the ID number gives the other gender"));
            }
        }
        Err(e @ IdNumberError::Checksum { .. }) => errors.push(FieldError::new("id_number", "checksum", e.to_string())),
        Err(e) => errors.push(FieldError::new("id_number", "format", e.to_string())),
    }
    let phone = input.phone.as_deref().map(str::trim).filter(|p| !p.is_empty());
    if let Some(phone) = phone
        && let Err(e) = validate_phone(phone)
    {
        errors.push(FieldError::new("phone", "format", e.to_string()));
    }
    if let (Some(join), Some(conversion)) = (input.join_date, input.conversion_date)
        && conversion < join
    {
        errors.push(FieldError::new("conversion_date", "range", "conversion comes after joining"));
    }
    let membership = refs.org(conn, input.membership_org_id).map_err(db)?;
    let residence = refs.org(conn, input.residence_org_id).map_err(db)?;
    let area = refs.area(conn, input.residence_area_id).map_err(db)?;
    let not_found = |field: &str| FieldError::new(field, "not_found", "no such record");
    if membership.is_none() {
        errors.push(not_found("membership_org_id"));
    }
    if residence.is_none() {
        errors.push(not_found("residence_org_id"));
    }
    if area.is_none() {
        errors.push(not_found("residence_area_id"));
    }
    if let Some(unit_id) = input.work_unit_id
        && !refs.unit_exists(conn, unit_id).map_err(db)?
    {
        errors.push(not_found("work_unit_id"));
    }
    let (Some(membership), Some(residence), Some(area)) = (membership, residence, area) else {
        return Err(MemberError::Fields(errors));
    };
    if !errors.is_empty() {
        return Err(MemberError::Fields(errors));
    }
    let residence_org_area_path = match residence.led_area_id {
        Some(led) => refs.area(conn, led).map_err(db)?.map(|a| a.path),
        None => None,
    };
    let in_relocation_community =
        input.category == Category::Relocated && refs.in_relocation_community(conn, &area).map_err(db)?;
    check_links(&Links {
        category: input.category,
        membership_org_path: &membership.path,
        residence_org_path: &residence.path,
        residence_org_area_path: residence_org_area_path.as_deref(),
        residence_area_path: &area.path,
        in_relocation_community,
        has_work_unit: input.work_unit_id.is_some(),
    })
    .map_err(MemberError::Rule)?;
    if side(scope, &membership.path, &residence.path).is_none() {
        return Err(MemberError::OutOfScope);
    }
    let existing = members::find_by_id_number(conn, &id_number).map_err(db)?;
    if existing.is_some_and(|id| Some(id) != member_id) {
        return Err(MemberError::DuplicateIdNumber);
    }
    Ok(MemberForm {
        name: input.name.trim().to_owned(),
        gender: input.gender.code().to_owned(),
        ethnicity: input.ethnicity.trim().to_owned(),
        birth_date: input.birth_date,
        id_number,
        phone: phone.map(str::to_owned),
        address: input.address.as_deref().map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned),
        education: input.education.map(|e| e.code().to_owned()),
        stage: input.stage.code().to_owned(),
        category: input.category.code().to_owned(),
        membership_org_id: membership.id,
        membership_org_path: membership.path,
        residence_org_id: residence.id,
        residence_org_path: residence.path,
        residence_area_id: area.id,
        residence_area_path: area.path,
        work_unit_id: input.work_unit_id,
        join_date: input.join_date,
        conversion_date: input.conversion_date,
        updated_at: now(),
    })
}
