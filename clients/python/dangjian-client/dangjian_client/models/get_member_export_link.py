from enum import StrEnum


class GetMemberExportLink(StrEnum):
    ANY = "any"
    MEMBERSHIP = "membership"
    RESIDENCE = "residence"

    def __str__(self) -> str:
        return str(self.value)
