from enum import StrEnum


class AssigneeKind(StrEnum):
    DEPARTMENT = "department"
    MEMBER = "member"
    UNIT = "unit"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
