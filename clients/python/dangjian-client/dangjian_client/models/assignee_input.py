from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.assignee_kind import AssigneeKind

T = TypeVar("T", bound="AssigneeInput")


@_attrs_define
class AssigneeInput:
    """Who a dispatch names.

    Attributes:
        id (int): The account, member, unit or department id, according to `kind`.
        kind (AssigneeKind): Who a request is dispatched to.
    """

    id: int
    kind: AssigneeKind

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = AssigneeKind(d.pop("kind"))

        assignee_input = cls(
            id=id,
            kind=kind,
        )

        return assignee_input
