from enum import StrEnum


class StepKind(StrEnum):
    APPLICATION = "application"
    BRANCH_MEETING = "branch_meeting"
    COMMITTEE_APPROVAL = "committee_approval"
    CONTACTS = "contacts"
    FILING = "filing"
    POLITICAL_REVIEW = "political_review"
    PROBATION_EXTENSION = "probation_extension"
    STAGE_CHANGE = "stage_change"
    TALK = "talk"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
