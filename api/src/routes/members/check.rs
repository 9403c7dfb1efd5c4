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
use crate::audit::{self, Actor, Event, Outcome};
use crate::data_key::DataKeys;
use crate::db::models::{AreaRow, MemberForm, OrganizationRow};
use crate::db::repo::{StoreError, StoreResult, areas, members, organizations, units};
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
    pub fn org(&mut self, conn: &mut DbConnection, id: i64) -> StoreResult<Option<OrganizationRow>> {
        if let Some(found) = self.orgs.get(&id) {
            return Ok(found.clone());
        }
        let found = organizations::find(conn, id)?;
        self.orgs.insert(id, found.clone());
        Ok(found)
    }

    pub fn area(&mut self, conn: &mut DbConnection, id: i64) -> StoreResult<Option<AreaRow>> {
        if let Some(found) = self.areas.get(&id) {
            return Ok(found.clone());
        }
        let found = areas::find(conn, id)?;
        self.areas.insert(id, found.clone());
        Ok(found)
    }

    fn unit_exists(&mut self, conn: &mut DbConnection, id: i64) -> StoreResult<bool> {
        if let Some(found) = self.units.get(&id) {
            return Ok(*found);
        }
        let found = units::find(conn, id)?.is_some();
        self.units.insert(id, found);
        Ok(found)
    }

    /// The community an area lies in (the area itself or an ancestor).
    fn community(&mut self, conn: &mut DbConnection, area: &AreaRow) -> StoreResult<Option<AreaRow>> {
        for id in tree::ids(&area.path) {
            if let Some(ancestor) = self.area(conn, id)?
                && ancestor.kind == AreaKind::Community.code()
            {
                return Ok(Some(ancestor));
            }
        }
        Ok(None)
    }
}

/// Why a member cannot be written.
#[derive(Debug)]
pub enum MemberError {
    Fields(Vec<FieldError>),
    Rule(LinkError),
    /// The ID number belongs to a member the caller sees.
    DuplicateIdNumber,
    /// The ID number belongs to a member outside the caller's scope: refused like any other
    /// unusable value, without saying that the person exists (the membership side asks for
    /// the member through a transfer). The id is for the audit log only.
    IdNumberUnavailable {
        existing_member_id: i64,
    },
}

const UNAVAILABLE: &str = "this ID number cannot be registered from your scope";

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
            MemberError::DuplicateIdNumber => {
                ApiError::Conflict("a member with this ID number is already registered".to_owned())
            }
            MemberError::IdNumberUnavailable { .. } => {
                ApiError::Validation(vec![FieldError::new("id_number", "unavailable", UNAVAILABLE)])
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
            MemberError::DuplicateIdNumber => {
                vec![FieldError::new("id_number", "duplicate", "a member with this ID number is already registered")]
            }
            MemberError::IdNumberUnavailable { .. } => vec![FieldError::new("id_number", "unavailable", UNAVAILABLE)],
        }
    }
}

/// Records a refused ID number of a member outside the scope in the audit log (such
/// attempts probe who is registered elsewhere) and gives the answer to send.
pub fn audit_refusal(
    conn: &mut DbConnection,
    actor: &Actor,
    action: &str,
    refused: MemberError,
) -> ApiResult<ApiError> {
    if let MemberError::IdNumberUnavailable { existing_member_id } = &refused {
        let event = Event {
            action,
            object_type: "member",
            object_id: Some(existing_member_id.to_string()),
            outcome: Outcome::Denied,
            detail: Some("ID number of a member outside the caller's scope".to_owned()),
        };
        audit::record(conn, actor, event)?;
    }
    Ok(refused.into())
}

/// Checks a member and gives the row to store. `member_id` is the member being changed.
pub fn check_member(
    conn: &mut DbConnection,
    refs: &mut Refs,
    keys: &DataKeys,
    scope: &Scope,
    input: &MemberInput,
    member_id: Option<i64>,
) -> Result<MemberForm, MemberError> {
    let db = |e: StoreError| MemberError::Fields(vec![FieldError::new("body", "internal", e.to_string())]);
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
    // Joining and conversion are recorded facts: never after today.
    let today = crate::routes::common::today();
    for (field, date) in [("join_date", input.join_date), ("conversion_date", input.conversion_date)] {
        if let Some(Err(refusal)) = date.map(|d| domain::facts::check_recorded(d, today)) {
            errors.push(FieldError::new(field, refusal.code(), refusal.to_string()));
        }
    }
    if let (Some(join), Some(conversion)) = (input.join_date, input.conversion_date)
        && conversion < join
    {
        errors.push(FieldError::new("conversion_date", "range", "conversion comes after joining"));
    }
    // An organization outside the scope is "not found" exactly like a missing one, unless
    // the other link is in the scope (a residence side registers members who belong elsewhere).
    let membership = refs.org(conn, input.membership_org_id).map_err(db)?;
    let residence = refs.org(conn, input.residence_org_id).map_err(db)?;
    let holds = |org: &Option<OrganizationRow>| org.as_ref().is_some_and(|o| scope.holds_org(&o.path));
    let either_held = holds(&membership) || holds(&residence);
    let (membership, residence) = if either_held { (membership, residence) } else { (None, None) };
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
    let community = refs.community(conn, &area).map_err(db)?;
    let in_relocation_community = input.category == Category::Relocated
        && community.as_ref().is_some_and(|c| c.community_type.as_deref() == Some(CommunityType::Relocation.code()));
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
    if let Some((existing, membership_path, residence_path)) =
        members::find_by_id_number(conn, keys, &id_number).map_err(db)?
        && Some(existing) != member_id
    {
        return Err(match side(scope, &membership_path, &residence_path) {
            Some(_) => MemberError::DuplicateIdNumber,
            None => MemberError::IdNumberUnavailable { existing_member_id: existing },
        });
    }
    Ok(MemberForm {
        name: input.name.trim().to_owned(),
        gender: input.gender.code().to_owned(),
        ethnicity: input.ethnicity.trim().to_owned(),
        birth_date: input.birth_date,
        id_number,
        phone: phone.map(str::to_owned),
        address: input.address.as_deref().map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned),
        community: community.map(|c| c.name),
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
