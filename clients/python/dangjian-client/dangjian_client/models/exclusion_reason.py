from enum import StrEnum


class ExclusionReason(StrEnum):
    ABROAD = "abroad"
    RIGHTS_SUSPENDED = "rights_suspended"
    SERIOUS_ILLNESS = "serious_illness"

    def __str__(self) -> str:
        return str(self.value)
