from enum import StrEnum


class RuleCategory(StrEnum):
    ACTIVITY = "activity"
    BASE = "base"
    BONUS = "bonus"
    DEDUCTION = "deduction"
    VETO = "veto"

    def __str__(self) -> str:
        return str(self.value)
