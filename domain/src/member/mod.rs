//! Party members and people in the development pipeline (§3–§4), the two management links
//! of the dual and collaborative categories, and their personal data.

pub mod events;
pub mod id_card;
pub mod personal;
pub mod rules;
pub mod transfer;

code_list! {
    /// Stage of a person in the development pipeline.
    pub enum Stage {
        /// 入党申请人
        Applicant = "applicant" / "入党申请人",
        /// 入党积极分子
        Activist = "activist" / "入党积极分子",
        /// 发展对象
        Candidate = "candidate" / "发展对象",
        /// 预备党员
        Probationary = "probationary" / "预备党员",
        /// 正式党员
        Full = "full" / "正式党员",
    }
}

code_list! {
    /// How the residence community relates to the member (§4 of the policy).
    pub enum Category {
        /// 在籍党员: membership in the community's own organization; one place
        Registered = "registered" / "在籍党员",
        /// 在职党员: membership at the work unit; lives in the community (collaborative)
        InService = "in_service" / "在职党员",
        /// 流动党员: membership stays at the outflow organization (dual management)
        Mobile = "mobile" / "流动党员",
        /// 搬迁入住党员: membership stays at the origin village (dual management)
        Relocated = "relocated" / "搬迁入住党员",
    }
}

code_list! {
    /// Gender as on the ID card.
    pub enum Gender {
        /// 男
        Male = "male" / "男",
        /// 女
        Female = "female" / "女",
    }
}

code_list! {
    /// Highest education.
    pub enum Education {
        /// 小学
        Primary = "primary" / "小学",
        /// 初中
        JuniorHigh = "junior_high" / "初中",
        /// 高中
        SeniorHigh = "senior_high" / "高中",
        /// 中专/技校
        Vocational = "vocational" / "中专",
        /// 大专
        Associate = "associate" / "大专",
        /// 本科
        Bachelor = "bachelor" / "本科",
        /// 硕士研究生
        Master = "master" / "硕士研究生",
        /// 博士研究生
        Doctor = "doctor" / "博士研究生",
    }
}

code_list! {
    /// Kind of an event in a member's history.
    pub enum EventKind {
        /// 登记: the record was created
        Registered = "registered" / "登记",
        /// 信息变更
        Updated = "updated" / "信息变更",
        /// 开具组织关系介绍信
        TransferIssued = "transfer_issued" / "转出",
        /// 接收组织关系
        TransferConfirmed = "transfer_confirmed" / "转入",
        /// 退回组织关系介绍信
        TransferReturned = "transfer_returned" / "退回",
        /// 流入登记
        InflowRegistration = "inflow_registration" / "流入登记",
        /// 流出登记
        OutflowRegistration = "outflow_registration" / "流出登记",
        /// 搬迁入住
        Relocation = "relocation" / "搬迁入住",
        /// 在职党员到社区报到
        ReportIn = "report_in" / "报到",
        /// 志愿服务
        Service = "service" / "志愿服务",
        /// 承诺
        Commitment = "commitment" / "承诺",
        /// 设岗定责
        Post = "post" / "设岗定责",
        /// 备注
        Note = "note" / "备注",
        /// 发展阶段变更
        StageChange = "stage_change" / "阶段变更",
    }
}

/// Which management link a caller holds for a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The membership organization (组织关系所在党组织): full management.
    Membership,
    /// Only the residence organization: reads masked data, records report-in, service,
    /// commitments, posts and notes.
    Residence,
}
