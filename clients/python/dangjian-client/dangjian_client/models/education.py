from enum import StrEnum


class Education(StrEnum):
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    DOCTOR = "doctor"
    JUNIOR_HIGH = "junior_high"
    MASTER = "master"
    PRIMARY = "primary"
    SENIOR_HIGH = "senior_high"
    VOCATIONAL = "vocational"

    def __str__(self) -> str:
        return str(self.value)
