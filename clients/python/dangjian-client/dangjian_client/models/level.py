from enum import StrEnum


class Level(StrEnum):
    COMMUNITY = "community"
    DEPARTMENT = "department"
    STREET = "street"

    def __str__(self) -> str:
        return str(self.value)
