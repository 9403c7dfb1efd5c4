from enum import StrEnum


class DayKind(StrEnum):
    HOLIDAY = "holiday"
    WORKING_DAY = "working_day"

    def __str__(self) -> str:
        return str(self.value)
