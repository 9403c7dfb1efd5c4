from enum import StrEnum


class SiteRole(StrEnum):
    MEMBERSHIP = "membership"
    RESIDENCE = "residence"

    def __str__(self) -> str:
        return str(self.value)
