from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JointBodyInput")


@_attrs_define
class JointBodyInput:
    """A joint meeting to set up.

    Attributes:
        area_id (int): The street or community.
        convener_name (str): The convener (召集人).
        convener_org_id (int): The Party organization of the level above (the district's for a street, the street's for
            a community) whose leadership the convener belongs to.
        convener_post (str): The convener's post in that organization's leadership.
        set_up_on (datetime.date): The day it was set up; not after today.
    """

    area_id: int
    convener_name: str
    convener_org_id: int
    convener_post: str
    set_up_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        convener_name = self.convener_name

        convener_org_id = self.convener_org_id

        convener_post = self.convener_post

        set_up_on = self.set_up_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "convener_name": convener_name,
                "convener_org_id": convener_org_id,
                "convener_post": convener_post,
                "set_up_on": set_up_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        convener_name = d.pop("convener_name")

        convener_org_id = d.pop("convener_org_id")

        convener_post = d.pop("convener_post")

        set_up_on = datetime.date.fromisoformat(d.pop("set_up_on"))

        joint_body_input = cls(
            area_id=area_id,
            convener_name=convener_name,
            convener_org_id=convener_org_id,
            convener_post=convener_post,
            set_up_on=set_up_on,
        )

        return joint_body_input
