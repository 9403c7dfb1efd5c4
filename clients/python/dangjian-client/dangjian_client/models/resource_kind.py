from enum import StrEnum


class ResourceKind(StrEnum):
    FUNDS = "funds"
    SKILLS = "skills"
    VENUE = "venue"
    VOLUNTEERS = "volunteers"

    def __str__(self) -> str:
        return str(self.value)
