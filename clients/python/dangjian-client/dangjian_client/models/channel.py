from enum import StrEnum


class Channel(StrEnum):
    CENTRAL_HOUSEHOLD = "central_household"
    COMMUNITY_WINDOW = "community_window"
    GRID_PHONE = "grid_phone"
    HOTLINE = "hotline"
    OPEN311 = "open311"
    OTHER_SYSTEM = "other_system"
    STREET_PLATFORM = "street_platform"

    def __str__(self) -> str:
        return str(self.value)
