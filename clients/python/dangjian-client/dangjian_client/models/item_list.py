from enum import StrEnum


class ItemList(StrEnum):
    AFFAIRS = "affairs"
    PARTY_WORK = "party_work"

    def __str__(self) -> str:
        return str(self.value)
