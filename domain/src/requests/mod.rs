//! Resident requests (居民诉求, DOMAIN.md §8, policy §11–§14): what a request is, the three-level
//! response that handles it, and which step each desk may take in which state. The SLA clocks
//! are in [`sla`], the figures a platform is judged by in [`metrics`].

pub mod metrics;
mod rules;
pub mod sla;

pub use rules::{
    MemberAssignee, available_steps, check_files, check_member_assignee, check_step, desk_for, is_open,
    reported_in_since,
};

use chrono::NaiveDate;

code_list! {
    /// What the resident asks for.
    pub enum RequestType {
        /// 咨询
        Consultation = "consultation" / "咨询",
        /// 求助
        Help = "help" / "求助",
        /// 投诉
        Complaint = "complaint" / "投诉",
        /// 举报
        Report = "report" / "举报",
        /// 建议
        Suggestion = "suggestion" / "建议",
    }
}

code_list! {
    /// Where a request came in.
    pub enum Channel {
        /// 网格长手机终端
        GridPhone = "grid_phone" / "网格长手机终端",
        /// 中心户长
        CentralHousehold = "central_household" / "中心户长",
        /// 社区窗口
        CommunityWindow = "community_window" / "社区窗口",
        /// 街镇网上服务平台
        StreetPlatform = "street_platform" / "街镇服务平台",
        /// 12345 政务服务热线
        Hotline = "hotline" / "12345热线",
        /// Open311 GeoReport v2
        Open311 = "open311" / "Open311接口",
        /// 其他系统
        OtherSystem = "other_system" / "其他系统",
    }
}

code_list! {
    /// Where a request stands.
    pub enum RequestState {
        /// 已提交: waiting to be accepted
        Submitted = "submitted" / "已提交",
        /// 已受理
        Accepted = "accepted" / "已受理",
        /// 办理中: dispatched to an assignee
        InProgress = "in_progress" / "办理中",
        /// 挂起: waiting for the resident; the clock stops
        Suspended = "suspended" / "挂起",
        /// 已办结: waiting for the resident's rating
        Resolved = "resolved" / "已办结",
        /// 已关闭: rated
        Closed = "closed" / "已关闭",
        /// 不予受理
        Rejected = "rejected" / "不予受理",
        /// 已上报: waiting for the level above to accept it
        Escalated = "escalated" / "已上报",
        /// 已重办: reopened after resolution, to be dispatched again
        Reopened = "reopened" / "已重办",
    }
}

code_list! {
    /// The level that holds a request (the three-level response, §12).
    pub enum Level {
        /// 社区网上服务平台
        Community = "community" / "社区",
        /// 街镇网上服务平台
        Street = "street" / "街道",
        /// 区级职能部门
        Department = "department" / "区级部门",
    }
}

code_list! {
    /// A step in a request's life, as its event records it.
    pub enum RequestStep {
        /// 受理
        Accept = "accept" / "受理",
        /// 不予受理
        Reject = "reject" / "不予受理",
        /// 派单 (also a reassignment)
        Dispatch = "dispatch" / "派单",
        /// 挂起
        Suspend = "suspend" / "挂起",
        /// 恢复办理
        Resume = "resume" / "恢复办理",
        /// 办结
        Resolve = "resolve" / "办结",
        /// 评价并关闭
        Close = "close" / "评价",
        /// 重办
        Reopen = "reopen" / "重办",
        /// 上报上一级
        Escalate = "escalate" / "上报",
    }
}

impl Level {
    /// The level a request goes to when this one escalates it; none above a department.
    pub fn above(self) -> Option<Level> {
        match self {
            Level::Community => Some(Level::Street),
            Level::Street => Some(Level::Department),
            Level::Department => None,
        }
    }
}

/// Who takes a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Desk {
    /// The platform of the level that holds the request (community, street, or the department).
    Holder,
    /// The grid leader, in-service member, unit or department the request is dispatched to.
    Assignee,
    /// The resident, through a one-time link (rating and reopening only).
    Resident,
    /// The product itself: the automatic escalation of an overdue request.
    Clock,
}

/// A step asked for, with what it carries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step<'a> {
    Accept,
    Reject {
        reason: &'a str,
    },
    /// `assigned`: whether an assignee was named.
    Dispatch {
        assigned: bool,
    },
    Suspend {
        reason: &'a str,
    },
    Resume,
    Resolve {
        note: &'a str,
    },
    Close {
        rating: u8,
    },
    Reopen,
    /// `department`: the named department, needed when a street escalates.
    Escalate {
        department: Option<i64>,
    },
}

impl Step<'_> {
    pub fn kind(&self) -> RequestStep {
        match self {
            Step::Accept => RequestStep::Accept,
            Step::Reject { .. } => RequestStep::Reject,
            Step::Dispatch { .. } => RequestStep::Dispatch,
            Step::Suspend { .. } => RequestStep::Suspend,
            Step::Resume => RequestStep::Resume,
            Step::Resolve { .. } => RequestStep::Resolve,
            Step::Close { .. } => RequestStep::Close,
            Step::Reopen => RequestStep::Reopen,
            Step::Escalate { .. } => RequestStep::Escalate,
        }
    }
}

/// What the rules need to know of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    pub state: RequestState,
    pub level: Level,
    /// The day it was resolved, for the reopening window.
    pub resolved_on: Option<NaiveDate>,
}

/// Local rules (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestPolicy {
    /// Days after resolution within which a request may be reopened.
    pub reopen_within_days: i64,
}

impl Default for RequestPolicy {
    fn default() -> Self {
        RequestPolicy { reopen_within_days: 15 }
    }
}

/// Why a step is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RequestRefusal {
    #[error("a request that is {state:?} cannot be given the step {step:?}")]
    NotInThisState { step: RequestStep, state: RequestState },
    #[error(
        "the step {step:?} is not for this desk: the holding platform, the assignee and the resident each take their own"
    )]
    NotYourStep { step: RequestStep },
    #[error("a reason is required")]
    ReasonRequired,
    #[error("a note on what was done is required")]
    NoteRequired,
    #[error("the rating is 1 to 5, not {0}")]
    RatingOutOfRange(u8),
    #[error("a dispatch names its assignee")]
    AssigneeRequired,
    #[error("a street escalates to a named district department")]
    DepartmentRequired,
    #[error("a district department is the top level: there is no one above to escalate to")]
    TopLevel,
    #[error("the request can be reopened until {last_day}, {within} days after its resolution")]
    ReopenWindowClosed { last_day: NaiveDate, within: i64 },
    #[error("a request that is {state:?} is a record: no more photos")]
    FilesClosed { state: RequestState },
    #[error("photos come from who registered the request or holds a desk for it")]
    NotYourFiles,
    #[error("members are dispatched work once they live in the community and reported in to it within the last year")]
    NotReportedIn,
}

impl RequestRefusal {
    /// Stable problem code naming the rule.
    pub fn code(self) -> &'static str {
        match self {
            RequestRefusal::NotInThisState { .. } | RequestRefusal::FilesClosed { .. } => "request-state",
            RequestRefusal::NotYourStep { .. } | RequestRefusal::NotYourFiles => "forbidden",
            RequestRefusal::ReasonRequired
            | RequestRefusal::NoteRequired
            | RequestRefusal::RatingOutOfRange(_)
            | RequestRefusal::AssigneeRequired
            | RequestRefusal::DepartmentRequired
            | RequestRefusal::NotReportedIn => "validation-failed",
            RequestRefusal::TopLevel => "escalation-top-level",
            RequestRefusal::ReopenWindowClosed { .. } => "reopen-window-closed",
        }
    }

    /// The request field a validation refusal is about.
    pub fn field(self) -> Option<&'static str> {
        match self {
            RequestRefusal::ReasonRequired => Some("reason"),
            RequestRefusal::NoteRequired => Some("note"),
            RequestRefusal::RatingOutOfRange(_) => Some("rating"),
            RequestRefusal::AssigneeRequired | RequestRefusal::NotReportedIn => Some("assignee"),
            RequestRefusal::DepartmentRequired => Some("department_id"),
            _ => None,
        }
    }
}

/// Where a step leaves the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub state: RequestState,
    pub level: Level,
}
