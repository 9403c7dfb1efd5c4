from enum import StrEnum


class RequestType(StrEnum):
    COMPLAINT = "complaint"
    CONSULTATION = "consultation"
    HELP = "help"
    REPORT = "report"
    SUGGESTION = "suggestion"

    def __str__(self) -> str:
        return str(self.value)
