//! Demo members: about 40 per community across the four categories and five stages,
//! with mobile and relocated members whose two organizations lie in different streets,
//! and some history (report-ins, service, commitments, inflow registration).

use chrono::{Datelike, Duration, NaiveDate};
use domain::access::policy::Scope;
use domain::member::{Category, Education, EventKind, Gender, Stage, id_card};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::DemoCommunity;
use crate::data_key::DataKeys;
use crate::db::models::{NewMemberEvent, OrganizationRow};
use crate::db::repo::members;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::routes::members::{MemberInput, Refs, check_member};

const SURNAMES: [&str; 20] = [
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马",
    "罗",
];
const GIVEN: [&str; 24] = [
    "建国", "秀英", "志强", "丽华", "海燕", "国庆", "红梅", "文斌", "晓东", "春兰", "明亮", "桂芳", "卫东", "淑珍",
    "小军", "玉兰", "德胜", "雪梅", "永刚", "慧敏", "家豪", "欣怡", "子涵", "思远",
];
const MEMBERS_PER_COMMUNITY: usize = 40;

/// Loads the demo members; returns the id of a full registered member of the first
/// community (linked to the demo `member` account).
pub fn load(
    conn: &mut DbConnection,
    keys: &DataKeys,
    communities: &[DemoCommunity<'_>],
    employers: &[(&OrganizationRow, Option<i64>)],
    origin_village: &OrganizationRow,
) -> ApiResult<Option<i64>> {
    let mut rng = StdRng::seed_from_u64(2018);
    let mut refs = Refs::default();
    let mut inputs = Vec::new();
    let today = now().date();
    for (c, community) in communities.iter().enumerate() {
        let relocation_community = community.area.community_type.as_deref() == Some("relocation");
        // Mobile members here belong to a community of another street.
        let elsewhere = &communities[(c + 4) % communities.len()];
        for i in 0..MEMBERS_PER_COMMUNITY {
            let grid = i % community.grids.len();
            let stage = match i % 20 {
                7 => Stage::Activist,
                8 => Stage::Candidate,
                9 | 19 => Stage::Probationary,
                6 if i % 40 == 6 => Stage::Applicant,
                _ => Stage::Full,
            };
            let is_member = matches!(stage, Stage::Probationary | Stage::Full);
            let category = match (i % 10, is_member) {
                (_, false) => Category::Registered,
                (3 | 8, _) if relocation_community => Category::Relocated,
                (1 | 4, _) => Category::InService,
                (2 | 6, _) => Category::Mobile,
                (5, _) if relocation_community => Category::Relocated,
                _ => Category::Registered,
            };
            let (membership, work_unit) = match category {
                Category::Registered => (community.branches[grid].id, None),
                Category::InService => {
                    let (org, unit) = employers[i % employers.len()];
                    (org.id, unit)
                }
                Category::Mobile => (elsewhere.branches[i % elsewhere.branches.len()].id, None),
                Category::Relocated => (origin_village.id, None),
            };
            let gender = if i % 2 == 0 { Gender::Male } else { Gender::Female };
            let birth_date = NaiveDate::from_ymd_opt(
                rng.random_range(1948..2004),
                rng.random_range(1..=12),
                rng.random_range(1..=28),
            )
            .ok_or_else(|| ApiError::Internal("demo birth date".into()))?;
            // The sequence's last digit is odd for men.
            let sequence = rng.random_range(0u16..500) * 2 + u16::from(gender == Gender::Male);
            let region = if c >= 6 { "610926" } else { "610902" };
            let id_number = id_card::compose(region, birth_date, sequence)
                .ok_or_else(|| ApiError::Internal("demo ID number".into()))?;
            let join_date = is_member.then(|| {
                if stage == Stage::Probationary {
                    today - Duration::days(rng.random_range(30..330))
                } else {
                    let earliest = (birth_date.year() + 20).max(1975);
                    NaiveDate::from_ymd_opt(rng.random_range(earliest..=earliest.max(2023)), 7, 1).unwrap_or(today)
                }
            });
            let name =
                format!("{}{}", SURNAMES[rng.random_range(0..SURNAMES.len())], GIVEN[rng.random_range(0..GIVEN.len())]);
            inputs.push(MemberInput {
                name,
                gender,
                ethnicity: if i % 13 == 0 { "回族" } else { "汉族" }.to_owned(),
                birth_date,
                id_number,
                phone: Some(format!("13{}{:08}", rng.random_range(3..10), rng.random_range(0..100_000_000u32))),
                address: Some(format!("陕西省安康市{}{}号楼{}室", community.area.name, i % 12 + 1, 101 + i)),
                education: Some(Education::ALL[i % Education::ALL.len()]),
                stage,
                category,
                membership_org_id: membership,
                residence_org_id: community.org.id,
                residence_area_id: community.grids[grid].id,
                work_unit_id: work_unit,
                join_date,
                conversion_date: (stage == Stage::Full).then(|| join_date.map(|d| d + Duration::days(366))).flatten(),
            });
        }
    }
    let mut forms = Vec::with_capacity(inputs.len());
    for input in &inputs {
        let form = check_member(conn, &mut refs, keys, &Scope::Everything, input, None)
            .map_err(|e| ApiError::Internal(format!("demo member {}: {:?}", input.name, e)))?;
        forms.push(form);
    }
    let registered = NewMemberEvent {
        member_id: 0,
        kind: EventKind::Registered.code().to_owned(),
        occurred_on: today,
        org_id: None,
        counterpart_org_id: None,
        service_hours: None,
        certificate_no: None,
        content: Some("示范城市初始登记".to_owned()),
        recorded_by: None,
        recorded_by_name: None,
        created_at: now(),
    };
    let ids = members::insert_many(conn, keys, &forms, &registered)?;
    for (form, id) in forms.iter().zip(&ids) {
        let event = |kind: EventKind, days_ago: i64, hours: Option<f64>, content: Option<&str>| NewMemberEvent {
            member_id: *id,
            kind: kind.code().to_owned(),
            occurred_on: today - Duration::days(days_ago),
            org_id: Some(form.residence_org_id),
            service_hours: hours,
            content: content.map(str::to_owned),
            ..registered.clone()
        };
        let history = match form.category.as_str() {
            "in_service" => vec![
                event(EventKind::ReportIn, 120, None, Some("到居住地社区报到")),
                event(EventKind::Service, 60, Some(3.0), Some("社区环境整治志愿服务")),
                event(EventKind::Commitment, 110, None, Some("每季度参加一次社区志愿服务")),
            ],
            "mobile" => vec![NewMemberEvent {
                certificate_no: Some(format!("LD{}", 610_000 + id)),
                ..event(EventKind::InflowRegistration, 200, None, Some("流入登记"))
            }],
            "registered" if id % 5 == 0 => vec![event(EventKind::Post, 90, None, Some("楼栋长：联系本楼党员群众"))],
            _ => Vec::new(),
        };
        for entry in history {
            members::insert_event(conn, &entry)?;
        }
    }
    super::development_demo::load(conn, keys, &forms, &ids, communities, today)?;
    let own = forms.iter().zip(&ids).find(|(f, _)| f.category == "registered" && f.stage == "full").map(|(_, id)| *id);
    Ok(own)
}
