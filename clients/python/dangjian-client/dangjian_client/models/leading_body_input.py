from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.leading_member import LeadingMember


T = TypeVar("T", bound="LeadingBodyInput")


@_attrs_define
class LeadingBodyInput:
    """A leading body to set up.

    Attributes:
        area_id (int): The city or county (one body each).
        head (str): Its head.
        members (list[LeadingMember]): Its member departments.
        name (str): The body's name.
        set_up_on (datetime.date): The day it was set up; not after today.
    """

    area_id: int
    head: str
    members: list[LeadingMember]
    name: str
    set_up_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        head = self.head

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        name = self.name

        set_up_on = self.set_up_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "head": head,
                "members": members,
                "name": name,
                "set_up_on": set_up_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leading_member import LeadingMember  # noqa: PLC0415

        d = dict(src_dict)
        area_id = d.pop("area_id")

        head = d.pop("head")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = LeadingMember.from_dict(members_item_data)

            members.append(members_item)

        name = d.pop("name")

        set_up_on = datetime.date.fromisoformat(d.pop("set_up_on"))

        leading_body_input = cls(
            area_id=area_id,
            head=head,
            members=members,
            name=name,
            set_up_on=set_up_on,
        )

        return leading_body_input
