from enum import StrEnum


class Attendance(StrEnum):
    ABSENT = "absent"
    LEAVE = "leave"
    PRESENT = "present"

    def __str__(self) -> str:
        return str(self.value)
