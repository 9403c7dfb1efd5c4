from enum import StrEnum


class Purpose(StrEnum):
    ADMISSION = "admission"
    CONVERSION = "conversion"

    def __str__(self) -> str:
        return str(self.value)
