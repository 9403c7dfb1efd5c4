from enum import StrEnum


class ClockKind(StrEnum):
    ACCEPT = "accept"
    RESOLVE = "resolve"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
