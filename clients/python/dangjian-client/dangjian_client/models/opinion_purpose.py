from enum import StrEnum


class OpinionPurpose(StrEnum):
    ANNUAL_ASSESSMENT = "annual_assessment"
    AWARD = "award"
    CADRE_EVALUATION = "cadre_evaluation"
    PARTY_ADMISSION = "party_admission"
    PROMOTION = "promotion"

    def __str__(self) -> str:
        return str(self.value)
