from enum import StrEnum


class ListMembersLink(StrEnum):
    ANY = "any"
    MEMBERSHIP = "membership"
    RESIDENCE = "residence"

    def __str__(self) -> str:
        return str(self.value)
