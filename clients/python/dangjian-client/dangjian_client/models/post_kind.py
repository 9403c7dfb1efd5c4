from enum import StrEnum


class PostKind(StrEnum):
    MODEL_POST = "model_post"
    RESPONSIBILITY_AREA = "responsibility_area"
    VANGUARD_TEAM = "vanguard_team"

    def __str__(self) -> str:
        return str(self.value)
