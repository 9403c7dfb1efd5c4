from enum import StrEnum


class MeetingType(StrEnum):
    BRANCH_COMMITTEE = "branch_committee"
    BRANCH_GENERAL_MEETING = "branch_general_meeting"
    GROUP_MEETING = "group_meeting"
    JOINT_MEETING = "joint_meeting"
    ORGANIZATIONAL_LIFE_MEETING = "organizational_life_meeting"
    PARTY_LECTURE = "party_lecture"
    THEMED_PARTY_DAY = "themed_party_day"

    def __str__(self) -> str:
        return str(self.value)
