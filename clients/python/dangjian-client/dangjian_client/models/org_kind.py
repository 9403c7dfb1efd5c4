from enum import StrEnum


class OrgKind(StrEnum):
    BRANCH = "branch"
    COMMITTEE = "committee"
    GENERAL_BRANCH = "general_branch"
    GROUP = "group"
    WORKING_COMMITTEE = "working_committee"

    def __str__(self) -> str:
        return str(self.value)
