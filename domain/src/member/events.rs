//! Which events a caller records in a member's history, and for whom (§3: report-in is the
//! in-service member's, inflow and outflow registration the mobile member's).

use super::{Category, EventKind, Side};

/// Why an event cannot be recorded; `code` is the problem type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EventRefusal {
    #[error("this kind of event follows from its own action")]
    NotRecordable,
    #[error("only the membership organization records this kind of event")]
    MembershipSideOnly,
    #[error("report-in (报到) is for in-service members (在职党员)")]
    ReportInNotInService,
    #[error("inflow and outflow registration are for mobile members (流动党员)")]
    NotMobile,
    #[error("volunteer service records its hours")]
    HoursRequired,
    #[error("say what was promised, the post, or the note")]
    ContentRequired,
}

impl EventRefusal {
    /// Stable problem code naming the rule; the two missing-field refusals are plain
    /// validation failures.
    pub fn code(self) -> &'static str {
        match self {
            EventRefusal::NotRecordable => "event-not-recordable",
            EventRefusal::MembershipSideOnly => "membership-side-only",
            EventRefusal::ReportInNotInService => "report-in-not-in-service",
            EventRefusal::NotMobile => "not-mobile",
            EventRefusal::HoursRequired | EventRefusal::ContentRequired => "validation-failed",
        }
    }

    /// The request field the refusal is about.
    pub fn field(self) -> &'static str {
        match self {
            EventRefusal::HoursRequired => "service_hours",
            EventRefusal::ContentRequired => "content",
            _ => "kind",
        }
    }
}

/// An event as the caller asks to record it.
#[derive(Debug, Clone, Copy)]
pub struct EventRequest {
    pub kind: EventKind,
    pub has_service_hours: bool,
    pub has_content: bool,
}

/// Checks that the caller, holding `side` of a member of `category`, may record the event.
pub fn check_event(category: Category, side: Side, event: EventRequest) -> Result<(), EventRefusal> {
    if !event.kind.is_recordable() {
        return Err(EventRefusal::NotRecordable);
    }
    if side == Side::Residence && !event.kind.residence_side_may_record() {
        return Err(EventRefusal::MembershipSideOnly);
    }
    match event.kind {
        EventKind::ReportIn if category != Category::InService => Err(EventRefusal::ReportInNotInService),
        EventKind::InflowRegistration | EventKind::OutflowRegistration if category != Category::Mobile => {
            Err(EventRefusal::NotMobile)
        }
        EventKind::Service if !event.has_service_hours => Err(EventRefusal::HoursRequired),
        EventKind::Commitment | EventKind::Post | EventKind::Note if !event.has_content => {
            Err(EventRefusal::ContentRequired)
        }
        _ => Ok(()),
    }
}

impl EventKind {
    /// Events a caller records directly (the others follow from other actions).
    pub fn is_recordable(self) -> bool {
        matches!(
            self,
            EventKind::InflowRegistration
                | EventKind::OutflowRegistration
                | EventKind::ReportIn
                | EventKind::Service
                | EventKind::Commitment
                | EventKind::Post
                | EventKind::Note
        )
    }

    /// Whether the residence side may record this kind; the membership side records all.
    /// Inflow is registered where the member now lives; outflow where the membership is.
    pub fn residence_side_may_record(self) -> bool {
        matches!(
            self,
            EventKind::InflowRegistration
                | EventKind::ReportIn
                | EventKind::Service
                | EventKind::Commitment
                | EventKind::Post
                | EventKind::Note
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(kind: EventKind) -> EventRequest {
        EventRequest { kind, has_service_hours: true, has_content: true }
    }

    #[test]
    fn transfers_and_registration_follow_from_their_own_action() {
        for kind in [EventKind::Registered, EventKind::TransferIssued, EventKind::StageChange, EventKind::Relocation] {
            assert_eq!(
                check_event(Category::Registered, Side::Membership, request(kind)),
                Err(EventRefusal::NotRecordable)
            );
        }
    }

    #[test]
    fn report_in_is_the_in_service_members() {
        assert_eq!(check_event(Category::InService, Side::Residence, request(EventKind::ReportIn)), Ok(()));
        assert_eq!(
            check_event(Category::Registered, Side::Membership, request(EventKind::ReportIn)),
            Err(EventRefusal::ReportInNotInService)
        );
    }

    #[test]
    fn inflow_is_registered_where_the_mobile_member_lives_and_outflow_where_the_membership_is() {
        assert_eq!(check_event(Category::Mobile, Side::Residence, request(EventKind::InflowRegistration)), Ok(()));
        assert_eq!(
            check_event(Category::Mobile, Side::Residence, request(EventKind::OutflowRegistration)),
            Err(EventRefusal::MembershipSideOnly)
        );
        assert_eq!(check_event(Category::Mobile, Side::Membership, request(EventKind::OutflowRegistration)), Ok(()));
        assert_eq!(
            check_event(Category::InService, Side::Membership, request(EventKind::InflowRegistration)),
            Err(EventRefusal::NotMobile)
        );
    }

    #[test]
    fn service_records_its_hours_and_notes_their_content() {
        let no_hours = EventRequest { kind: EventKind::Service, has_service_hours: false, has_content: true };
        assert_eq!(check_event(Category::Registered, Side::Residence, no_hours), Err(EventRefusal::HoursRequired));
        let no_content = EventRequest { kind: EventKind::Note, has_service_hours: false, has_content: false };
        assert_eq!(check_event(Category::Registered, Side::Residence, no_content), Err(EventRefusal::ContentRequired));
    }
}
