from enum import StrEnum


class TransferStatus(StrEnum):
    CONFIRMED = "confirmed"
    EXPIRED = "expired"
    ISSUED = "issued"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
