from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.leading_member import LeadingMember


T = TypeVar("T", bound="LeadingBody")


@_attrs_define
class LeadingBody:
    """The leading body for urban Party-building of the city or a county (城市基层党建工作领导小组).

    Attributes:
        area_id (int): The city or county.
        area_name (str): Name of the area, for display.
        head (str): Its head (组长).
        id (int): The body's id.
        members (list[LeadingMember]): Its member departments.
        name (str): The body's name.
        set_up_on (datetime.date): The day it was set up.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
    """

    area_id: int
    area_name: str
    head: str
    id: int
    members: list[LeadingMember]
    name: str
    set_up_on: datetime.date
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        head = self.head

        id = self.id

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        name = self.name

        set_up_on = self.set_up_on.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "head": head,
                "id": id,
                "members": members,
                "name": name,
                "set_up_on": set_up_on,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leading_member import LeadingMember  # noqa: PLC0415

        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        head = d.pop("head")

        id = d.pop("id")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = LeadingMember.from_dict(members_item_data)

            members.append(members_item)

        name = d.pop("name")

        set_up_on = datetime.date.fromisoformat(d.pop("set_up_on"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        leading_body = cls(
            area_id=area_id,
            area_name=area_name,
            head=head,
            id=id,
            members=members,
            name=name,
            set_up_on=set_up_on,
            updated_at=updated_at,
        )

        leading_body.additional_properties = d
        return leading_body

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
