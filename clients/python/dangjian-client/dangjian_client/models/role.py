from enum import StrEnum


class Role(StrEnum):
    AUDIT_ADMIN = "audit_admin"
    GRID_LEADER = "grid_leader"
    MEMBER = "member"
    ORG_ADMIN = "org_admin"
    ORG_VIEWER = "org_viewer"
    SECURITY_ADMIN = "security_admin"
    SERVICE = "service"
    SYSTEM_ADMIN = "system_admin"

    def __str__(self) -> str:
        return str(self.value)
