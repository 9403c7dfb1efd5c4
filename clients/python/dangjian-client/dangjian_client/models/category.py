from enum import StrEnum


class Category(StrEnum):
    IN_SERVICE = "in_service"
    MOBILE = "mobile"
    REGISTERED = "registered"
    RELOCATED = "relocated"

    def __str__(self) -> str:
        return str(self.value)
