from enum import StrEnum


class SiteType(StrEnum):
    RELOCATION = "relocation"
    URBAN = "urban"
    VILLAGE_TO_COMMUNITY = "village_to_community"

    def __str__(self) -> str:
        return str(self.value)
