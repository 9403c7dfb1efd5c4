from enum import StrEnum


class ListRequestsSort(StrEnum):
    DUE = "due"
    NEWEST = "newest"

    def __str__(self) -> str:
        return str(self.value)
