from enum import StrEnum


class Field(StrEnum):
    BUSINESS_BUILDING = "business_building"
    COMMUNITY = "community"
    GOVERNMENT_AGENCY = "government_agency"
    INTERNET = "internet"
    MARKET = "market"
    PARK = "park"
    PRIVATE_ENTERPRISE = "private_enterprise"
    PUBLIC_INSTITUTION = "public_institution"
    SOCIAL_ORGANIZATION = "social_organization"
    STATE_ENTERPRISE = "state_enterprise"

    def __str__(self) -> str:
        return str(self.value)
