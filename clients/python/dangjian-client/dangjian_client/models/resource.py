from enum import StrEnum


class Resource(StrEnum):
    AREA = "area"
    MEMBER = "member"
    ORGANIZATION = "organization"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
