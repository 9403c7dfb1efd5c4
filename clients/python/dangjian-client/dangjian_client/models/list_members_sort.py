from enum import StrEnum


class ListMembersSort(StrEnum):
    JOIN_DATE = "join_date"
    NAME = "name"
    VALUE_1 = "-name"
    VALUE_3 = "-join_date"

    def __str__(self) -> str:
        return str(self.value)
