from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignee_kind import AssigneeKind

T = TypeVar("T", bound="GridStaff")


@_attrs_define
class GridStaff:
    """Someone of the grid's staff a request can be dispatched to.

    Attributes:
        area_name (str): The area a grid leader's scope leads, or where the member lives.
        display_name (str): Name of the grid leader or member, for display.
        id (int): The account or member id, as the dispatch names it.
        kind (AssigneeKind | str): `user`: a grid leader's account; `member`: an in-service member who reported in.
    """

    area_name: str
    display_name: str
    id: int
    kind: AssigneeKind | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_name = self.area_name

        display_name = self.display_name

        id = self.id

        kind: str
        if isinstance(self.kind, AssigneeKind):
            kind = self.kind.value
        else:
            kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_name": area_name,
                "display_name": display_name,
                "id": id,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_name = d.pop("area_name")

        display_name = d.pop("display_name")

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

        grid_staff = cls(
            area_name=area_name,
            display_name=display_name,
            id=id,
            kind=kind,
        )

        grid_staff.additional_properties = d
        return grid_staff

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
