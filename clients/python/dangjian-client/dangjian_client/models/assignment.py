from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Assignment")


@_attrs_define
class Assignment:
    """Work handed to a community under an item of the list.

    Attributes:
        area_id (int): The community.
        area_name (str): Name of the community, for display.
        assigned_by_name (str): The account that handed it over, for display.
        assigned_on (datetime.date): The day it was handed over.
        content (str): What is to be done.
        created_at (datetime.datetime): When it was recorded (RFC 3339, UTC).
        department (str): The department handing it over.
        id (int): The assignment's id.
        item_id (int): The item it cites.
        item_title (str): The item's title, for display.
        title (str): A short title of the work.
        due_on (datetime.date | None | Unset): The day it is due.
        funding_yuan (int | None | Unset): Yuan that followed it (费随事转).
    """

    area_id: int
    area_name: str
    assigned_by_name: str
    assigned_on: datetime.date
    content: str
    created_at: datetime.datetime
    department: str
    id: int
    item_id: int
    item_title: str
    title: str
    due_on: datetime.date | None | Unset = UNSET
    funding_yuan: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        assigned_by_name = self.assigned_by_name

        assigned_on = self.assigned_on.isoformat()

        content = self.content

        created_at = self.created_at.isoformat()

        department = self.department

        id = self.id

        item_id = self.item_id

        item_title = self.item_title

        title = self.title

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        funding_yuan: int | None | Unset
        if isinstance(self.funding_yuan, Unset):
            funding_yuan = UNSET
        else:
            funding_yuan = self.funding_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "assigned_by_name": assigned_by_name,
                "assigned_on": assigned_on,
                "content": content,
                "created_at": created_at,
                "department": department,
                "id": id,
                "item_id": item_id,
                "item_title": item_title,
                "title": title,
            }
        )
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if funding_yuan is not UNSET:
            field_dict["funding_yuan"] = funding_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        assigned_by_name = d.pop("assigned_by_name")

        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))

        content = d.pop("content")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        department = d.pop("department")

        id = d.pop("id")

        item_id = d.pop("item_id")

        item_title = d.pop("item_title")

        title = d.pop("title")

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))

        def _parse_funding_yuan(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        funding_yuan = _parse_funding_yuan(d.pop("funding_yuan", UNSET))

        assignment = cls(
            area_id=area_id,
            area_name=area_name,
            assigned_by_name=assigned_by_name,
            assigned_on=assigned_on,
            content=content,
            created_at=created_at,
            department=department,
            id=id,
            item_id=item_id,
            item_title=item_title,
            title=title,
            due_on=due_on,
            funding_yuan=funding_yuan,
        )

        assignment.additional_properties = d
        return assignment

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
