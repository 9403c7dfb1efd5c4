from enum import StrEnum


class ChangeStatus(StrEnum):
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
