//! City-scale data for benchmarks (`dangjian seed --profile city|megacity`): deterministic
//! for a seed, written through the storage layer with bulk inserts.
//!
//! `city`: 10 districts × 7 streets × 16 communities × 4 grids, a committee per community
//! with a branch per grid, 62 enterprise and agency branches per street (about 10,000
//! organizations), about 200,000 members of every category and stage, five years of meetings
//! with attendance and about 2 million points entries; 300,000 households with this quarter's
//! visits and a year of 1 million resident requests. `megacity` is ten times larger.

use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::sync::mpsc::{SyncSender, sync_channel};

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
use crate::db::schema::{
    households, meeting_attendance, meetings, members, points_chain_heads, points_entries, resident_requests, units,
};
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
    /// How long each part took.
    pub steps: Vec<(&'static str, std::time::Duration)>,
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

/// A district's tree as generated: its area and committee, communities, unit branches (with
/// their units) and the department its requests go up to.
struct District {
    area: AreaRow,
    committee: OrganizationRow,
    communities: Vec<Community>,
    unit_branches: Vec<(OrganizationRow, i64)>,
    department: i64,
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

/// Writing generated rows on a thread of its own, in order, while the generator makes the next
/// ones: making rows (sealing personal data, hashing ledger chains) and the database's work
/// overlap instead of taking turns. Ids are counted ahead, so making never waits for a write.
pub(super) struct Loader {
    jobs: SyncSender<Job>,
    pub(super) ids: Ahead,
}

/// Some rows to write, with the check that they got the ids counted for them.
type Job = Box<dyn FnOnce(&mut DbConnection) -> ApiResult<()> + Send>;

impl Loader {
    pub(super) fn write(&self, job: impl FnOnce(&mut DbConnection) -> ApiResult<()> + Send + 'static) -> ApiResult<()> {
        // Sending fails only once the writer stopped on an error, which the writer reports.
        self.jobs.send(Box::new(job)).map_err(|_| ApiError::Internal("the writer stopped".into()))
    }
}

/// The next ids of the tables whose rows other rows refer to. The load's transaction is the only
/// writer, so a table's rows get the ids after its largest, in the rows' order; each write checks
/// it (`check_loaded_ids!`).
pub(super) struct Ahead {
    members: Ids,
    meetings: Ids,
    pub(super) households: Ids,
    pub(super) requests: Ids,
}

/// The largest id a table has, or will have once the written rows are in.
pub(super) struct Ids(i64);

impl Ids {
    /// The ids of the next `count` rows.
    pub(super) fn take(&mut self, count: usize) -> RangeInclusive<i64> {
        let first = self.0 + 1;
        self.0 += i64::try_from(count).unwrap_or(i64::MAX);
        first..=self.0
    }
}

impl Ahead {
    fn read(conn: &mut DbConnection) -> ApiResult<Ahead> {
        Ok(Ahead {
            members: Ids(crate::largest_id!(conn, members::table, members::id)?),
            meetings: Ids(crate::largest_id!(conn, meetings::table, meetings::id)?),
            households: Ids(crate::largest_id!(conn, households::table, households::id)?),
            requests: Ids(crate::largest_id!(conn, resident_requests::table, resident_requests::id)?),
        })
    }
}

/// Generates a profile into an empty database (besides what migrations create): first the
/// districts' trees, whose ids the rest refers to; then each district's members, meetings,
/// points and governance, made on this thread and written on another; then co-building, a few
/// rows each written on its own.
pub fn load(conn: &mut DbConnection, keys: &DataKeys, profile: Profile, seed: u64) -> ApiResult<Summary> {
    let mut steps = bulk_load::Steps::start();
    bulk_load::begin(conn)?;
    let mut ctx = Ctx { conn, summary: Summary::default() };
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
    let districts = (0..profile.districts())
        .map(|d| district(&mut ctx, &city_area, &city, d, &mut unit_serial))
        .collect::<ApiResult<Vec<District>>>()?;
    let Ctx { conn, mut summary } = ctx;
    steps.lap("trees");
    let mut rng = StdRng::seed_from_u64(seed);
    let ahead = Ahead::read(conn)?;
    std::thread::scope(|scope| {
        let (jobs, queue) = sync_channel::<Job>(4);
        let writer = std::thread::Builder::new()
            .name("seed-writer".into())
            .spawn_scoped(scope, || queue.into_iter().try_for_each(|job| job(&mut *conn)))
            .map_err(|e| ApiError::Internal(format!("starting the writer: {e}")))?;
        let mut loader = Loader { jobs, ids: ahead };
        let made = districts.iter().try_for_each(|district| {
            district_rows(&mut loader, keys, &mut rng, district, &rules, &categories, &mut summary)
        });
        drop(loader);
        // The writer's error first: it is why making stopped, when it did.
        writer.join().map_err(|_| ApiError::Internal("the writer panicked".into()))??;
        made
    })?;
    steps.lap("rows");
    let today = crate::routes::common::today();
    for (d, district) in districts.iter().enumerate() {
        let units: Vec<i64> = district.unit_branches.iter().map(|(_, id)| *id).collect();
        let co_building = super::cobuilding_generator::District {
            area: &district.area,
            org_id: district.committee.id,
            communities: &district.communities,
            units: &units,
            with_site: d + 1 < profile.districts(),
        };
        summary.co_building += co_building.load(conn, &mut rng, today)?;
    }
    steps.lap("co-building");
    bulk_load::finish(conn, &mut steps)?;
    summary.steps = steps.taken;
    Ok(summary)
}

/// A district's areas, organizations, units and department.
fn district(
    ctx: &mut Ctx<'_>,
    city_area: &AreaRow,
    city: &OrganizationRow,
    d: usize,
    unit_serial: &mut u32,
) -> ApiResult<District> {
    let district_area = ctx.area(Some(city_area), format!("第{}区", d + 1), AreaKind::District, None)?;
    let committee = ctx.org(
        Some(city),
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
            Some(&committee),
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
                let grid = ctx.area(Some(&community_area), format!("{name}第{}网格", g + 1), AreaKind::Grid, None)?;
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
        for u in 0..UNIT_BRANCHES + 20 {
            let field = fields[u % fields.len()];
            *unit_serial += 1;
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
            let at = now();
            let id: i64 = diesel::insert_into(units::table)
                .values((
                    UnitForm {
                        name: &format!("{}第{}单位", street_area.name, u + 1),
                        credit_code: &format!("{first17}{check}"),
                        field: field.code(),
                        area_id: street_area.id,
                        staff_count: 80,
                        party_member_count: i32::try_from(UNIT_BRANCH_MEMBERS).unwrap_or(0),
                        coverage: if branch.is_some() { UnitCoverage::Own.code() } else { UnitCoverage::None.code() },
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
                unit_branches.push((branch, id));
            }
        }
    }
    let department = repo::requests::insert_department(
        ctx.conn,
        &crate::db::models::NewDepartment {
            name: &format!("第{}区住房和城乡建设局", d + 1),
            area_id: district_area.id,
            org_id: None,
            created_at: now(),
        },
    )?;
    Ok(District { area: district_area, committee, communities, unit_branches, department: department.id })
}

/// A district's members, meetings, attendance, points and governance, handed to the writer.
fn district_rows(
    loader: &mut Loader,
    keys: &DataKeys,
    rng: &mut StdRng,
    district: &District,
    rules: &[PointsRuleRow],
    categories: &[i64],
    summary: &mut Summary,
) -> ApiResult<()> {
    let communities = &district.communities;
    let mut serial = summary.members;
    let mut forms = Vec::new();
    let count = communities.len();
    for (ci, community) in communities.iter().enumerate() {
        for (bi, branch) in community.branches.iter().enumerate() {
            for i in 0..GRID_BRANCH_MEMBERS {
                let roll = rng.random_range(0..100);
                let elsewhere = &communities[(ci + 17) % count];
                let (category, residence) = match roll {
                    0..10 => (Category::Mobile, home(elsewhere, i)),
                    10..15 if elsewhere.relocation => (Category::Relocated, home(elsewhere, i)),
                    _ => (Category::Registered, home(community, bi)),
                };
                forms.push(member_form(rng, &mut serial, branch, category, residence, home(community, bi), None));
            }
        }
    }
    for (i, (branch, unit_id)) in district.unit_branches.iter().enumerate() {
        for j in 0..UNIT_BRANCH_MEMBERS {
            let residence = home(&communities[(i + j) % count], j);
            forms.push(member_form(
                rng,
                &mut serial,
                branch,
                Category::InService,
                residence.clone(),
                residence,
                Some(*unit_id),
            ));
        }
    }
    members_and_meetings(loader, keys, rng, &forms, rules, summary)?;
    let governance = super::governance_generator::District { communities, categories, department: district.department };
    let (households, requests) = governance.load(loader, keys, rng)?;
    summary.households += households;
    summary.requests += requests;
    Ok(())
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

/// A district's members, then its meetings, attendance and chained points.
fn members_and_meetings(
    loader: &mut Loader,
    keys: &DataKeys,
    rng: &mut StdRng,
    forms: &[MemberForm],
    rules: &[PointsRuleRow],
    summary: &mut Summary,
) -> ApiResult<()> {
    let at = now();
    let rows: Vec<NewMember> =
        forms.iter().map(|form| NewMember { columns: repo::members::columns(keys, form), created_at: at }).collect();
    let ids = loader.ids.members.take(rows.len());
    let written = ids.clone();
    loader.write(move |conn| {
        for batch in rows.chunks(300) {
            crate::insert_batch!(conn, members::table, batch)?;
        }
        crate::check_loaded_ids!(conn, members::table, members::id, written);
        Ok(())
    })?;
    summary.members += forms.len();
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
    let ids = loader.ids.meetings.take(meeting_rows.len());
    summary.meetings += meeting_rows.len();
    let mut attendance = Vec::new();
    let mut entries = Vec::new();
    let mut chains = super::points_demo::BulkChains::new()?;
    for (meeting_id, (org_id, held_on)) in ids.clone().zip(held) {
        let Some((_, people)) = by_branch.get(&org_id) else { continue };
        for member_id in people {
            let present = rng.random_range(0..10) < 8;
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
    summary.points_entries += entries.len();
    let heads = chains.heads();
    loader.write(move |conn| {
        crate::load_rows!(conn, meetings::table, &meeting_rows[..], 1000);
        crate::check_loaded_ids!(conn, meetings::table, meetings::id, ids);
        crate::load_rows!(conn, meeting_attendance::table, &attendance[..], 1000);
        // Chains were built meeting by meeting in id order, and batches keep that order.
        crate::load_rows!(conn, points_entries::table, &entries[..], 400);
        crate::load_rows!(conn, points_chain_heads::table, &heads[..], 500);
        Ok(())
    })
}
