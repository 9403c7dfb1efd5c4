from enum import StrEnum


class RequestStep(StrEnum):
    ACCEPT = "accept"
    CLOSE = "close"
    DISPATCH = "dispatch"
    ESCALATE = "escalate"
    REJECT = "reject"
    REOPEN = "reopen"
    RESOLVE = "resolve"
    RESUME = "resume"
    SUSPEND = "suspend"

    def __str__(self) -> str:
        return str(self.value)
