//! The demo city's grid governance: the catalogue of request categories, a district department
//! that streets escalate to, households with their visits, and requests in every state.

use chrono::{Duration, NaiveDate, Utc};
use domain::area::CommunityType;
use domain::households::{VisitPolicy, period_of};
use domain::requests::{Channel, Desk, RequestType, Step};

use super::DemoCommunity;
use crate::auth::Caller;
use crate::data_key::DataKeys;
use crate::db::models::{AreaRow, NewCategory, NewDepartment, NewVisit, OrganizationRow};
use crate::db::repo::households::{self, HouseholdForm};
use crate::db::repo::requests;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::routes::requests::create::{NewResidentRequest, ResidentInput, take_in};
use crate::routes::requests::steps::{AssigneeInput, StepActor, apply};
use crate::routes::requests::{AssigneeKind, Handling};

/// Categories of the catalogue: code, name, description.
const CATEGORIES: [(&str, &str, &str); 6] = [
    ("sanitation", "环境卫生", "垃圾清运、楼道堆物、卫生死角"),
    ("property", "物业管理", "物业服务、电梯、供水供暖等公共设施维修"),
    ("facilities", "市政设施", "道路、路灯、井盖、排水"),
    ("dispute", "邻里纠纷", "邻里矛盾、噪音、漏水"),
    ("assistance", "困难帮扶", "困难群众、独居老人、残疾人帮扶"),
    ("policy", "政策咨询", "社保、医保、户籍、搬迁安置政策"),
];

/// The catalogue of categories (the demo's and the generator's); answers their ids.
pub fn load_catalogue(conn: &mut DbConnection) -> ApiResult<Vec<i64>> {
    CATEGORIES
        .into_iter()
        .map(|(code, name, description)| {
            let category = NewCategory { code, name, description: Some(description), active: true, created_at: now() };
            Ok(requests::insert_category(conn, &category)?.id)
        })
        .collect()
}

pub fn load(conn: &mut DbConnection, district: &AreaRow, housing: &OrganizationRow) -> ApiResult<()> {
    load_catalogue(conn)?;
    let department = NewDepartment {
        name: "汉滨区住房和城乡建设局",
        area_id: district.id,
        org_id: Some(housing.id),
        created_at: now(),
    };
    requests::insert_department(conn, &department)?;
    Ok(())
}

/// The demo accounts that take in and handle requests.
pub struct Actors {
    pub hotline: Caller,
    pub street: Caller,
    pub grid: Caller,
}

const HEADS: [&str; 6] = ["王建国", "李秀英", "张伟", "刘芳", "陈志强", "杨丽华"];

/// Three households in every grid of the demo communities (relocated families in the relocation
/// communities keep their origin village), two of them visited this quarter.
pub fn load_households(
    conn: &mut DbConnection,
    keys: &DataKeys,
    communities: &[DemoCommunity<'_>],
    visitor: &Caller,
    today: NaiveDate,
) -> ApiResult<()> {
    let (quarter_start, _) = period_of(today, &VisitPolicy::default());
    let mut n = 0usize;
    for community in communities {
        let relocated = community.area.community_type.as_deref() == Some(CommunityType::Relocation.code());
        for grid in community.grids {
            for k in 0..3 {
                n += 1;
                let form = HouseholdForm {
                    area_id: grid.id,
                    area_path: grid.path.clone(),
                    community: community.area.name.clone(),
                    head_name: HEADS[n % HEADS.len()].to_owned(),
                    phone: Some(format!("139{:08}", 10_000 + n)),
                    address: format!("{}{}号楼{}单元{}0{}", community.area.name, k + 1, k + 1, k + 2, n % 4 + 1),
                    residents: i32::try_from(2 + n % 4).unwrap_or(3),
                    origin_village: relocated.then(|| "长安镇中坝村".to_owned()),
                    origin_contact: relocated.then(|| format!("136{:08}", 20_000 + n)),
                    note: None,
                };
                let household = households::insert(conn, keys, &form)?;
                if k < 2 {
                    let visited_on = (today - Duration::days(i64::try_from(n % 40).unwrap_or(0))).max(quarter_start);
                    households::insert_visit(
                        conn,
                        &NewVisit {
                            household_id: household.id,
                            visited_on,
                            visitor_id: Some(visitor.id),
                            visitor_name: &visitor.display_name,
                            topic: if relocated { "搬迁后生产生活情况" } else { "入户走访" },
                            findings: Some("家庭情况稳定"),
                            follow_up: None,
                            request_id: None,
                            created_at: now(),
                        },
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// A step of the demo, by the desk that takes it.
fn step(
    conn: &mut DbConnection,
    handling: Handling<'_>,
    id: i64,
    step: &Step<'_>,
    desk: Desk,
    by: &Caller,
    assignee: Option<AssigneeInput>,
) -> ApiResult<()> {
    let row = requests::find(conn, id)?.ok_or(ApiError::NotFound)?;
    let actor = StepActor { id: Some(by.id), name: by.display_name.clone(), audit: by.actor() };
    let note = match step {
        Step::Reject { reason } | Step::Suspend { reason } => Some(*reason),
        Step::Resolve { note } => Some(*note),
        _ => None,
    };
    apply(conn, handling, &row, step, desk, note, assignee, &actor)?;
    Ok(())
}

/// Requests of 育才社区 and 鼓楼社区 in every state and channel: fresh, accepted, dispatched to
/// the grid leader, suspended, resolved, rated, rejected, reopened, escalated by the clock and
/// escalated to the department.
pub fn load_requests(
    conn: &mut DbConnection,
    handling: Handling<'_>,
    actors: &Actors,
    yucai: &[AreaRow],
    gulou: &[AreaRow],
    category: impl Fn(&str) -> Option<i64>,
) -> ApiResult<()> {
    use Channel::*;
    use RequestType::*;
    let days_ago = |days: i64| Some(Utc::now() - Duration::days(days));
    let grid_task = Some(AssigneeInput { kind: AssigneeKind::User, id: actors.grid.id });
    let items = [
        (&actors.hotline, Hotline, Complaint, "sanitation", "3号楼楼道堆放杂物，影响通行", &yucai[0], None, 0),
        (&actors.grid, GridPhone, Help, "assistance", "独居老人需要帮助购买生活用品", &yucai[1], None, 1),
        (&actors.street, CommunityWindow, Consultation, "policy", "咨询城乡居民医保缴费时间", &yucai[0], None, 2),
        (&actors.hotline, Open311, Complaint, "facilities", "小区门口路灯不亮", &gulou[0], None, 3),
        (&actors.hotline, Hotline, Complaint, "property", "电梯频繁故障", &yucai[1], None, 4),
        (&actors.street, StreetPlatform, Suggestion, "sanitation", "建议增设分类垃圾桶", &gulou[1], None, 5),
        (&actors.hotline, Hotline, Help, "property", "楼顶漏水，家中进水", &gulou[0], days_ago(12), 0),
        (&actors.grid, GridPhone, Consultation, "dispute", "楼上噪音扰民，协调未果", &yucai[0], None, 6),
        (&actors.grid, CentralHousehold, Report, "facilities", "绿化带被占用停车", &yucai[1], None, 7),
        (&actors.hotline, Hotline, Complaint, "facilities", "雨水井盖破损存在安全隐患", &gulou[1], days_ago(11), 8),
        (&actors.hotline, OtherSystem, Help, "assistance", "困难家庭申请临时救助", &yucai[0], None, 9),
    ];
    let departments = requests::list_departments(conn)?;
    for (n, (by, channel, kind, code, text, area, received_at, path)) in items.into_iter().enumerate() {
        let new = NewResidentRequest {
            request_type: kind,
            category_id: category(code),
            description: text.to_owned(),
            area_id: area.id,
            latitude: None,
            longitude: None,
            resident: Some(ResidentInput {
                name: Some(HEADS[n % HEADS.len()].to_owned()),
                phone: Some(format!("138{:08}", 30_000 + n)),
                address: None,
            }),
            household_id: None,
            channel: Some(channel),
            external_id: (by.kind == domain::access::AccountKind::Service).then(|| format!("DEMO-{n:03}")),
            received_at,
        };
        let (row, _) = take_in(conn, handling, by, new)?;
        let (id, street, grid) = (row.id, &actors.street, &actors.grid);
        let holder = |conn: &mut DbConnection, s: &Step<'_>| step(conn, handling, id, s, Desk::Holder, street, None);
        match path {
            1 => holder(conn, &Step::Accept)?,
            2 | 3 | 4 | 5 | 6 | 9 => {
                holder(conn, &Step::Accept)?;
                step(conn, handling, id, &Step::Dispatch { assigned: true }, Desk::Holder, street, grid_task)?;
                match path {
                    3 | 4 | 5 | 9 => {
                        step(
                            conn,
                            handling,
                            id,
                            &Step::Resolve { note: "已协调处理完毕" },
                            Desk::Assignee,
                            grid,
                            None,
                        )?;
                        if path == 4 || path == 9 {
                            holder(conn, &Step::Close { rating: 5 })?;
                        }
                        if path == 5 {
                            holder(conn, &Step::Close { rating: 3 })?;
                        }
                        if path == 9 {
                            holder(conn, &Step::Reopen)?;
                        }
                    }
                    6 => step(
                        conn,
                        handling,
                        id,
                        &Step::Suspend { reason: "等待居民补充材料" },
                        Desk::Assignee,
                        grid,
                        None,
                    )?,
                    _ => {}
                }
            }
            7 => holder(conn, &Step::Reject { reason: "属物业合同纠纷，已告知居民诉讼途径" })?,
            8 => {
                // Escalated by the clock on its way in; the street sends it to the department.
                holder(conn, &Step::Accept)?;
                let department = departments.first().map(|d| d.id);
                holder(conn, &Step::Escalate { department })?;
            }
            _ => {}
        }
    }
    Ok(())
}
