from enum import StrEnum


class SiteStatus(StrEnum):
    BLOCKED = "blocked"
    FAILED = "failed"
    PASSED = "passed"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
