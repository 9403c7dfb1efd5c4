from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignmentInput")


@_attrs_define
class AssignmentInput:
    """Work to hand to a community.

    Attributes:
        area_id (int): The community.
        content (str): What is to be done.
        title (str): A short title of the work.
        department (None | str | Unset): The department handing it over (default: the account's name); the list must
            name it for the item.
        due_on (datetime.date | None | Unset): The day it is due; not before today.
        item_id (int | None | Unset): The item of the access list (or the Party-building work-item list) it falls under;
            without one it is refused.
    """

    area_id: int
    content: str
    title: str
    department: None | str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    item_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        content = self.content

        title = self.title

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "content": content,
                "title": title,
            }
        )
        if department is not UNSET:
            field_dict["department"] = department
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        content = d.pop("content")

        title = d.pop("title")

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

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

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        assignment_input = cls(
            area_id=area_id,
            content=content,
            title=title,
            department=department,
            due_on=due_on,
            item_id=item_id,
        )

        return assignment_input
