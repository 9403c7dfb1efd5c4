from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffairsRefusal")


@_attrs_define
class AffairsRefusal:
    """Work refused at a community's door.

    Attributes:
        area_id (int): The community.
        area_name (str): Name of the community, for display.
        code (str): The problem type it was refused with (`affairs-item-missing`, …).
        department (str): The department that tried to hand it over.
        id (int): The refusal's id.
        refused_by_name (str): The account that tried, for display.
        refused_on (datetime.date): The day it was refused.
        title (str): The work's title.
        item_id (int | None | Unset): The item it cited, if any.
    """

    area_id: int
    area_name: str
    code: str
    department: str
    id: int
    refused_by_name: str
    refused_on: datetime.date
    title: str
    item_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        code = self.code

        department = self.department

        id = self.id

        refused_by_name = self.refused_by_name

        refused_on = self.refused_on.isoformat()

        title = self.title

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "code": code,
                "department": department,
                "id": id,
                "refused_by_name": refused_by_name,
                "refused_on": refused_on,
                "title": title,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        code = d.pop("code")

        department = d.pop("department")

        id = d.pop("id")

        refused_by_name = d.pop("refused_by_name")

        refused_on = datetime.date.fromisoformat(d.pop("refused_on"))

        title = d.pop("title")

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        affairs_refusal = cls(
            area_id=area_id,
            area_name=area_name,
            code=code,
            department=department,
            id=id,
            refused_by_name=refused_by_name,
            refused_on=refused_on,
            title=title,
            item_id=item_id,
        )

        affairs_refusal.additional_properties = d
        return affairs_refusal

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
