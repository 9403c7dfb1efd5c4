//! Party organizations (党组织): the membership tree.

pub mod rules;

code_list! {
    /// Kind of Party organization: 党委 committee, 党工委 working committee, 党总支 general
    /// branch, 党支部 branch, 党小组 group.
    pub enum OrgKind {
        /// 党委
        Committee = "committee" / "党委",
        /// 党工委 (e.g. a street's working committee)
        WorkingCommittee = "working_committee" / "党工委",
        /// 党总支
        GeneralBranch = "general_branch" / "党总支",
        /// 党支部
        Branch = "branch" / "党支部",
        /// 党小组
        Group = "group" / "党小组",
    }
}

code_list! {
    /// Field (领域) an organization works in (§7–§9 of the policy).
    pub enum Field {
        /// 机关
        GovernmentAgency = "government_agency" / "机关",
        /// 事业单位
        PublicInstitution = "public_institution" / "事业单位",
        /// 国有企业
        StateEnterprise = "state_enterprise" / "国有企业",
        /// 非公企业
        PrivateEnterprise = "private_enterprise" / "非公企业",
        /// 社会组织
        SocialOrganization = "social_organization" / "社会组织",
        /// 社区
        Community = "community" / "社区",
        /// 商务楼宇
        BusinessBuilding = "business_building" / "商务楼宇",
        /// 园区
        Park = "park" / "园区",
        /// 商圈市场
        Market = "market" / "商圈市场",
        /// 互联网业
        Internet = "internet" / "互联网业",
    }
}

code_list! {
    /// How an organization is set up (设置方式, §8).
    pub enum SettingType {
        /// 独立型: one unit, its own organization
        Independent = "independent" / "独立型",
        /// 联合型: one branch for up to 5 units
        Joint = "joint" / "联合型",
        /// 挂靠型
        Affiliated = "affiliated" / "挂靠型",
        /// 拓展型
        Extended = "extended" / "拓展型",
        /// 特设型
        Special = "special" / "特设型",
        /// 区域性
        Regional = "regional" / "区域性",
        /// 行业性
        Industry = "industry" / "行业性",
    }
}
