from enum import StrEnum


class SettingType(StrEnum):
    AFFILIATED = "affiliated"
    EXTENDED = "extended"
    INDEPENDENT = "independent"
    INDUSTRY = "industry"
    JOINT = "joint"
    REGIONAL = "regional"
    SPECIAL = "special"

    def __str__(self) -> str:
        return str(self.value)
