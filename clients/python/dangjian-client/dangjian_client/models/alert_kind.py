from enum import StrEnum


class AlertKind(StrEnum):
    ACTIVIST_ELIGIBLE = "activist_eligible"
    BRANCH_TOO_LARGE = "branch_too_large"
    BRANCH_TOO_SMALL = "branch_too_small"
    CALENDAR_MISSING = "calendar_missing"
    JOINT_MEETING_OVERDUE = "joint_meeting_overdue"
    MEETINGS_MISSING = "meetings_missing"
    NO_ATTENDANCE = "no_attendance"
    OPINION_MISSING = "opinion_missing"
    OPINION_OVERDUE = "opinion_overdue"
    PROBATION_ENDING = "probation_ending"
    PUBLICITY_ENDING = "publicity_ending"
    REQUEST_OVERDUE = "request_overdue"
    TALK_OVERDUE = "talk_overdue"
    TASK_OVERDUE = "task_overdue"
    TRANSFER_EXPIRING = "transfer_expiring"
    VISIT_COVERAGE_LOW = "visit_coverage_low"

    def __str__(self) -> str:
        return str(self.value)
