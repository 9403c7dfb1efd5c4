//! The demo city (安康市): areas, organizations across the fields and setting types, units,
//! and one account per role with a random password, printed once.

use crate::data_key::DataKeys;
use diesel::prelude::*;
use domain::access::{AccountKind, Role};
use domain::area::{AreaKind, CommunityType};
use domain::organization::{Field, OrgKind, SettingType};
use domain::unit::{UnitCoverage, credit_code};
use rand::Rng;
use rand::distr::Alphanumeric;

use crate::audit::{self, Actor, Event};
use crate::auth::password;
use crate::db::models::{AreaRow, NewArea, NewOrganization, NewUser, OrganizationRow, UnitForm};
use crate::db::repo::{areas, organizations, requests, units, users};
use crate::db::schema::users as users_table;
use crate::db::{DbConnection, now, write_transaction};
use crate::error::{ApiError, ApiResult};

mod cobuilding_demo;
mod cobuilding_generator;
mod development_demo;
pub mod generator;
mod governance_generator;
mod members_demo;
mod online_demo;
mod points_demo;
mod requests_demo;

/// An account created for the demo, with its one-time password.
#[derive(Debug, Clone)]
pub struct DemoAccount {
    pub username: String,
    pub role: Role,
    pub scope: Option<String>,
    pub password: String,
}

/// Whether the database holds no organizations yet (a first start).
pub fn is_empty(conn: &mut DbConnection) -> ApiResult<bool> {
    let count: i64 = crate::db::schema::organizations::table.count().get_result(conn)?;
    Ok(count == 0)
}

/// An organization as the seeds describe it.
struct OrgSpec<'a> {
    name: &'a str,
    kind: OrgKind,
    field: Field,
    setting: SettingType,
    area: &'a AreaRow,
    /// Leads the area it sits in (a community or street committee).
    leads: bool,
    online: bool,
}

fn insert_area(
    conn: &mut DbConnection,
    parent: Option<&AreaRow>,
    name: &str,
    kind: AreaKind,
    community: Option<CommunityType>,
) -> ApiResult<AreaRow> {
    let at = now();
    let area = NewArea {
        parent_id: parent.map(|p| p.id),
        name,
        kind: kind.code(),
        community_type: community.map(CommunityType::code),
        code: None,
        path: "",
        depth: parent.map_or(0, |p| p.depth + 1),
        created_at: at,
        updated_at: at,
    };
    Ok(areas::insert(conn, parent, area)?)
}

fn insert_org(
    conn: &mut DbConnection,
    parent: Option<&OrganizationRow>,
    spec: OrgSpec<'_>,
) -> ApiResult<OrganizationRow> {
    let at = now();
    let org = NewOrganization {
        parent_id: parent.map(|p| p.id),
        name: spec.name,
        kind: spec.kind.code(),
        field: spec.field.code(),
        setting_type: spec.setting.code(),
        online: spec.online,
        area_id: spec.area.id,
        led_area_id: spec.leads.then_some(spec.area.id),
        code: None,
        path: "",
        depth: parent.map_or(0, |p| p.depth + 1),
        created_at: at,
        updated_at: at,
    };
    Ok(organizations::insert(conn, parent, org)?)
}

struct Builder<'c> {
    conn: &'c mut DbConnection,
}

impl Builder<'_> {
    fn area(
        &mut self,
        parent: Option<&AreaRow>,
        name: &str,
        kind: AreaKind,
        community: Option<CommunityType>,
    ) -> ApiResult<AreaRow> {
        insert_area(self.conn, parent, name, kind, community)
    }

    /// A community with two grids, each with one central household.
    fn community(&mut self, street: &AreaRow, name: &str, kind: CommunityType) -> ApiResult<(AreaRow, Vec<AreaRow>)> {
        let community = self.area(Some(street), name, AreaKind::Community, Some(kind))?;
        let mut grids = Vec::new();
        for n in ["第一网格", "第二网格"] {
            let grid = self.area(Some(&community), &format!("{name}{n}"), AreaKind::Grid, None)?;
            self.area(Some(&grid), &format!("{name}{n}中心户"), AreaKind::CentralHousehold, None)?;
            grids.push(grid);
        }
        Ok((community, grids))
    }

    #[allow(clippy::too_many_arguments)]
    fn org(
        &mut self,
        parent: Option<&OrganizationRow>,
        name: &str,
        kind: OrgKind,
        field: Field,
        setting_type: SettingType,
        area: &AreaRow,
        leads: bool,
        online: bool,
    ) -> ApiResult<OrganizationRow> {
        insert_org(self.conn, parent, OrgSpec { name, kind, field, setting: setting_type, area, leads, online })
    }

    /// A community committee leading its community, with one branch per grid.
    fn community_committee(
        &mut self,
        street_org: &OrganizationRow,
        community: &AreaRow,
        grids: &[AreaRow],
    ) -> ApiResult<(OrganizationRow, Vec<OrganizationRow>)> {
        use Field::Community as C;
        let committee = self.org(
            Some(street_org),
            &format!("{}党委", community.name),
            OrgKind::Committee,
            C,
            SettingType::Regional,
            community,
            true,
            false,
        )?;
        let mut branches = Vec::new();
        for grid in grids {
            branches.push(self.org(
                Some(&committee),
                &format!("{}党支部", grid.name),
                OrgKind::Branch,
                C,
                SettingType::Regional,
                grid,
                true,
                false,
            )?);
        }
        Ok((committee, branches))
    }

    #[allow(clippy::too_many_arguments)]
    fn unit(
        &mut self,
        serial: u32,
        region: &str,
        name: &str,
        field: Field,
        area: &AreaRow,
        staff: i32,
        members: i32,
        covered_by: Option<(&OrganizationRow, UnitCoverage)>,
    ) -> ApiResult<i64> {
        let first17 = format!("91{region}{serial:09}");
        let check = credit_code::check_character(first17.as_bytes())
            .ok_or_else(|| ApiError::Internal("demo credit code".into()))?;
        let code = format!("{first17}{check}");
        let (coverage, org_id) = match covered_by {
            Some((org, coverage)) => (coverage, Some(org.id)),
            None => (UnitCoverage::None, None),
        };
        Ok(units::insert(
            self.conn,
            &UnitForm {
                name,
                credit_code: &code,
                field: field.code(),
                area_id: area.id,
                staff_count: staff,
                party_member_count: members,
                coverage: coverage.code(),
                covering_org_id: org_id,
                instructor: (field == Field::BusinessBuilding).then_some("王建华"),
                superior_org_id: None,
                superior_name: None,
                updated_at: now(),
            },
        )?)
        .map(|unit| unit.id)
    }
}

/// A random password of `length` letters and digits (service accounts get long secrets).
fn random_password(length: usize) -> String {
    rand::rng().sample_iter(Alphanumeric).take(length).map(char::from).collect()
}

/// Loads the demo city in one transaction and returns the demo accounts.
pub fn load_demo(conn: &mut DbConnection, keys: &DataKeys) -> ApiResult<Vec<DemoAccount>> {
    write_transaction(conn, |conn| {
        if !is_empty(conn)? {
            return Err(ApiError::Conflict(
                "the database already holds data; the demo city loads only into an empty one".into(),
            ));
        }
        let mut b = Builder { conn };
        use AreaKind::*;
        use CommunityType::*;
        use Field as F;
        use OrgKind as K;
        use SettingType as S;

        let city = b.area(None, "安康市", City, None)?;
        let hanbin = b.area(Some(&city), "汉滨区", District, None)?;
        let pingli = b.area(Some(&city), "平利县", District, None)?;
        let laocheng = b.area(Some(&hanbin), "老城街道", Street, None)?;
        let xincheng = b.area(Some(&hanbin), "新城街道", Street, None)?;
        let jiangbei = b.area(Some(&hanbin), "江北街道", Street, None)?;
        let chengguan = b.area(Some(&pingli), "城关镇", Street, None)?;
        let (yucai, yucai_grids) = b.community(&laocheng, "育才社区", Urban)?;
        let (gulou, gulou_grids) = b.community(&laocheng, "鼓楼社区", Urban)?;
        let (xiangxi, xiangxi_grids) = b.community(&xincheng, "香溪社区", Urban)?;
        let (xingan, xingan_grids) = b.community(&xincheng, "兴安社区", Urban)?;
        let (zhangling, zhangling_grids) = b.community(&jiangbei, "张岭社区", VillageToCommunity)?;
        let (xingfu, xingfu_grids) = b.community(&jiangbei, "幸福家园社区", Relocation)?;
        let (cg_community, cg_grids) = b.community(&chengguan, "城关社区", Urban)?;
        let (yimin, yimin_grids) = b.community(&chengguan, "移民新村社区", Relocation)?;

        let city_org =
            b.org(None, "中共安康市委员会", K::Committee, F::GovernmentAgency, S::Independent, &city, true, false)?;
        let hanbin_org = b.org(
            Some(&city_org),
            "中共安康市汉滨区委员会",
            K::Committee,
            F::GovernmentAgency,
            S::Independent,
            &hanbin,
            true,
            false,
        )?;
        let pingli_org = b.org(
            Some(&city_org),
            "中共平利县委员会",
            K::Committee,
            F::GovernmentAgency,
            S::Independent,
            &pingli,
            true,
            false,
        )?;
        let laocheng_org = b.org(
            Some(&hanbin_org),
            "中共老城街道工作委员会",
            K::WorkingCommittee,
            F::Community,
            S::Regional,
            &laocheng,
            true,
            false,
        )?;
        let xincheng_org = b.org(
            Some(&hanbin_org),
            "中共新城街道工作委员会",
            K::WorkingCommittee,
            F::Community,
            S::Regional,
            &xincheng,
            true,
            false,
        )?;
        let jiangbei_org = b.org(
            Some(&hanbin_org),
            "中共江北街道工作委员会",
            K::WorkingCommittee,
            F::Community,
            S::Regional,
            &jiangbei,
            true,
            false,
        )?;
        let chengguan_org = b.org(
            Some(&pingli_org),
            "中共平利县城关镇委员会",
            K::Committee,
            F::Community,
            S::Regional,
            &chengguan,
            true,
            false,
        )?;

        let (yucai_org, yucai_branches) = b.community_committee(&laocheng_org, &yucai, &yucai_grids)?;
        b.org(Some(&yucai_org), "育才社区网络党支部", K::Branch, F::Community, S::Special, &yucai, false, true)?;
        let (gulou_org, gulou_branches) = b.community_committee(&laocheng_org, &gulou, &gulou_grids)?;
        let (xiangxi_org, xiangxi_branches) = b.community_committee(&xincheng_org, &xiangxi, &xiangxi_grids)?;
        let xingan_org = b.org(
            Some(&xincheng_org),
            "兴安社区党总支",
            K::GeneralBranch,
            F::Community,
            S::Regional,
            &xingan,
            true,
            false,
        )?;
        let xingan_branch = b.org(
            Some(&xingan_org),
            "兴安社区第一党支部",
            K::Branch,
            F::Community,
            S::Regional,
            &xingan_grids[0],
            true,
            false,
        )?;
        b.org(
            Some(&xingan_branch),
            "兴安社区第一党支部退休党员党小组",
            K::Group,
            F::Community,
            S::Regional,
            &xingan_grids[0],
            false,
            false,
        )?;
        let xingan_branch2 = b.org(
            Some(&xingan_org),
            "兴安社区第二党支部",
            K::Branch,
            F::Community,
            S::Regional,
            &xingan_grids[1],
            true,
            false,
        )?;
        // A town whose village is the origin of relocated families (移民搬迁).
        let changan = b.area(Some(&pingli), "长安镇", Street, None)?;
        let changan_org = b.org(
            Some(&pingli_org),
            "中共平利县长安镇委员会",
            K::Committee,
            F::Community,
            S::Regional,
            &changan,
            true,
            false,
        )?;
        let origin_village = b.org(
            Some(&changan_org),
            "长安镇中坝村党支部",
            K::Branch,
            F::Community,
            S::Regional,
            &changan,
            false,
            false,
        )?;
        let (zhangling_org, zhangling_branches) = b.community_committee(&jiangbei_org, &zhangling, &zhangling_grids)?;
        let (xingfu_org, xingfu_branches) = b.community_committee(&jiangbei_org, &xingfu, &xingfu_grids)?;
        let (cg_org, cg_branches) = b.community_committee(&chengguan_org, &cg_community, &cg_grids)?;
        let (yimin_org, yimin_branches) = b.community_committee(&chengguan_org, &yimin, &yimin_grids)?;

        let building = b.org(
            Some(&laocheng_org),
            "老城街道金州商务楼宇联合党支部",
            K::Branch,
            F::BusinessBuilding,
            S::Joint,
            &gulou,
            false,
            false,
        )?;
        let park = b.org(
            Some(&xincheng_org),
            "安康高新区企业园区党委",
            K::Committee,
            F::Park,
            S::Regional,
            &xiangxi,
            false,
            false,
        )?;
        let enterprise = b.org(
            Some(&park),
            "陕西秦巴富硒食品有限公司党支部",
            K::Branch,
            F::PrivateEnterprise,
            S::Independent,
            &xiangxi,
            false,
            false,
        )?;
        let market = b.org(
            Some(&jiangbei_org),
            "江北商圈市场党支部",
            K::Branch,
            F::Market,
            S::Industry,
            &zhangling,
            false,
            false,
        )?;
        let internet = b.org(
            Some(&chengguan_org),
            "平利县互联网企业联合党支部",
            K::Branch,
            F::Internet,
            S::Joint,
            &cg_community,
            false,
            true,
        )?;
        let social = b.org(
            Some(&city_org),
            "安康市社会组织综合党委",
            K::Committee,
            F::SocialOrganization,
            S::Industry,
            &city,
            false,
            false,
        )?;
        let volunteer = b.org(
            Some(&social),
            "安康市志愿者协会党支部",
            K::Branch,
            F::SocialOrganization,
            S::Affiliated,
            &yucai,
            false,
            false,
        )?;
        let tax = b.org(
            Some(&city_org),
            "国家税务总局安康市税务局党委",
            K::Committee,
            F::GovernmentAgency,
            S::Independent,
            &gulou,
            false,
            false,
        )?;
        let tax_branch = b.org(
            Some(&tax),
            "安康市税务局机关第一党支部",
            K::Branch,
            F::GovernmentAgency,
            S::Independent,
            &gulou,
            false,
            false,
        )?;
        let hospital = b.org(
            Some(&hanbin_org),
            "汉滨区人民医院党总支",
            K::GeneralBranch,
            F::PublicInstitution,
            S::Independent,
            &xingan,
            false,
            false,
        )?;
        let hospital_branch = b.org(
            Some(&hospital),
            "汉滨区人民医院内科党支部",
            K::Branch,
            F::PublicInstitution,
            S::Independent,
            &xingan,
            false,
            false,
        )?;
        let soe = b.org(
            Some(&hanbin_org),
            "安康水电集团党委",
            K::Committee,
            F::StateEnterprise,
            S::Extended,
            &jiangbei,
            false,
            false,
        )?;

        let hb = "610902";
        let pl = "610926";
        b.unit(
            1,
            hb,
            "金州商务大厦物业公司",
            F::BusinessBuilding,
            &gulou,
            60,
            4,
            Some((&building, UnitCoverage::Joint)),
        )?;
        b.unit(
            2,
            hb,
            "安康市汇丰律师事务所",
            F::BusinessBuilding,
            &gulou,
            18,
            2,
            Some((&building, UnitCoverage::Joint)),
        )?;
        b.unit(3, hb, "金州会计师事务所", F::BusinessBuilding, &gulou, 12, 1, Some((&building, UnitCoverage::Joint)))?;
        b.unit(4, hb, "安康云创科技有限公司", F::BusinessBuilding, &gulou, 25, 0, None)?;
        let food_unit = b.unit(
            5,
            hb,
            "陕西秦巴富硒食品有限公司",
            F::PrivateEnterprise,
            &xiangxi,
            320,
            15,
            Some((&enterprise, UnitCoverage::Own)),
        )?;
        b.unit(6, hb, "安康高新区电子元件厂", F::Park, &xiangxi, 150, 2, Some((&park, UnitCoverage::Affiliated)))?;
        b.unit(7, hb, "安康高新区新材料有限公司", F::Park, &xiangxi, 80, 0, None)?;
        let market_unit =
            b.unit(8, hb, "江北农贸市场管理公司", F::Market, &zhangling, 40, 3, Some((&market, UnitCoverage::Own)))?;
        let building_market =
            b.unit(9, hb, "江北建材市场", F::Market, &zhangling, 35, 1, Some((&market, UnitCoverage::Joint)))?;
        let small_market = b.unit(10, hb, "江北小商品市场", F::Market, &xingfu, 20, 0, None)?;
        b.unit(
            11,
            pl,
            "平利县茶乡电商有限公司",
            F::Internet,
            &cg_community,
            30,
            2,
            Some((&internet, UnitCoverage::Joint)),
        )?;
        b.unit(
            12,
            pl,
            "平利县女娲网络科技有限公司",
            F::Internet,
            &cg_community,
            22,
            1,
            Some((&internet, UnitCoverage::Joint)),
        )?;
        b.unit(13, pl, "平利县直播电商协会", F::SocialOrganization, &yimin, 9, 0, None)?;
        b.unit(
            14,
            hb,
            "安康市志愿者协会",
            F::SocialOrganization,
            &yucai,
            15,
            3,
            Some((&volunteer, UnitCoverage::Affiliated)),
        )?;
        b.unit(15, hb, "育才社区养老服务中心", F::SocialOrganization, &yucai, 11, 0, None)?;
        let tax_unit = b.unit(
            16,
            hb,
            "国家税务总局安康市税务局",
            F::GovernmentAgency,
            &gulou,
            210,
            150,
            Some((&tax, UnitCoverage::Own)),
        )?;
        // Vertically managed (条管): its superior is the provincial bureau, outside the city's tree.
        units::set_superior_name(b.conn, tax_unit, "国家税务总局陕西省税务局")?;
        let hospital_unit = b.unit(
            17,
            hb,
            "汉滨区人民医院",
            F::PublicInstitution,
            &xingan,
            900,
            120,
            Some((&hospital, UnitCoverage::Own)),
        )?;
        let soe_unit = b.unit(
            18,
            hb,
            "安康水电集团有限公司",
            F::StateEnterprise,
            &jiangbei,
            600,
            95,
            Some((&soe, UnitCoverage::Own)),
        )?;
        b.unit(
            19,
            hb,
            "香溪物业管理有限公司",
            F::PrivateEnterprise,
            &xiangxi,
            45,
            1,
            Some((&xiangxi_org, UnitCoverage::Affiliated)),
        )?;
        b.unit(20, hb, "兴安超市连锁有限公司", F::PrivateEnterprise, &xingan, 70, 0, None)?;
        b.unit(
            21,
            pl,
            "平利县移民搬迁社区工厂",
            F::PrivateEnterprise,
            &yimin,
            130,
            4,
            Some((&yimin_org, UnitCoverage::Affiliated)),
        )?;
        b.unit(
            22,
            hb,
            "张岭社区股份经济合作社",
            F::SocialOrganization,
            &zhangling,
            16,
            5,
            Some((&zhangling_org, UnitCoverage::Affiliated)),
        )?;
        b.unit(
            23,
            hb,
            "鼓楼社区便民服务站",
            F::SocialOrganization,
            &gulou,
            6,
            2,
            Some((&gulou_org, UnitCoverage::Affiliated)),
        )?;
        b.unit(
            24,
            hb,
            "幸福家园社区工厂",
            F::PrivateEnterprise,
            &xingfu,
            110,
            3,
            Some((&xingfu_org, UnitCoverage::Affiliated)),
        )?;
        b.unit(
            25,
            pl,
            "城关社区卫生服务站",
            F::PublicInstitution,
            &cg_community,
            14,
            3,
            Some((&cg_org, UnitCoverage::Affiliated)),
        )?;
        // Vertically managed too: 江北街道 reports on it to the provincial grid company each half year.
        let power_unit = b.unit(26, hb, "国网安康供电公司江北供电所", F::StateEnterprise, &zhangling, 38, 9, None)?;
        units::set_superior_name(b.conn, power_unit, "国网陕西省电力有限公司安康供电公司")?;

        let communities = [
            DemoCommunity { area: &yucai, grids: &yucai_grids, org: &yucai_org, branches: &yucai_branches },
            DemoCommunity { area: &gulou, grids: &gulou_grids, org: &gulou_org, branches: &gulou_branches },
            DemoCommunity { area: &xiangxi, grids: &xiangxi_grids, org: &xiangxi_org, branches: &xiangxi_branches },
            DemoCommunity {
                area: &xingan,
                grids: &xingan_grids,
                org: &xingan_org,
                branches: &[xingan_branch.clone(), xingan_branch2],
            },
            DemoCommunity {
                area: &zhangling,
                grids: &zhangling_grids,
                org: &zhangling_org,
                branches: &zhangling_branches,
            },
            DemoCommunity { area: &xingfu, grids: &xingfu_grids, org: &xingfu_org, branches: &xingfu_branches },
            DemoCommunity { area: &cg_community, grids: &cg_grids, org: &cg_org, branches: &cg_branches },
            DemoCommunity { area: &yimin, grids: &yimin_grids, org: &yimin_org, branches: &yimin_branches },
        ];
        let employers = [
            (&tax_branch, Some(tax_unit)),
            (&hospital_branch, Some(hospital_unit)),
            (&soe, Some(soe_unit)),
            (&enterprise, Some(food_unit)),
        ];
        let own_member = members_demo::load(b.conn, keys, &communities, &employers, &origin_village)?;
        points_demo::load(b.conn, &city_org, &communities, crate::routes::common::today())?;
        let housing = b.org(
            Some(&hanbin_org),
            "汉滨区住房和城乡建设局机关党支部",
            K::Branch,
            F::GovernmentAgency,
            S::Independent,
            &hanbin,
            false,
            false,
        )?;
        requests_demo::load(b.conn, &hanbin, &housing)?;
        let grid_branch = yucai_branches[0].clone();
        let accounts = [
            ("sysadmin", "系统管理员", Role::SystemAdmin, None),
            ("secadmin", "安全管理员", Role::SecurityAdmin, None),
            ("auditor", "审计管理员", Role::AuditAdmin, None),
            ("city_admin", "市委组织部党务工作者", Role::OrgAdmin, Some(&city_org)),
            ("laocheng_admin", "老城街道党务工作者", Role::OrgAdmin, Some(&laocheng_org)),
            ("xincheng_viewer", "新城街道督查员", Role::OrgViewer, Some(&xincheng_org)),
            ("yucai_grid", "育才社区网格长", Role::GridLeader, Some(&yucai_org)),
            ("yucai_member", "育才社区党员", Role::Member, Some(&grid_branch)),
            ("hotline12345", "12345政务服务热线", Role::Service, Some(&city_org)),
        ];
        let mut created = Vec::new();
        let mut ids = std::collections::HashMap::new();
        for (username, display_name, role, scope) in accounts {
            let kind = if role == Role::Service { AccountKind::Service } else { AccountKind::Person };
            let secret = random_password(if kind == AccountKind::Service { 40 } else { 16 });
            let id = create_account(b.conn, username, display_name, kind, &secret, &[role], scope.map(|o| o.id))?;
            if role == Role::Member {
                diesel::update(users_table::table.find(id))
                    .set(users_table::member_id.eq(own_member))
                    .execute(b.conn)?;
            }
            if role == Role::Service {
                // What a hotline needs: requests, Open311, organization lookup and word of
                // its requests' progress; no roster.
                use domain::access::scopes::{ApiScope, to_text};
                let hotline = [
                    ApiScope::OrganizationsRead,
                    ApiScope::RequestsRead,
                    ApiScope::RequestsWrite,
                    ApiScope::Open311,
                    ApiScope::Webhooks,
                ];
                diesel::update(users_table::table.find(id))
                    .set(users_table::scopes.eq(to_text(&hotline)))
                    .execute(b.conn)?;
            }
            audit::record(
                b.conn,
                &Actor::default(),
                Event::success("user.create", "user", id).with_detail("demo city"),
            )?;
            ids.insert(username, id);
            created.push(DemoAccount {
                username: username.to_owned(),
                role,
                scope: scope.map(|o| o.name.clone()),
                password: secret,
            });
        }
        let mut caller = |name: &str| -> ApiResult<crate::auth::Caller> {
            let id = ids.get(name).copied().ok_or(ApiError::NotFound)?;
            let account = users::load_account(b.conn, id)?.ok_or(ApiError::NotFound)?;
            crate::auth::caller_of(&account, None, None)
        };
        let actors = requests_demo::Actors {
            hotline: caller("hotline12345")?,
            street: caller("laocheng_admin")?,
            grid: caller("yucai_grid")?,
        };
        let today = crate::routes::common::today();
        requests_demo::load_households(b.conn, keys, &communities, &actors.grid, today)?;
        let rules = crate::config::Rules::default();
        let handling = crate::routes::requests::Handling { keys, rules: &rules };
        let codes: std::collections::HashMap<String, i64> =
            requests::list_categories(b.conn, true)?.into_iter().map(|c| (c.code, c.id)).collect();
        requests_demo::load_requests(b.conn, handling, &actors, &yucai_grids, &gulou_grids, |code| {
            codes.get(code).copied()
        })?;
        online_demo::load(
            b.conn,
            &online_demo::OnlineDemo {
                city: &city_org,
                community: &yucai_org,
                branch: &grid_branch,
                grid: &yucai_grids[0],
                own_member,
                today,
            },
        )?;
        let demo = cobuilding_demo::CoBuildingDemo {
            district_org: &hanbin_org,
            street: cobuilding_demo::Place { area: &jiangbei, org: &jiangbei_org },
            zhangling: cobuilding_demo::Place { area: &zhangling, org: &zhangling_org },
            xingfu: cobuilding_demo::Place { area: &xingfu, org: &xingfu_org },
            county: cobuilding_demo::Place { area: &pingli, org: &pingli_org },
            town: cobuilding_demo::Place { area: &chengguan, org: &chengguan_org },
            town_communities: [&cg_community, &yimin],
            soe: soe_unit,
            market: market_unit,
            building_market,
            small_market,
            power: power_unit,
            recorded_by: ids.get("city_admin").copied().ok_or(ApiError::NotFound)?,
            today,
        };
        demo.load(b.conn)?;
        Ok(created)
    })
}

/// A demo community: its area, grids, leading committee and grid branches.
pub struct DemoCommunity<'a> {
    pub area: &'a AreaRow,
    pub grids: &'a [AreaRow],
    pub org: &'a OrganizationRow,
    pub branches: &'a [OrganizationRow],
}

/// Creates an account with roles (used by the demo and by `dangjian user create`).
pub fn create_account(
    conn: &mut DbConnection,
    username: &str,
    display_name: &str,
    kind: AccountKind,
    secret: &str,
    roles: &[Role],
    scope_org_id: Option<i64>,
) -> ApiResult<i64> {
    domain::access::check_role_set(kind, roles, scope_org_id.is_some())
        .map_err(|e| ApiError::BadRequest(e.to_string()))?;
    let password_hash = password::hash(secret)?;
    let at = now();
    let id = users::insert(
        conn,
        &NewUser {
            username,
            display_name,
            kind: kind.code(),
            password_hash: &password_hash,
            scope_org_id,
            password_change_required: false,
            password_changed_at: Some(at),
            created_at: at,
            updated_at: at,
        },
    )?;
    users::set_roles(conn, id, roles)?;
    Ok(id)
}

/// The demo accounts as a table for the console.
pub fn format_accounts(accounts: &[DemoAccount]) -> String {
    let mut out = String::from("Demo accounts (passwords are shown only now; keep them):\n");
    for a in accounts {
        out.push_str(&format!(
            "  {:<16} {:<15} {:<18} scope: {}\n",
            a.username,
            a.role.code(),
            a.password,
            a.scope.as_deref().unwrap_or("-")
        ));
    }
    out
}
