from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectInput")


@_attrs_define
class ProjectInput:
    """A project to start on a need.

    Attributes:
        due_on (datetime.date): The day it is due.
        need_id (int): The open need it meets.
        owner_unit_id (int): The unit that owns it.
        resource_ids (list[int]): The resources matched with it (at least one), offered in the need's street.
        title (str): A short title.
        resolution_id (int | None | Unset): The joint-meeting resolution it carries out.
    """

    due_on: datetime.date
    need_id: int
    owner_unit_id: int
    resource_ids: list[int]
    title: str
    resolution_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        need_id = self.need_id

        owner_unit_id = self.owner_unit_id

        resource_ids = self.resource_ids

        title = self.title

        resolution_id: int | None | Unset
        if isinstance(self.resolution_id, Unset):
            resolution_id = UNSET
        else:
            resolution_id = self.resolution_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "due_on": due_on,
                "need_id": need_id,
                "owner_unit_id": owner_unit_id,
                "resource_ids": resource_ids,
                "title": title,
            }
        )
        if resolution_id is not UNSET:
            field_dict["resolution_id"] = resolution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        need_id = d.pop("need_id")

        owner_unit_id = d.pop("owner_unit_id")

        resource_ids = cast(list[int], d.pop("resource_ids"))

        title = d.pop("title")

        def _parse_resolution_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resolution_id = _parse_resolution_id(d.pop("resolution_id", UNSET))

        project_input = cls(
            due_on=due_on,
            need_id=need_id,
            owner_unit_id=owner_unit_id,
            resource_ids=resource_ids,
            title=title,
            resolution_id=resolution_id,
        )

        return project_input
