from enum import StrEnum


class AreaKind(StrEnum):
    CENTRAL_HOUSEHOLD = "central_household"
    CITY = "city"
    COMMUNITY = "community"
    DISTRICT = "district"
    GRID = "grid"
    STREET = "street"

    def __str__(self) -> str:
        return str(self.value)
