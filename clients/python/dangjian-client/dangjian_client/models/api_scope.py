from enum import StrEnum


class ApiScope(StrEnum):
    ACCOUNTSREAD = "accounts:read"
    ACCOUNTSWRITE = "accounts:write"
    AFFAIRSREAD = "affairs:read"
    AFFAIRSWRITE = "affairs:write"
    AUDITREAD = "audit:read"
    COBUILDINGREAD = "cobuilding:read"
    COBUILDINGWRITE = "cobuilding:write"
    MEMBERSREAD = "members:read"
    MEMBERSWRITE = "members:write"
    OPEN311 = "open311"
    OPINIONSREAD = "opinions:read"
    OPINIONSWRITE = "opinions:write"
    ORGANIZATIONSREAD = "organizations:read"
    ORGANIZATIONSWRITE = "organizations:write"
    POINTSREAD = "points:read"
    POINTSWRITE = "points:write"
    REPORTSREAD = "reports:read"
    REQUESTSREAD = "requests:read"
    REQUESTSWRITE = "requests:write"
    SUPPORTREAD = "support:read"
    SUPPORTWRITE = "support:write"
    WEBHOOKS = "webhooks"

    def __str__(self) -> str:
        return str(self.value)
