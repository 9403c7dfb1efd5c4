from enum import StrEnum


class ListOrganizationsSort(StrEnum):
    CREATED_AT = "created_at"
    NAME = "name"
    PATH = "path"
    VALUE_2 = "-name"
    VALUE_4 = "-created_at"

    def __str__(self) -> str:
        return str(self.value)
