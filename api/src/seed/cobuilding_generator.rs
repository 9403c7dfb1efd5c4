//! City-scale co-building, the community's powers and the support ledgers for benchmarks: each
//! street and community with its joint meeting and a year of meetings, needs, projects in every
//! state and tasks (some overdue); opinions given and asked for; the district's access list
//! with work handed over and refused; each community's space, cadres and funding, and a
//! demonstration site in all but the last district.

use chrono::{Datelike, Duration, NaiveDate};
use domain::affairs::{ItemList, ItemState, ListType};
use domain::cobuilding::SeatKind;
use domain::cobuilding::lists::{NeedSource, ProjectState, ResourceKind};
use domain::cobuilding::opinions::{OpinionPurpose, OpinionState, OpinionSubject, Verdict};
use domain::cobuilding::tasks::{TaskAssignee, TaskState};
use domain::member::Gender;
use domain::support::{FundingKind, RoomKind, SiteType};
use rand::Rng;
use rand::rngs::StdRng;

use super::generator::Community;
use crate::db::models::{
    AreaRow, JointMeetingForm, NewAffairsItem, NewAffairsRefusal, NewAssignment, NewCadre, NewFunding, NewJointBody,
    NewNeed, NewOpinion, NewProject, NewResource, NewSeat, NewSite, NewSpace, NewTask,
};
use crate::db::repo::{affairs, cobuilding, joint, opinions, support};
use crate::db::{DbConnection, now};
use crate::error::ApiResult;

/// The co-building of one generated district.
pub struct District<'a> {
    pub area: &'a AreaRow,
    pub org_id: i64,
    pub communities: &'a [Community],
    /// Units with their own branch, located in the district's streets.
    pub units: &'a [i64],
    /// Whether the district has named its demonstration site.
    pub with_site: bool,
}

const STATES: [ProjectState; 4] =
    [ProjectState::Planned, ProjectState::InProgress, ProjectState::Completed, ProjectState::Cancelled];

impl District<'_> {
    /// Writes the district's co-building, opinions, access list and support; answers how many rows.
    pub fn load(&self, conn: &mut DbConnection, rng: &mut StdRng, today: NaiveDate) -> ApiResult<usize> {
        let mut rows = 0;
        let mut streets: Vec<&AreaRow> = Vec::new();
        for community in self.communities {
            if !streets.iter().any(|s| s.id == community.street.id) {
                streets.push(&community.street);
            }
        }
        for street in &streets {
            rows += self.joint(conn, street, today)?;
        }
        let items = self.access_list(conn)?;
        rows += items.len();
        for (i, community) in self.communities.iter().enumerate() {
            rows += self.joint(conn, &community.area, today)?;
            rows += self.lists(conn, rng, community, i, today)?;
            rows += self.powers(conn, community, &items, i, today)?;
            rows += self.support(conn, community, i, today)?;
        }
        if self.with_site
            && let Some(community) = self.communities.first()
        {
            let site = NewSite {
                area_id: community.area.id,
                area_path: &community.area.path,
                site_type: if community.relocation { SiteType::Relocation } else { SiteType::Urban }.code(),
                named_on: today - Duration::days(200),
                description: "城市基层党建示范点",
                created_at: now(),
            };
            support::insert_site(conn, &site)?;
            rows += 1;
        }
        Ok(rows)
    }

    /// A joint meeting with two seats and two meetings this year, the first held with a resolution.
    fn joint(&self, conn: &mut DbConnection, area: &AreaRow, today: NaiveDate) -> ApiResult<usize> {
        let at = now();
        let body = joint::insert_body(
            conn,
            &NewJointBody {
                area_id: area.id,
                area_path: &area.path,
                convener_org_id: self.org_id,
                convener_name: "王建国",
                convener_post: "区委副书记",
                set_up_on: today - Duration::days(400),
                created_at: at,
                updated_at: at,
            },
        )?;
        for (kind, unit) in [(SeatKind::Unit, self.units.first()), (SeatKind::Organization, None)] {
            let seat = NewSeat {
                body_id: body.id,
                kind: kind.code(),
                org_id: unit.is_none().then_some(self.org_id),
                unit_id: unit.copied(),
                holder_name: &area.name,
                representative: "李明",
                post: Some("党组织书记"),
                created_at: at,
            };
            joint::insert_seat(conn, &seat)?;
        }
        // Held this year (early in January: on New Year's Day), the next one planned.
        let earlier = i64::from(today.ordinal0()).min(120);
        for (days, held) in [(earlier, true), (-20, false)] {
            let meets_on = today - Duration::days(days);
            let form = JointMeetingForm {
                meets_on,
                agenda: "一、辖区共建项目推进",
                agenda_sent_on: held.then_some(meets_on - Duration::days(16)),
                held,
                minutes: held.then_some("会议研究了辖区共建项目。"),
                updated_at: at,
            };
            let meeting = joint::insert_meeting(conn, body.id, &form)?;
            if held {
                joint::insert_resolution(conn, meeting.id, "驻区单位认领社区养老助餐项目")?;
            }
        }
        Ok(6)
    }

    /// Two needs, a resource, a project in one of the four states and three tasks (one overdue).
    fn lists(
        &self,
        conn: &mut DbConnection,
        rng: &mut StdRng,
        community: &Community,
        i: usize,
        today: NaiveDate,
    ) -> ApiResult<usize> {
        let at = now();
        let area = &community.area;
        let Some(&unit) = self.units.get(i % self.units.len().max(1)) else { return Ok(0) };
        let mut needs = Vec::new();
        for (source, title) in [(NeedSource::Residents, "老年人助餐"), (NeedSource::Community, "党群活动室改造")]
        {
            let need = NewNeed {
                area_id: area.id,
                area_path: &area.path,
                source: source.code(),
                title,
                description: "社区需求",
                wanted_kind: Some(ResourceKind::Volunteers.code()),
                field: None,
                request_category_id: None,
                resolution_id: None,
                created_by: None,
                created_at: at,
                updated_at: at,
            };
            needs.push(cobuilding::insert_need(conn, &need)?);
        }
        let resource = NewResource {
            unit_id: unit,
            area_path: &community.street.path,
            kind: ResourceKind::Volunteers.code(),
            title: "青年志愿服务队",
            description: "每月两次",
            amount_yuan: None,
            available_from: None,
            available_until: Some(today + Duration::days(365)),
            created_at: at,
            updated_at: at,
        };
        cobuilding::insert_resource(conn, &resource)?;
        let state = STATES[i % STATES.len()];
        let project = NewProject {
            need_id: needs[0].id,
            area_path: &area.path,
            owner_unit_id: unit,
            title: "银龄助餐",
            due_on: today + Duration::days(rng.random_range(-30..90)),
            state: state.code(),
            resolution_id: None,
            created_by: None,
            created_at: at,
            updated_at: at,
        };
        let project = cobuilding::insert_project(conn, &project, &[])?;
        for (assigned, due, state) in
            [(60, 30, TaskState::Done), (40, 10, TaskState::Assigned), (5, -25, TaskState::Assigned)]
        {
            let task = NewTask {
                area_id: community.street.id,
                area_path: &community.street.path,
                title: "助餐志愿服务",
                description: "到社区开展助餐服务并反馈",
                assignee_kind: TaskAssignee::Unit.code(),
                unit_id: Some(unit),
                member_id: None,
                assigned_on: today - Duration::days(assigned),
                due_on: today - Duration::days(due),
                state: state.code(),
                resolution_id: None,
                project_id: Some(project.id),
                created_by: None,
                created_at: at,
                updated_at: at,
            };
            cobuilding::insert_task(conn, &task)?;
        }
        Ok(7)
    }

    /// Seven items of the district's access list: statutory, assisting (with funding), negative.
    fn access_list(&self, conn: &mut DbConnection) -> ApiResult<Vec<(i64, String)>> {
        let at = now();
        let mut items = Vec::new();
        for n in 0..7 {
            let list_type = [ListType::Statutory, ListType::Assisting, ListType::Negative][n % 3];
            let department = format!("{}第{}局", self.area.name, n + 1);
            let title = format!("准入事项{}", n + 1);
            let item = NewAffairsItem {
                list: if n == 6 { ItemList::PartyWork } else { ItemList::Affairs }.code(),
                title: &title,
                department: &department,
                legal_basis: "社区工作事务准入清单",
                list_type: list_type.code(),
                authority_follows: true,
                funding_follows: list_type == ListType::Assisting,
                funding_yuan: (list_type == ListType::Assisting).then_some(20_000),
                state: ItemState::Admitted.code(),
                area_id: self.area.id,
                area_path: &self.area.path,
                created_by: None,
                created_at: at,
                updated_at: at,
            };
            let row = affairs::insert_item(conn, &item)?;
            if list_type != ListType::Negative {
                items.push((row.id, department));
            }
        }
        Ok(items)
    }

    /// An opinion on a unit, an outside request (every third overdue), two assignments and a refusal.
    fn powers(
        &self,
        conn: &mut DbConnection,
        community: &Community,
        items: &[(i64, String)],
        i: usize,
        today: NaiveDate,
    ) -> ApiResult<usize> {
        let at = now();
        let area = &community.area;
        let asked_on = today - Duration::days(if i.is_multiple_of(3) { 30 } else { 3 });
        for (given, subject) in [(true, OpinionSubject::Unit), (false, OpinionSubject::Cadre)] {
            let opinion = NewOpinion {
                area_id: area.id,
                area_path: &area.path,
                subject_kind: subject.code(),
                unit_id: None,
                member_id: None,
                subject_name: if given { "驻区单位" } else { "考察干部" },
                purpose: if given { OpinionPurpose::Award } else { OpinionPurpose::CadreEvaluation }.code(),
                year: today.year(),
                state: if given { OpinionState::Given } else { OpinionState::Requested }.code(),
                asked_by: None,
                asker_name: (!given).then_some("市委组织部"),
                asked_on: (!given).then_some(asked_on),
                due_on: (!given).then_some(asked_on + Duration::days(14)),
                question: (!given).then_some("请提供该同志在居住地的表现"),
                verdict: given.then_some(Verdict::Agree.code()),
                content: given.then_some("同意"),
                given_on: given.then_some(today - Duration::days(10)),
                given_by: None,
                given_by_name: None,
                created_at: at,
                updated_at: at,
            };
            opinions::insert(conn, &opinion)?;
        }
        for (item, department) in items.iter().skip(i % 2).take(2) {
            let assignment = NewAssignment {
                item_id: *item,
                area_id: area.id,
                area_path: &area.path,
                department,
                title: "协助开展入户登记",
                content: "按月报送台账",
                assigned_on: today - Duration::days(20),
                due_on: None,
                funding_yuan: None,
                assigned_by: None,
                assigned_by_name: department,
                created_at: at,
            };
            affairs::insert_assignment(conn, &assignment)?;
        }
        let refusal = NewAffairsRefusal {
            area_id: area.id,
            area_path: &area.path,
            department: "某区直部门",
            item_id: None,
            title: "未列入清单的工作",
            code: "affairs-item-missing",
            refused_on: today - Duration::days(15),
            refused_by: None,
            refused_by_name: "某区直部门",
            created_at: at,
        };
        affairs::insert_refusal(conn, &refusal)?;
        Ok(5)
    }

    /// The community's space (every fourth below the standard), a cadre, a young graduate in
    /// two of three communities, and four funding lines of this year.
    fn support(&self, conn: &mut DbConnection, community: &Community, i: usize, today: NaiveDate) -> ApiResult<usize> {
        let at = now();
        let area = &community.area;
        let rooms = [RoomKind::CommitteeOffice, RoomKind::ServiceWindow, RoomKind::ActivityRoom, RoomKind::MeetingRoom];
        let rooms = rooms.iter().map(|r| r.code()).collect::<Vec<_>>().join(",");
        let space = NewSpace {
            area_id: area.id,
            area_path: &area.path,
            area_m2: if i.is_multiple_of(4) { 240 } else { 420 },
            rooms: &rooms,
            shared_with: None,
            checked_on: today - Duration::days(60),
            created_at: at,
            updated_at: at,
        };
        support::insert_space(conn, &space)?;
        let mut rows = 1;
        for graduate in [false, true].into_iter().take(if i % 3 == 2 { 1 } else { 2 }) {
            let cadre = NewCadre {
                area_id: area.id,
                area_path: &area.path,
                name: if graduate { "李雪" } else { "王强" },
                gender: if graduate { Gender::Female } else { Gender::Male }.code(),
                birth_year: if graduate { 2000 } else { 1978 },
                education: Some("本科"),
                post: if graduate { "社区专职工作者" } else { "社区党委书记" },
                graduate,
                since: today - Duration::days(300),
                created_at: at,
                updated_at: at,
            };
            support::insert_cadre(conn, &cadre)?;
            rows += 1;
        }
        for (kind, yuan) in [
            (FundingKind::CadreAllowance, 180_000),
            (FundingKind::WorkFunds, 50_000),
            (FundingKind::ServiceFunds, 100_000),
            (FundingKind::PartyBuildingFunds, 30_000),
        ] {
            let line = NewFunding {
                area_id: area.id,
                area_path: &area.path,
                year: today.year(),
                kind: kind.code(),
                amount_yuan: yuan,
                note: None,
                created_by: None,
                created_at: at,
            };
            support::insert_funding(conn, &line)?;
            rows += 1;
        }
        Ok(rows)
    }
}
