//! The demo city's co-building, the community's powers and the support ledgers (DOMAIN.md
//! §9–§11), kept to 江北街道 and 平利县 so that the walkthroughs in 老城街道 start from a clean
//! page: joint meetings (one held late in the half year), the three lists with a project in each
//! state, tasks with one overdue, the half-year feedback on a vertically managed unit delivered,
//! opinions given and asked for (one late), a county's access list with work handed over and a
//! refusal, office space (one below the standard), cadres and young graduates, funding, a
//! demonstration site, the county's leading body and its secretaries' reviews. 平利县 names no
//! demonstration site, so the city sees the alert of a county without one.

use chrono::{Datelike, Duration, NaiveDate};
use domain::affairs::{ItemList, ItemState, ListType};
use domain::cobuilding::lists::{NeedSource, ProjectState, ResourceKind};
use domain::cobuilding::opinions::{OpinionPurpose, OpinionState, OpinionSubject, Verdict};
use domain::cobuilding::tasks::{TaskAssignee, TaskState};
use domain::cobuilding::{HalfYear, SeatKind};
use domain::member::Gender;
use domain::support::{FundingKind, RoomKind, SiteType, review_result};

use crate::db::models::{
    AreaRow, JointMeetingForm, NewAffairsItem, NewAffairsRefusal, NewAssignment, NewCadre, NewFunding, NewJointBody,
    NewLeadingBody, NewNeed, NewOpinion, NewProject, NewResource, NewReview, NewSeat, NewSite, NewSpace, NewTask,
    OrganizationRow,
};
use crate::db::repo::cobuilding::{self, ProjectChange, TaskChange};
use crate::db::repo::{affairs, feedback_reports, joint, opinions, support, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::reports::feedback;

/// A place of the demo with its leading Party organization.
pub struct Place<'a> {
    pub area: &'a AreaRow,
    pub org: &'a OrganizationRow,
}

/// Where the demo's co-building happens, and who records it.
pub struct CoBuildingDemo<'a> {
    pub district_org: &'a OrganizationRow,
    /// 江北街道 with 张岭社区 (village-to-community) and 幸福家园社区 (relocation).
    pub street: Place<'a>,
    pub zhangling: Place<'a>,
    pub xingfu: Place<'a>,
    /// 平利县, its town 城关镇 with 城关社区 and 移民新村社区.
    pub county: Place<'a>,
    pub town: Place<'a>,
    pub town_communities: [&'a AreaRow; 2],
    /// Units located in 江北街道: the state enterprise, the two markets and the small-goods market.
    pub soe: i64,
    pub market: i64,
    pub building_market: i64,
    pub small_market: i64,
    /// The power supply station, vertically managed: the street's half-year feedback goes to its
    /// superior outside the city's tree.
    pub power: i64,
    /// The account the progress updates are recorded by.
    pub recorded_by: i64,
    pub today: NaiveDate,
}

impl CoBuildingDemo<'_> {
    pub fn load(&self, conn: &mut DbConnection) -> ApiResult<()> {
        let resolution = self.joint_meetings(conn)?;
        self.lists(conn, resolution)?;
        self.tasks(conn, resolution)?;
        self.feedback(conn)?;
        self.opinions(conn)?;
        self.access_list(conn)?;
        self.support(conn)?;
        self.leadership(conn)
    }

    fn days(&self, n: i64) -> NaiveDate {
        self.today - Duration::days(n)
    }

    /// 江北街道's joint meeting (held, with its resolution, and the next one planned) and
    /// 张岭社区's, which has not met for more than half a year; answers the street's resolution.
    fn joint_meetings(&self, conn: &mut DbConnection) -> ApiResult<i64> {
        let at = now();
        let street = joint::insert_body(
            conn,
            &NewJointBody {
                area_id: self.street.area.id,
                area_path: &self.street.area.path,
                convener_org_id: self.district_org.id,
                convener_name: "王建国",
                convener_post: "区委副书记",
                set_up_on: self.days(400),
                created_at: at,
                updated_at: at,
            },
        )?;
        let mut seats = Vec::new();
        for (kind, org, unit, holder, representative, post) in [
            (SeatKind::Organization, Some(self.zhangling.org.id), None, "张岭社区党委", "周红梅", "书记"),
            (SeatKind::Organization, Some(self.xingfu.org.id), None, "幸福家园社区党委", "吴志强", "书记"),
            (SeatKind::Unit, None, Some(self.soe), "安康水电集团有限公司", "孙立新", "党委副书记"),
            (SeatKind::Unit, None, Some(self.market), "江北农贸市场管理公司", "陈国庆", "支部书记"),
        ] {
            let seat = NewSeat {
                body_id: street.id,
                kind: kind.code(),
                org_id: org,
                unit_id: unit,
                holder_name: holder,
                representative,
                post: Some(post),
                created_at: at,
            };
            seats.push(joint::insert_seat(conn, &seat)?.id);
        }
        let held_on = self.days(70);
        let held = JointMeetingForm {
            meets_on: held_on,
            agenda: "一、通报下半年共建项目；二、研究搬迁群众就业帮扶；三、驻区单位认领需求",
            agenda_sent_on: Some(held_on - Duration::days(16)),
            held: true,
            minutes: Some("会议通报了共建项目进展，驻区单位认领了就业技能培训和四点半课堂两项需求。"),
            updated_at: at,
        };
        let meeting = joint::insert_meeting(conn, street.id, &held)?;
        let present: Vec<(i64, bool)> = seats.iter().enumerate().map(|(i, seat)| (*seat, i != 3)).collect();
        joint::set_attendance(conn, meeting.id, &present)?;
        let resolution =
            joint::insert_resolution(conn, meeting.id, "驻区单位结对幸福家园社区，开展搬迁群众就业技能培训")?;
        let next = JointMeetingForm {
            meets_on: self.today + Duration::days(25),
            agenda: "一、年度共建情况总结；二、明年共建项目征集",
            agenda_sent_on: None,
            held: false,
            minutes: None,
            updated_at: at,
        };
        joint::insert_meeting(conn, street.id, &next)?;

        let community = joint::insert_body(
            conn,
            &NewJointBody {
                area_id: self.zhangling.area.id,
                area_path: &self.zhangling.area.path,
                convener_org_id: self.street.org.id,
                convener_name: "刘晓东",
                convener_post: "街道党工委副书记",
                set_up_on: self.days(380),
                created_at: at,
                updated_at: at,
            },
        )?;
        for (kind, unit, holder, representative) in [
            (SeatKind::Police, None, "江北派出所", "赵警官"),
            (SeatKind::OwnersCommittee, None, "张岭花园业主委员会", "钱秀英"),
            (SeatKind::PropertyCompany, None, "张岭物业服务中心", "李建军"),
            (SeatKind::Unit, Some(self.building_market), "江北建材市场", "王海"),
        ] {
            let seat = NewSeat {
                body_id: community.id,
                kind: kind.code(),
                org_id: None,
                unit_id: unit,
                holder_name: holder,
                representative,
                post: None,
                created_at: at,
            };
            joint::insert_seat(conn, &seat)?;
        }
        let last = self.days(215);
        let old = JointMeetingForm {
            meets_on: last,
            agenda: "一、小区加装电梯意见征集",
            agenda_sent_on: Some(last - Duration::days(10)),
            held: true,
            minutes: Some("业主委员会汇总了加装电梯意见。"),
            updated_at: at,
        };
        joint::insert_meeting(conn, community.id, &old)?;
        Ok(resolution.id)
    }

    /// Needs of both communities, the units' resources and a project in each state.
    fn lists(&self, conn: &mut DbConnection, resolution: i64) -> ApiResult<()> {
        let at = now();
        let resource = |unit: i64, kind: ResourceKind, title: &'static str, amount_yuan: Option<i64>| NewResource {
            unit_id: unit,
            area_path: &self.street.area.path,
            kind: kind.code(),
            title,
            description: "驻区单位认领共建需求时提供",
            amount_yuan,
            available_from: Some(self.days(200)),
            available_until: Some(self.today + Duration::days(300)),
            created_at: at,
            updated_at: at,
        };
        let training = cobuilding::insert_resource(
            conn,
            &resource(self.soe, ResourceKind::Skills, "电工、焊工职业技能培训", None),
        )?;
        let volunteers =
            cobuilding::insert_resource(conn, &resource(self.soe, ResourceKind::Volunteers, "青年志愿者服务队", None))?;
        let venue =
            cobuilding::insert_resource(conn, &resource(self.market, ResourceKind::Venue, "市场二楼多功能厅", None))?;
        cobuilding::insert_resource(
            conn,
            &resource(self.small_market, ResourceKind::Funds, "社区公益金", Some(30_000)),
        )?;

        let projects = [
            (&self.xingfu, NeedSource::Residents, "搬迁群众就业技能培训", ResourceKind::Skills, training.id, 60),
            (&self.xingfu, NeedSource::Community, "四点半课堂志愿辅导", ResourceKind::Volunteers, volunteers.id, -10),
            (&self.zhangling, NeedSource::Residents, "老年人文体活动场地", ResourceKind::Venue, venue.id, 45),
            (&self.zhangling, NeedSource::Community, "背街小巷环境整治", ResourceKind::Volunteers, volunteers.id, 20),
        ];
        let states = [
            (ProjectState::InProgress, Some("首期电工培训开班，32名搬迁群众参加")),
            (ProjectState::Completed, Some("志愿者每周一至周四辅导作业，共服务学生45名")),
            (ProjectState::Planned, None),
            (ProjectState::Cancelled, None),
        ];
        for ((place, source, title, wanted, offer, due_in), (state, progress)) in projects.into_iter().zip(states) {
            let need = NewNeed {
                area_id: place.area.id,
                area_path: &place.area.path,
                source: source.code(),
                title,
                description: "社区走访和居民议事会收集",
                wanted_kind: Some(wanted.code()),
                field: None,
                request_category_id: None,
                resolution_id: None,
                created_by: None,
                created_at: at,
                updated_at: at,
            };
            let need = cobuilding::insert_need(conn, &need)?;
            let project = NewProject {
                need_id: need.id,
                area_path: &place.area.path,
                owner_unit_id: if wanted == ResourceKind::Venue { self.market } else { self.soe },
                title,
                due_on: self.today + Duration::days(due_in),
                state: ProjectState::Planned.code(),
                resolution_id: (state == ProjectState::InProgress).then_some(resolution),
                created_by: None,
                created_at: at,
                updated_at: at,
            };
            let project = cobuilding::insert_project(conn, &project, &[offer])?;
            if let Some(note) = progress {
                cobuilding::insert_progress(conn, project.id, self.days(40), note, self.recorded_by)?;
            }
            let completed = state == ProjectState::Completed;
            let change = ProjectChange {
                state: state.code(),
                completed_on: completed.then(|| self.days(12)),
                rating: completed.then_some(5),
                rating_comment: completed.then_some("家长和孩子都满意"),
            };
            let version = cobuilding::find_project(conn, project.id)?.ok_or(ApiError::NotFound)?.version;
            cobuilding::update_project(conn, project.id, version, &change)?;
        }
        // A need no unit has taken up yet: residents see it on the community's page.
        let open = NewNeed {
            area_id: self.zhangling.area.id,
            area_path: &self.zhangling.area.path,
            source: NeedSource::Residents.code(),
            title: "老旧小区加装电梯资金",
            description: "三栋六层住宅的老人上下楼困难",
            wanted_kind: Some(ResourceKind::Funds.code()),
            field: None,
            request_category_id: None,
            resolution_id: None,
            created_by: None,
            created_at: at,
            updated_at: at,
        };
        cobuilding::insert_need(conn, &open)?;
        Ok(())
    }

    /// The street's tasks to its units: answered, open, and one past its deadline.
    fn tasks(&self, conn: &mut DbConnection, resolution: i64) -> ApiResult<()> {
        let at = now();
        for (title, unit, assigned, due, answer) in [
            ("为搬迁群众提供就业岗位信息", self.soe, 50, -20, Some(("已收集发布岗位46个", 25))),
            ("组织党员志愿者参与冬季防火巡查", self.market, 15, 20, None),
            ("市场周边占道经营整治", self.building_market, 40, -10, None),
            ("安置小区电力线路安全检查", self.power, 200, -190, Some(("已检查安置小区线路12处，整改隐患3处", 192))),
        ] {
            let task = NewTask {
                area_id: self.street.area.id,
                area_path: &self.street.area.path,
                title,
                description: "按联席会议决定落实，完成后在系统中反馈",
                assignee_kind: TaskAssignee::Unit.code(),
                unit_id: Some(unit),
                member_id: None,
                assigned_on: self.days(assigned),
                due_on: self.today + Duration::days(due),
                state: TaskState::Assigned.code(),
                resolution_id: Some(resolution),
                project_id: None,
                created_by: None,
                created_at: at,
                updated_at: at,
            };
            let task = cobuilding::insert_task(conn, &task)?;
            if let Some((feedback, on)) = answer {
                let change = TaskChange {
                    state: TaskState::Done.code(),
                    feedback: Some(feedback),
                    feedback_on: Some(self.days(on)),
                    service_hours: 0,
                };
                cobuilding::update_task(conn, task.id, task.version, &change)?;
            }
        }
        Ok(())
    }

    /// The half-year feedback on the power supply station for the half year of its answered task:
    /// composed, signed off and delivered (its superior is outside the tree: the export is what goes).
    fn feedback(&self, conn: &mut DbConnection) -> ApiResult<()> {
        let unit = units::find(conn, self.power)?.ok_or(ApiError::NotFound)?;
        let half = HalfYear::of(self.days(200));
        let content = feedback::compose(conn, &unit, self.street.area, half)?;
        let text = serde_json::to_string(&content).map_err(|e| ApiError::Internal(e.to_string()))?;
        let report = feedback_reports::insert(conn, &unit, self.street.area, half, &text)?;
        feedback_reports::sign_off(conn, report.id, self.recorded_by, now())?;
        feedback_reports::deliver(conn, report.id, None, now())?;
        Ok(())
    }

    /// An opinion given on a unit, one asked for by the organization department and not yet
    /// due, and one past its answering day.
    fn opinions(&self, conn: &mut DbConnection) -> ApiResult<()> {
        let at = now();
        let given = NewOpinion {
            area_id: self.xingfu.area.id,
            area_path: &self.xingfu.area.path,
            subject_kind: OpinionSubject::Unit.code(),
            unit_id: Some(self.small_market),
            member_id: None,
            subject_name: "江北小商品市场",
            purpose: OpinionPurpose::Award.code(),
            year: self.today.year(),
            state: OpinionState::Given.code(),
            asked_by: None,
            asker_name: None,
            asked_on: None,
            due_on: None,
            question: None,
            verdict: Some(Verdict::Agree.code()),
            content: Some("积极参与社区共建，同意推荐为先进单位。"),
            given_on: Some(self.days(8)),
            given_by: None,
            given_by_name: Some("幸福家园社区党委"),
            created_at: at,
            updated_at: at,
        };
        opinions::insert(conn, &given)?;
        for (place, name, asked) in [(&self.zhangling, "张志远", 3), (&self.xingfu, "李红", 30)] {
            let asked_on = self.days(asked);
            let request = NewOpinion {
                area_id: place.area.id,
                area_path: &place.area.path,
                subject_kind: OpinionSubject::Cadre.code(),
                unit_id: None,
                member_id: None,
                subject_name: name,
                purpose: OpinionPurpose::CadreEvaluation.code(),
                year: self.today.year(),
                state: OpinionState::Requested.code(),
                asked_by: None,
                asker_name: Some("市委组织部"),
                asked_on: Some(asked_on),
                due_on: Some(asked_on + Duration::days(14)),
                question: Some("请提供该同志在居住社区的表现"),
                verdict: None,
                content: None,
                given_on: None,
                given_by: None,
                given_by_name: None,
                created_at: at,
                updated_at: at,
            };
            opinions::insert(conn, &request)?;
        }
        Ok(())
    }

    /// 平利县's access list: a statutory item, an assisting one whose funding follows, a
    /// negative one; work handed to 城关社区 with them and a refusal of unlisted work.
    fn access_list(&self, conn: &mut DbConnection) -> ApiResult<()> {
        let at = now();
        let mut admitted = Vec::new();
        for (list, title, department, list_type, funding) in [
            (ItemList::Affairs, "社区居民最低生活保障初审", "平利县民政局", ListType::Assisting, Some(15_000)),
            (ItemList::Affairs, "居民委员会选举组织实施", "平利县民政局", ListType::Statutory, None),
            (ItemList::Affairs, "招商引资任务", "平利县商务局", ListType::Negative, None),
            (ItemList::PartyWork, "“三会一课”组织落实", "中共平利县委组织部", ListType::Statutory, None),
        ] {
            let item = NewAffairsItem {
                list: list.code(),
                title,
                department,
                legal_basis: "平利县社区工作事务准入清单",
                list_type: list_type.code(),
                authority_follows: list_type != ListType::Negative,
                funding_follows: funding.is_some(),
                funding_yuan: funding,
                state: ItemState::Admitted.code(),
                area_id: self.county.area.id,
                area_path: &self.county.area.path,
                created_by: None,
                created_at: at,
                updated_at: at,
            };
            let row = affairs::insert_item(conn, &item)?;
            if list == ItemList::Affairs && list_type != ListType::Negative {
                admitted.push((row.id, funding));
            }
        }
        let community = self.town_communities[0];
        for ((item, funding), title) in admitted.into_iter().zip(["最低生活保障入户核查", "居委会换届选民登记"])
        {
            let assignment = NewAssignment {
                item_id: item,
                area_id: community.id,
                area_path: &community.path,
                department: "平利县民政局",
                title,
                content: "按清单事项办理，经费随事项拨付",
                assigned_on: self.days(20),
                due_on: Some(self.today + Duration::days(20)),
                funding_yuan: funding,
                assigned_by: None,
                assigned_by_name: "平利县民政局",
                created_at: at,
            };
            affairs::insert_assignment(conn, &assignment)?;
        }
        let refusal = NewAffairsRefusal {
            area_id: community.id,
            area_path: &community.path,
            department: "平利县商务局",
            item_id: None,
            title: "辖区企业统计报表代填",
            code: "affairs-item-missing",
            refused_on: self.days(9),
            refused_by: None,
            refused_by_name: "平利县商务局",
            created_at: at,
        };
        Ok(affairs::insert_refusal(conn, &refusal)?)
    }

    /// Office space (张岭社区 below the standard), cadres with young graduates (张岭社区 still
    /// without one), this year's funding and 幸福家园社区 as 汉滨区's demonstration site.
    fn support(&self, conn: &mut DbConnection) -> ApiResult<()> {
        let at = now();
        let all = [
            RoomKind::CommitteeOffice,
            RoomKind::ServiceWindow,
            RoomKind::TransferPlatform,
            RoomKind::ActivityRoom,
            RoomKind::MeetingRoom,
            RoomKind::PoliceRoom,
            RoomKind::Clinic,
        ];
        let codes = |rooms: &[RoomKind]| rooms.iter().map(|r| r.code()).collect::<Vec<_>>().join(",");
        for (place, area_m2, rooms, shared) in
            [(&self.xingfu, 460, codes(&all), Some("幸福家园社区工厂")), (&self.zhangling, 260, codes(&all[..4]), None)]
        {
            let space = NewSpace {
                area_id: place.area.id,
                area_path: &place.area.path,
                area_m2,
                rooms: &rooms,
                shared_with: shared,
                checked_on: self.days(90),
                created_at: at,
                updated_at: at,
            };
            support::insert_space(conn, &space)?;
        }
        for (place, name, gender, birth_year, post, graduate) in [
            (&self.xingfu, "吴志强", Gender::Male, 1975, "社区党委书记、居委会主任", false),
            (&self.xingfu, "陈思雨", Gender::Female, 2001, "社区专职工作者", true),
            (&self.xingfu, "杨帆", Gender::Male, 2000, "网格员", true),
            (&self.zhangling, "周红梅", Gender::Female, 1980, "社区党委书记", false),
        ] {
            let cadre = NewCadre {
                area_id: place.area.id,
                area_path: &place.area.path,
                name,
                gender: gender.code(),
                birth_year,
                education: Some(if graduate { "本科" } else { "大专" }),
                post,
                graduate,
                since: self.days(if graduate { 150 } else { 2000 }),
                created_at: at,
                updated_at: at,
            };
            support::insert_cadre(conn, &cadre)?;
        }
        for (place, kind, yuan) in [
            (&self.xingfu, FundingKind::CadreAllowance, 240_000),
            (&self.xingfu, FundingKind::ServiceFunds, 200_000),
            (&self.xingfu, FundingKind::PartyBuildingFunds, 50_000),
            (&self.zhangling, FundingKind::WorkFunds, 80_000),
        ] {
            let line = NewFunding {
                area_id: place.area.id,
                area_path: &place.area.path,
                year: self.today.year(),
                kind: kind.code(),
                amount_yuan: yuan,
                note: Some("区财政年初预算"),
                created_by: None,
                created_at: at,
            };
            support::insert_funding(conn, &line)?;
        }
        let site = NewSite {
            area_id: self.xingfu.area.id,
            area_path: &self.xingfu.area.path,
            site_type: SiteType::Relocation.code(),
            named_on: self.days(240),
            description: "易地搬迁安置社区“党建+社区工厂”就业帮扶",
            created_at: at,
        };
        support::insert_site(conn, &site)?;
        Ok(())
    }

    /// 平利县's leading body, and its town secretary's report of last year, scored and concluded.
    fn leadership(&self, conn: &mut DbConnection) -> ApiResult<()> {
        let at = now();
        let members = r#"[{"department":"县委组织部","representative":"刘部长","post":"组长"},{"department":"县民政局","representative":"陈局长","post":"成员"},{"department":"县财政局","representative":"黄局长","post":"成员"}]"#;
        let body = NewLeadingBody {
            area_id: self.county.area.id,
            area_path: &self.county.area.path,
            name: "平利县城市基层党建工作领导小组",
            head: "县委书记",
            set_up_on: self.days(600),
            members,
            created_at: at,
            updated_at: at,
        };
        support::insert_leading_body(conn, &body)?;
        let review = NewReview {
            org_id: self.town.org.id,
            org_path: &self.town.org.path,
            year: self.today.year() - 1,
            secretary_name: "程明",
            report: "一年来，城关镇党委抓实移民搬迁社区党建，建成社区工厂党支部两个。",
            reported_on: self.days(300),
            created_at: at,
            updated_at: at,
        };
        let review = support::insert_review(conn, &review)?;
        let scores = [("刘部长", 92), ("陈局长", 88), ("黄局长", 90)];
        for (reviewer, score) in scores {
            support::put_score(conn, review.id, reviewer, score)?;
        }
        let (average, result) = review_result(&scores.map(|(_, s)| s.unsigned_abs()))?;
        let version = support::find_review(conn, review.id)?.ok_or(ApiError::NotFound)?.version;
        support::conclude_review(conn, review.id, version, (average, result.code(), self.days(290)))?;
        Ok(())
    }
}
