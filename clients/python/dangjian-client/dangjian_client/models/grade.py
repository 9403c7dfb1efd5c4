from enum import StrEnum


class Grade(StrEnum):
    BASICALLY_QUALIFIED = "basically_qualified"
    EXCELLENT = "excellent"
    QUALIFIED = "qualified"
    UNQUALIFIED = "unqualified"

    def __str__(self) -> str:
        return str(self.value)
