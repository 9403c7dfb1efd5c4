from enum import StrEnum


class ReviewResult(StrEnum):
    AVERAGE = "average"
    FAIRLY_GOOD = "fairly_good"
    GOOD = "good"
    POOR = "poor"

    def __str__(self) -> str:
        return str(self.value)
