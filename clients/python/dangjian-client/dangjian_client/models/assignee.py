from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignee_kind import AssigneeKind

T = TypeVar("T", bound="Assignee")


@_attrs_define
class Assignee:
    """The assignee of a request, with its name.

    Attributes:
        id (int): The account, member, unit or department id, according to `kind`.
        kind (AssigneeKind | str): `user` (grid leader's account), `member` (in-service member), `unit` or `department`.
        name (str): Name of the assignee, for display.
    """

    id: int
    kind: AssigneeKind | str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind: str
        if isinstance(self.kind, AssigneeKind):
            kind = self.kind.value
        else:
            kind = self.kind

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_kind(data: object) -> AssigneeKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = AssigneeKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssigneeKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        name = d.pop("name")

        assignee = cls(
            id=id,
            kind=kind,
            name=name,
        )

        assignee.additional_properties = d
        return assignee

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
