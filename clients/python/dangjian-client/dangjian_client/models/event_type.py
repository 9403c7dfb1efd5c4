from enum import StrEnum


class EventType(StrEnum):
    FEEDBACK_REPORT_DELIVERED = "feedback_report.delivered"
    MEMBER_CREATED = "member.created"
    MEMBER_STAGE_CHANGED = "member.stage_changed"
    MEMBER_TRANSFERRED = "member.transferred"
    MEMBER_UPDATED = "member.updated"
    OPINION_GIVEN = "opinion.given"
    OPINION_REQUESTED = "opinion.requested"
    ORGANIZATION_CREATED = "organization.created"
    ORGANIZATION_DELETED = "organization.deleted"
    ORGANIZATION_UPDATED = "organization.updated"
    POINTS_ENTRY_APPROVED = "points_entry.approved"
    POINTS_ENTRY_RECORDED = "points_entry.recorded"
    POINTS_ENTRY_REVERSED = "points_entry.reversed"
    PUBLICITY_OBJECTION = "publicity.objection"
    PUBLICITY_STARTED = "publicity.started"
    REQUEST_CREATED = "request.created"
    REQUEST_STATE_CHANGED = "request.state_changed"
    UNIT_CREATED = "unit.created"
    UNIT_DELETED = "unit.deleted"
    UNIT_UPDATED = "unit.updated"

    def __str__(self) -> str:
        return str(self.value)
