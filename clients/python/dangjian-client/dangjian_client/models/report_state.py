from enum import StrEnum


class ReportState(StrEnum):
    COMPOSED = "composed"
    DELIVERED = "delivered"
    SIGNED_OFF = "signed_off"

    def __str__(self) -> str:
        return str(self.value)
