from enum import StrEnum


class FundingKind(StrEnum):
    CADRE_ALLOWANCE = "cadre_allowance"
    PARTY_BUILDING_FUNDS = "party_building_funds"
    SERVICE_FUNDS = "service_funds"
    TRAINING_FUNDS = "training_funds"
    WORK_FUNDS = "work_funds"

    def __str__(self) -> str:
        return str(self.value)
