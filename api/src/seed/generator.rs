//! City-scale data for benchmarks (`dangjian seed --profile city|megacity`): deterministic
//! for a seed, written through the storage layer with bulk inserts.
//!
//! `city`: 10 districts × 7 streets × 16 communities × 4 grids, a committee per community
//! with a branch per grid, 62 enterprise and agency branches per street (about 10,000
//! organizations), about 200,000 members of every category and stage, five years of meetings
//! with attendance and about 2 million points entries; 300,000 households with this quarter's
//! visits and a year of 1 million resident requests. `megacity` is ten times larger.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use diesel::prelude::*;
use domain::area::{AreaKind, CommunityType};
use domain::member::{Category, Stage, id_card};
use domain::organization::{Field, OrgKind, SettingType};
use domain::unit::{UnitCoverage, credit_code};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::data_key::DataKeys;
use crate::db::models::{AreaRow, MemberForm, NewMember, OrganizationRow, PointsRuleRow, UnitForm};
use crate::db::repo;
use crate::db::schema::{meeting_attendance, meetings, members, points_entries, units};
use crate::db::{DbConnection, bulk_load, now};
use crate::error::{ApiError, ApiResult};

/// Size of generated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// One district of the city's shape, to try the generator quickly.
    Town,
    City,
    Megacity,
}

impl Profile {
    fn districts(self) -> usize {
        match self {
            Profile::Town => 1,
            Profile::City => 10,
            Profile::Megacity => 100,
        }
    }
}

/// What was generated.
#[derive(Debug, Default)]
pub struct Summary {
    pub organizations: usize,
    pub members: usize,
    pub meetings: usize,
    pub points_entries: usize,
    pub households: usize,
    pub requests: usize,
    /// Joint meetings, lists, tasks, opinions, access-list and support rows.
    pub co_building: usize,
}

const STREETS: usize = 7;
const COMMUNITIES: usize = 16;
const GRIDS: usize = 4;
const UNIT_BRANCHES: usize = 62;
const GRID_BRANCH_MEMBERS: usize = 34;
const UNIT_BRANCH_MEMBERS: usize = 11;
const YEARS: i32 = 5;
const MEETINGS_PER_YEAR: u32 = 2;

struct Ctx<'c> {
    conn: &'c mut DbConnection,
    keys: &'c DataKeys,
    rng: StdRng,
    summary: Summary,
}

impl Ctx<'_> {
    fn area(
        &mut self,
        parent: Option<&AreaRow>,
        name: String,
        kind: AreaKind,
        community: Option<CommunityType>,
    ) -> ApiResult<AreaRow> {
        super::insert_area(self.conn, parent, &name, kind, community)
    }

    #[allow(clippy::too_many_arguments)]
    fn org(
        &mut self,
        parent: Option<&OrganizationRow>,
        name: String,
        kind: OrgKind,
        field: Field,
        setting: SettingType,
        area: &AreaRow,
        leads: bool,
    ) -> ApiResult<OrganizationRow> {
        self.summary.organizations += 1;
        let spec = super::OrgSpec { name: &name, kind, field, setting, area, leads, online: false };
        super::insert_org(self.conn, parent, spec)
    }
}

/// A community as generated: its area and street, committee, grids and grid branches.
pub(super) struct Community {
    pub(super) area: AreaRow,
    pub(super) street: AreaRow,
    pub(super) relocation: bool,
    committee: OrganizationRow,
    pub(super) grids: Vec<AreaRow>,
    branches: Vec<OrganizationRow>,
}

/// Where a generated member lives.
#[derive(Clone)]
struct Home {
    org_id: i64,
    org_path: String,
    area_id: i64,
    area_path: String,
}

fn home(c: &Community, grid: usize) -> Home {
    let grid = &c.grids[grid % c.grids.len()];
    Home { org_id: c.committee.id, org_path: c.committee.path.clone(), area_id: grid.id, area_path: grid.path.clone() }
}

/// Generates a profile into an empty database (besides what migrations create).
pub fn load(conn: &mut DbConnection, keys: &DataKeys, profile: Profile, seed: u64) -> ApiResult<Summary> {
    bulk_load::begin(conn)?;
    let mut ctx = Ctx { conn, keys, rng: StdRng::seed_from_u64(seed), summary: Summary::default() };
    let city_area = ctx.area(None, "基准市".into(), AreaKind::City, None)?;
    let city = ctx.org(
        None,
        "中共基准市委员会".into(),
        OrgKind::Committee,
        Field::GovernmentAgency,
        SettingType::Independent,
        &city_area,
        true,
    )?;
    let rules = super::points_demo::standard_rules(ctx.conn, &city)?;
    let categories = super::requests_demo::load_catalogue(ctx.conn)?;
    let mut unit_serial = 0u32;
    let mut member_serial = 0usize;
    for d in 0..profile.districts() {
        let district_area = ctx.area(Some(&city_area), format!("第{}区", d + 1), AreaKind::District, None)?;
        let district = ctx.org(
            Some(&city),
            format!("中共第{}区委员会", d + 1),
            OrgKind::Committee,
            Field::GovernmentAgency,
            SettingType::Independent,
            &district_area,
            true,
        )?;
        let mut communities = Vec::new();
        let mut unit_branches = Vec::new();
        for s in 0..STREETS {
            let street_area =
                ctx.area(Some(&district_area), format!("第{}区第{}街道", d + 1, s + 1), AreaKind::Street, None)?;
            let street = ctx.org(
                Some(&district),
                format!("中共第{}区第{}街道工作委员会", d + 1, s + 1),
                OrgKind::WorkingCommittee,
                Field::Community,
                SettingType::Regional,
                &street_area,
                true,
            )?;
            for c in 0..COMMUNITIES {
                let relocation = c % 10 == 9;
                let kind = if relocation { CommunityType::Relocation } else { CommunityType::Urban };
                let name = format!("{}第{}社区", street_area.name, c + 1);
                let community_area = ctx.area(Some(&street_area), name.clone(), AreaKind::Community, Some(kind))?;
                let committee = ctx.org(
                    Some(&street),
                    format!("{name}党委"),
                    OrgKind::Committee,
                    Field::Community,
                    SettingType::Regional,
                    &community_area,
                    true,
                )?;
                let mut grids = Vec::new();
                let mut branches = Vec::new();
                for g in 0..GRIDS {
                    let grid =
                        ctx.area(Some(&community_area), format!("{name}第{}网格", g + 1), AreaKind::Grid, None)?;
                    branches.push(ctx.org(
                        Some(&committee),
                        format!("{name}第{}网格党支部", g + 1),
                        OrgKind::Branch,
                        Field::Community,
                        SettingType::Regional,
                        &grid,
                        true,
                    )?);
                    grids.push(grid);
                }
                communities.push(Community {
                    area: community_area,
                    street: street_area.clone(),
                    relocation,
                    committee,
                    grids,
                    branches,
                });
            }
            let fields = [
                Field::PrivateEnterprise,
                Field::StateEnterprise,
                Field::GovernmentAgency,
                Field::PublicInstitution,
                Field::BusinessBuilding,
                Field::Internet,
                Field::SocialOrganization,
                Field::Park,
            ];
            let mut unit_rows = Vec::new();
            for u in 0..UNIT_BRANCHES + 20 {
                let field = fields[u % fields.len()];
                unit_serial += 1;
                let first17 = format!("91{}{:09}", 610_000 + d % 1000, unit_serial);
                let check = credit_code::check_character(first17.as_bytes())
                    .ok_or_else(|| ApiError::Internal("credit code".into()))?;
                let branch = if u < UNIT_BRANCHES {
                    Some(ctx.org(
                        Some(&street),
                        format!("{}第{}单位党支部", street_area.name, u + 1),
                        OrgKind::Branch,
                        field,
                        SettingType::Independent,
                        &street_area,
                        false,
                    )?)
                } else {
                    None
                };
                unit_rows.push((
                    format!("{}第{}单位", street_area.name, u + 1),
                    format!("{first17}{check}"),
                    field,
                    branch,
                ));
            }
            for (name, code, field, branch) in &unit_rows {
                let at = now();
                let id: i64 = diesel::insert_into(units::table)
                    .values((
                        UnitForm {
                            name,
                            credit_code: code,
                            field: field.code(),
                            area_id: street_area.id,
                            staff_count: 80,
                            party_member_count: i32::try_from(UNIT_BRANCH_MEMBERS).unwrap_or(0),
                            coverage: if branch.is_some() {
                                UnitCoverage::Own.code()
                            } else {
                                UnitCoverage::None.code()
                            },
                            covering_org_id: branch.as_ref().map(|b| b.id),
                            instructor: None,
                            superior_org_id: None,
                            superior_name: None,
                            updated_at: at,
                        },
                        units::created_at.eq(at),
                    ))
                    .returning(units::id)
                    .get_result(ctx.conn)?;
                if let Some(branch) = branch {
                    unit_branches.push((branch.clone(), id));
                }
            }
        }
        // Members, meetings, attendance and points of the district, flushed per district so
        // that memory stays bounded.
        let mut forms = Vec::new();
        let count = communities.len();
        for (ci, community) in communities.iter().enumerate() {
            for (bi, branch) in community.branches.iter().enumerate() {
                for i in 0..GRID_BRANCH_MEMBERS {
                    let roll = ctx.rng.random_range(0..100);
                    let elsewhere = &communities[(ci + 17) % count];
                    let (category, residence) = match roll {
                        0..10 => (Category::Mobile, home(elsewhere, i)),
                        10..15 if elsewhere.relocation => (Category::Relocated, home(elsewhere, i)),
                        _ => (Category::Registered, home(community, bi)),
                    };
                    forms.push(member_form(
                        &mut ctx.rng,
                        &mut member_serial,
                        branch,
                        category,
                        residence,
                        home(community, bi),
                        None,
                    ));
                }
            }
        }
        for (i, (branch, unit_id)) in unit_branches.iter().enumerate() {
            for j in 0..UNIT_BRANCH_MEMBERS {
                let residence = home(&communities[(i + j) % count], j);
                forms.push(member_form(
                    &mut ctx.rng,
                    &mut member_serial,
                    branch,
                    Category::InService,
                    residence.clone(),
                    residence,
                    Some(*unit_id),
                ));
            }
        }
        flush_district(&mut ctx, &forms, &rules)?;
        let department = repo::requests::insert_department(
            ctx.conn,
            &crate::db::models::NewDepartment {
                name: &format!("第{}区住房和城乡建设局", d + 1),
                area_id: district_area.id,
                org_id: None,
                created_at: now(),
            },
        )?;
        let governance = super::governance_generator::District {
            communities: &communities,
            categories: &categories,
            department: department.id,
        };
        let (households, requests) = governance.load(ctx.conn, ctx.keys, &mut ctx.rng)?;
        ctx.summary.households += households;
        ctx.summary.requests += requests;
        let units: Vec<i64> = unit_branches.iter().map(|(_, id)| *id).collect();
        let co_building = super::cobuilding_generator::District {
            area: &district_area,
            org_id: district.id,
            communities: &communities,
            units: &units,
            with_site: d + 1 < profile.districts(),
        };
        ctx.summary.co_building += co_building.load(ctx.conn, &mut ctx.rng, crate::routes::common::today())?;
    }
    bulk_load::finish(ctx.conn)?;
    Ok(ctx.summary)
}

#[allow(clippy::too_many_arguments)]
fn member_form(
    rng: &mut StdRng,
    serial: &mut usize,
    branch: &OrganizationRow,
    category: Category,
    residence: Home,
    own: Home,
    work_unit: Option<i64>,
) -> MemberForm {
    *serial += 1;
    let index = *serial;
    // Unique ID numbers by construction: the day of birth and the sequence come from the serial.
    let birth = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap_or_default()
        + Duration::days(i64::try_from(index % 18_000).unwrap_or(0));
    let male = index % 2 == 1;
    let sequence = u16::try_from((index / 18_000) * 2 + usize::from(male)).unwrap_or(0);
    let stage = match rng.random_range(0..100) {
        0..2 => Stage::Applicant,
        2..5 => Stage::Activist,
        5..7 => Stage::Candidate,
        7..11 => Stage::Probationary,
        _ => Stage::Full,
    };
    let member = matches!(stage, Stage::Probationary | Stage::Full);
    // People not yet members are managed where they belong (in-service ones stay with the unit).
    let (category, residence) = match category {
        Category::Mobile | Category::Relocated if !member => (Category::Registered, own),
        _ => (category, residence),
    };
    const SURNAMES: [&str; 12] = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];
    const GIVEN: [&str; 12] =
        ["建国", "秀英", "志强", "丽华", "海燕", "国庆", "红梅", "文斌", "晓东", "春兰", "明亮", "桂芳"];
    MemberForm {
        name: format!("{}{}{}", SURNAMES[index % 12], GIVEN[(index / 12) % 12], index % 100),
        gender: if male { "male" } else { "female" }.to_owned(),
        ethnicity: "汉族".to_owned(),
        birth_date: birth,
        id_number: id_card::compose("610902", birth, sequence).unwrap_or_default(),
        phone: Some(format!("13{}{:08}", index % 7 + 3, index)),
        address: Some(format!("基准市第{}号", index)),
        community: None,
        education: Some("bachelor".to_owned()),
        stage: stage.code().to_owned(),
        category: category.code().to_owned(),
        membership_org_id: branch.id,
        membership_org_path: branch.path.clone(),
        residence_org_id: residence.org_id,
        residence_org_path: residence.org_path,
        residence_area_id: residence.area_id,
        residence_area_path: residence.area_path,
        work_unit_id: work_unit,
        join_date: member.then(|| birth + Duration::days(365 * 25)),
        conversion_date: (stage == Stage::Full).then(|| birth + Duration::days(365 * 26)),
        updated_at: now(),
    }
}

/// Writes a district's members, then its meetings, attendance and chained points.
fn flush_district(ctx: &mut Ctx<'_>, forms: &[MemberForm], rules: &[PointsRuleRow]) -> ApiResult<()> {
    let at = now();
    let rows: Vec<NewMember> = forms
        .iter()
        .map(|form| NewMember { columns: repo::members::columns(ctx.keys, form), created_at: at })
        .collect();
    let ids = crate::loaded_ids!(ctx.conn, members::table, members::id, rows.len(), {
        for batch in rows.chunks(300) {
            crate::insert_batch!(ctx.conn, members::table, batch)?;
        }
    });
    ctx.summary.members += forms.len();
    let (Some(attend), Some(absent)) = (rules.iter().find(|r| r.code == "A01"), rules.iter().find(|r| r.code == "D01"))
    else {
        return Ok(());
    };
    // Branch → its members that attend (probationary and full).
    let mut by_branch: HashMap<i64, (String, Vec<i64>)> = HashMap::new();
    for (form, id) in forms.iter().zip(ids).filter(|(f, _)| f.stage == "full" || f.stage == "probationary") {
        let entry =
            by_branch.entry(form.membership_org_id).or_insert_with(|| (form.membership_org_path.clone(), Vec::new()));
        entry.1.push(id);
    }
    let today = crate::routes::common::today();
    let mut branches: Vec<(&i64, &(String, Vec<i64>))> = by_branch.iter().collect();
    branches.sort_by_key(|(id, _)| **id);
    let mut meeting_rows = Vec::new();
    let mut held = Vec::new();
    for (branch_id, (path, _)) in &branches {
        for year in 0..YEARS {
            for n in 0..MEETINGS_PER_YEAR {
                let held_on = NaiveDate::from_ymd_opt(today.year() - YEARS + 1 + year, 3 + n * 6, 10).unwrap_or(today);
                held.push((**branch_id, held_on));
                meeting_rows.push((
                    meetings::org_id.eq(**branch_id),
                    meetings::org_path.eq(path.clone()),
                    meetings::meeting_type.eq("themed_party_day"),
                    meetings::held_on.eq(held_on),
                    meetings::online.eq(false),
                    meetings::topic.eq("主题党日"),
                    meetings::created_at.eq(at),
                ));
            }
        }
    }
    let ids = crate::loaded_ids!(
        ctx.conn,
        meetings::table,
        meetings::id,
        meeting_rows.len(),
        crate::load_rows!(ctx.conn, meetings::table, &meeting_rows[..], 1000)
    );
    ctx.summary.meetings += meeting_rows.len();
    let mut attendance = Vec::new();
    let mut entries = Vec::new();
    let mut chains = super::points_demo::BulkChains::new()?;
    for (meeting_id, (org_id, held_on)) in ids.zip(held) {
        let Some((_, people)) = by_branch.get(&org_id) else { continue };
        for member_id in people {
            let present = ctx.rng.random_range(0..10) < 8;
            if present {
                attendance.push((
                    meeting_attendance::meeting_id.eq(meeting_id),
                    meeting_attendance::member_id.eq(*member_id),
                    meeting_attendance::status.eq("present"),
                ));
            }
            let rule = if present { attend } else { absent };
            entries.push(chains.meeting_entry(
                *member_id,
                rule,
                held_on,
                org_id,
                meeting_id,
                "主题党日".to_owned(),
                at,
            ));
        }
    }
    crate::load_rows!(ctx.conn, meeting_attendance::table, &attendance[..], 1000);
    // Chains were built meeting by meeting in id order, and batches keep that order.
    crate::load_rows!(ctx.conn, points_entries::table, &entries[..], 400);
    ctx.summary.points_entries += entries.len();
    chains.write_heads(ctx.conn)
}
