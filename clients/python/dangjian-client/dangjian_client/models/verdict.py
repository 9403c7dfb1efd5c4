from enum import StrEnum


class Verdict(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    RESERVED = "reserved"

    def __str__(self) -> str:
        return str(self.value)
