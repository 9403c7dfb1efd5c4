from enum import StrEnum


class SeatKind(StrEnum):
    ORGANIZATION = "organization"
    OWNERS_COMMITTEE = "owners_committee"
    POLICE = "police"
    PROPERTY_COMPANY = "property_company"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
