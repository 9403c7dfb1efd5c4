from enum import StrEnum


class Stage(StrEnum):
    ACTIVIST = "activist"
    APPLICANT = "applicant"
    CANDIDATE = "candidate"
    FULL = "full"
    PROBATIONARY = "probationary"

    def __str__(self) -> str:
        return str(self.value)
