//! Resident requests (居民诉求, DOMAIN.md §8, policy §11–§14): what a request is, the three-level
//! response that handles it, and which step each desk may take in which state. The SLA clocks
//! are in [`sla`], the figures a platform is judged by in [`metrics`].

pub mod metrics;
pub mod sla;

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
    pub enum StepKind {
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
    pub fn kind(&self) -> StepKind {
        match self {
            Step::Accept => StepKind::Accept,
            Step::Reject { .. } => StepKind::Reject,
            Step::Dispatch { .. } => StepKind::Dispatch,
            Step::Suspend { .. } => StepKind::Suspend,
            Step::Resume => StepKind::Resume,
            Step::Resolve { .. } => StepKind::Resolve,
            Step::Close { .. } => StepKind::Close,
            Step::Reopen => StepKind::Reopen,
            Step::Escalate { .. } => StepKind::Escalate,
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
    NotInThisState { step: StepKind, state: RequestState },
    #[error(
        "the step {step:?} is not for this desk: the holding platform, the assignee and the resident each take their own"
    )]
    NotYourStep { step: StepKind },
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
}

impl RequestRefusal {
    /// Stable problem code naming the rule.
    pub fn code(self) -> &'static str {
        match self {
            RequestRefusal::NotInThisState { .. } => "request-state",
            RequestRefusal::NotYourStep { .. } => "forbidden",
            RequestRefusal::ReasonRequired
            | RequestRefusal::NoteRequired
            | RequestRefusal::RatingOutOfRange(_)
            | RequestRefusal::AssigneeRequired
            | RequestRefusal::DepartmentRequired => "validation-failed",
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
            RequestRefusal::AssigneeRequired => Some("assignee"),
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

/// The states each step starts from.
fn starts_from(step: StepKind) -> &'static [RequestState] {
    use RequestState::*;
    match step {
        StepKind::Accept => &[Submitted, Escalated],
        StepKind::Reject => &[Submitted, Escalated, Accepted],
        // From in progress: a reassignment.
        StepKind::Dispatch => &[Accepted, Reopened, InProgress],
        StepKind::Suspend => &[InProgress],
        StepKind::Resume => &[Suspended],
        StepKind::Resolve => &[InProgress],
        StepKind::Close => &[Resolved],
        StepKind::Reopen => &[Resolved, Closed],
        StepKind::Escalate => &[Submitted, Accepted, InProgress, Reopened],
    }
}

/// The desks that take each step.
fn taken_by(step: StepKind) -> &'static [Desk] {
    use Desk::*;
    match step {
        StepKind::Accept | StepKind::Reject | StepKind::Dispatch => &[Holder],
        StepKind::Suspend | StepKind::Resume | StepKind::Resolve => &[Holder, Assignee],
        // The holder records a rating the resident gave by phone or at the window.
        StepKind::Close | StepKind::Reopen => &[Holder, Resident],
        StepKind::Escalate => &[Holder, Clock],
    }
}

fn required(text: &str, refusal: RequestRefusal) -> Result<(), RequestRefusal> {
    if text.trim().is_empty() { Err(refusal) } else { Ok(()) }
}

/// Checks a step by `desk` on `request` on `today`; answers where it leaves the request.
pub fn check_step(
    request: &Request,
    step: &Step<'_>,
    desk: Desk,
    today: NaiveDate,
    policy: &RequestPolicy,
) -> Result<Outcome, RequestRefusal> {
    let kind = step.kind();
    if !taken_by(kind).contains(&desk) {
        return Err(RequestRefusal::NotYourStep { step: kind });
    }
    if !starts_from(kind).contains(&request.state) {
        return Err(RequestRefusal::NotInThisState { step: kind, state: request.state });
    }
    let stay = |state| Ok(Outcome { state, level: request.level });
    match *step {
        Step::Accept => stay(RequestState::Accepted),
        Step::Reject { reason } => {
            required(reason, RequestRefusal::ReasonRequired)?;
            stay(RequestState::Rejected)
        }
        Step::Dispatch { assigned } => {
            if !assigned {
                return Err(RequestRefusal::AssigneeRequired);
            }
            stay(RequestState::InProgress)
        }
        Step::Suspend { reason } => {
            required(reason, RequestRefusal::ReasonRequired)?;
            stay(RequestState::Suspended)
        }
        Step::Resume => stay(RequestState::InProgress),
        Step::Resolve { note } => {
            required(note, RequestRefusal::NoteRequired)?;
            stay(RequestState::Resolved)
        }
        Step::Close { rating } => {
            if !(1..=5).contains(&rating) {
                return Err(RequestRefusal::RatingOutOfRange(rating));
            }
            stay(RequestState::Closed)
        }
        Step::Reopen => {
            let within = policy.reopen_within_days;
            let resolved_on = request.resolved_on.unwrap_or(today);
            let last_day = resolved_on + chrono::Duration::days(within);
            if today > last_day {
                return Err(RequestRefusal::ReopenWindowClosed { last_day, within });
            }
            stay(RequestState::Reopened)
        }
        Step::Escalate { department } => {
            let above = request.level.above().ok_or(RequestRefusal::TopLevel)?;
            if above == Level::Department && department.is_none() {
                return Err(RequestRefusal::DepartmentRequired);
            }
            Ok(Outcome { state: RequestState::Escalated, level: above })
        }
    }
}

/// Whether a request still waits for someone to act (it is in a queue).
pub fn is_open(state: RequestState) -> bool {
    !matches!(state, RequestState::Resolved | RequestState::Closed | RequestState::Rejected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    fn request(state: RequestState, level: Level) -> Request {
        Request { state, level, resolved_on: None }
    }

    fn step(r: &Request, s: Step<'_>, desk: Desk) -> Result<Outcome, RequestRefusal> {
        check_step(r, &s, desk, date(6, 1), &RequestPolicy::default())
    }

    #[test]
    fn a_request_goes_from_submitted_through_accepted_and_in_progress_to_resolved_and_closed() {
        let mut r = request(RequestState::Submitted, Level::Community);
        for (s, desk, then) in [
            (Step::Accept, Desk::Holder, RequestState::Accepted),
            (Step::Dispatch { assigned: true }, Desk::Holder, RequestState::InProgress),
            (Step::Resolve { note: "已清理" }, Desk::Assignee, RequestState::Resolved),
            (Step::Close { rating: 5 }, Desk::Resident, RequestState::Closed),
        ] {
            let outcome = step(&r, s, desk).expect("allowed");
            assert_eq!(outcome.state, then);
            assert_eq!(outcome.level, Level::Community);
            r.state = outcome.state;
        }
    }

    #[test]
    fn only_the_holding_platform_accepts_rejects_and_dispatches() {
        let r = request(RequestState::Submitted, Level::Community);
        for desk in [Desk::Assignee, Desk::Resident, Desk::Clock] {
            assert_eq!(step(&r, Step::Accept, desk), Err(RequestRefusal::NotYourStep { step: StepKind::Accept }));
        }
        let accepted = request(RequestState::Accepted, Level::Community);
        let refused = step(&accepted, Step::Dispatch { assigned: true }, Desk::Assignee);
        assert_eq!(refused.map_err(RequestRefusal::code), Err("forbidden"));
    }

    #[test]
    fn a_step_out_of_order_names_the_state() {
        let r = request(RequestState::Submitted, Level::Community);
        let refused = step(&r, Step::Resolve { note: "x" }, Desk::Holder);
        assert_eq!(
            refused,
            Err(RequestRefusal::NotInThisState { step: StepKind::Resolve, state: RequestState::Submitted })
        );
        assert_eq!(refused.map_err(RequestRefusal::code), Err("request-state"));
        let closed = request(RequestState::Closed, Level::Community);
        assert!(step(&closed, Step::Close { rating: 4 }, Desk::Holder).is_err(), "a rating is given once");
    }

    #[test]
    fn a_rejection_and_a_suspension_need_a_reason_and_a_resolution_a_note() {
        let r = request(RequestState::Submitted, Level::Community);
        assert_eq!(step(&r, Step::Reject { reason: "  " }, Desk::Holder), Err(RequestRefusal::ReasonRequired));
        assert_eq!(RequestRefusal::ReasonRequired.field(), Some("reason"));
        let working = request(RequestState::InProgress, Level::Community);
        assert_eq!(step(&working, Step::Suspend { reason: "" }, Desk::Assignee), Err(RequestRefusal::ReasonRequired));
        assert_eq!(step(&working, Step::Resolve { note: "" }, Desk::Assignee), Err(RequestRefusal::NoteRequired));
        let suspended = step(&working, Step::Suspend { reason: "等待居民提供材料" }, Desk::Assignee);
        assert_eq!(suspended.map(|o| o.state), Ok(RequestState::Suspended));
    }

    #[test]
    fn a_dispatch_names_an_assignee_and_may_reassign() {
        let accepted = request(RequestState::Accepted, Level::Street);
        assert_eq!(
            step(&accepted, Step::Dispatch { assigned: false }, Desk::Holder),
            Err(RequestRefusal::AssigneeRequired)
        );
        let working = request(RequestState::InProgress, Level::Street);
        assert_eq!(
            step(&working, Step::Dispatch { assigned: true }, Desk::Holder).map(|o| o.state),
            Ok(RequestState::InProgress)
        );
    }

    #[test]
    fn the_rating_is_one_to_five() {
        let resolved = request(RequestState::Resolved, Level::Community);
        assert_eq!(step(&resolved, Step::Close { rating: 0 }, Desk::Holder), Err(RequestRefusal::RatingOutOfRange(0)));
        assert_eq!(
            step(&resolved, Step::Close { rating: 6 }, Desk::Resident),
            Err(RequestRefusal::RatingOutOfRange(6))
        );
        assert!(step(&resolved, Step::Close { rating: 1 }, Desk::Resident).is_ok());
    }

    #[test]
    fn escalation_goes_community_to_street_to_a_named_department_and_stops_there() {
        let community = request(RequestState::Accepted, Level::Community);
        let up = step(&community, Step::Escalate { department: None }, Desk::Holder);
        assert_eq!(up, Ok(Outcome { state: RequestState::Escalated, level: Level::Street }));
        let street = request(RequestState::InProgress, Level::Street);
        assert_eq!(
            step(&street, Step::Escalate { department: None }, Desk::Clock),
            Err(RequestRefusal::DepartmentRequired)
        );
        let up = step(&street, Step::Escalate { department: Some(7) }, Desk::Holder);
        assert_eq!(up.map(|o| o.level), Ok(Level::Department));
        let department = request(RequestState::Accepted, Level::Department);
        let refused = step(&department, Step::Escalate { department: Some(7) }, Desk::Holder);
        assert_eq!(refused.map_err(RequestRefusal::code), Err("escalation-top-level"));
        // The level above accepts what was escalated to it.
        let escalated = request(RequestState::Escalated, Level::Street);
        assert_eq!(step(&escalated, Step::Accept, Desk::Holder).map(|o| o.state), Ok(RequestState::Accepted));
    }

    #[test]
    fn a_resolved_request_reopens_within_the_window_only() {
        let policy = RequestPolicy { reopen_within_days: 10 };
        let resolved = Request { state: RequestState::Closed, level: Level::Community, resolved_on: Some(date(5, 1)) };
        let on = |day| check_step(&resolved, &Step::Reopen, Desk::Resident, day, &policy);
        assert_eq!(on(date(5, 11)).map(|o| o.state), Ok(RequestState::Reopened), "the tenth day is still in");
        let refused = on(date(5, 12));
        assert_eq!(refused, Err(RequestRefusal::ReopenWindowClosed { last_day: date(5, 11), within: 10 }));
        assert_eq!(refused.map_err(RequestRefusal::code), Err("reopen-window-closed"));
        let reopened = Request { state: RequestState::Reopened, ..resolved };
        let again = check_step(&reopened, &Step::Dispatch { assigned: true }, Desk::Holder, date(5, 11), &policy);
        assert_eq!(again.map(|o| o.state), Ok(RequestState::InProgress), "a reopened request is dispatched again");
    }

    #[test]
    fn resolved_closed_and_rejected_requests_leave_the_queue() {
        let open: Vec<RequestState> = RequestState::ALL.iter().copied().filter(|s| is_open(*s)).collect();
        use RequestState::*;
        assert_eq!(open, [Submitted, Accepted, InProgress, Suspended, Escalated, Reopened]);
    }
}
