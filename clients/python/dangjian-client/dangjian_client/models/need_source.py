from enum import StrEnum


class NeedSource(StrEnum):
    COMMUNITY = "community"
    REQUESTS = "requests"
    RESIDENTS = "residents"

    def __str__(self) -> str:
        return str(self.value)
