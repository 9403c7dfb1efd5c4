from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_assignee import TaskAssignee
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskInput")


@_attrs_define
class TaskInput:
    """A task to assign.

    Attributes:
        area_id (int): The street or community assigning it.
        assignee_id (int): The unit or member: a unit located in the area, a member who reported in to it within the
            last year.
        assignee_kind (TaskAssignee): `unit` 驻区单位, `member` 在职党员
        description (str): What is to be done.
        due_on (datetime.date): The day it is due; not before the day it was assigned.
        title (str): A short title.
        assigned_on (datetime.date | None | Unset): The day it was assigned (at a joint meeting, say); not after today
            (default today).
        project_id (int | None | Unset): The project it belongs to, in the same area.
        resolution_id (int | None | Unset): The joint-meeting resolution it carries out.
    """

    area_id: int
    assignee_id: int
    assignee_kind: TaskAssignee
    description: str
    due_on: datetime.date
    title: str
    assigned_on: datetime.date | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    resolution_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        assignee_id = self.assignee_id

        assignee_kind = self.assignee_kind.value

        description = self.description

        due_on = self.due_on.isoformat()

        title = self.title

        assigned_on: None | str | Unset
        if isinstance(self.assigned_on, Unset):
            assigned_on = UNSET
        elif isinstance(self.assigned_on, datetime.date):
            assigned_on = self.assigned_on.isoformat()
        else:
            assigned_on = self.assigned_on

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        resolution_id: int | None | Unset
        if isinstance(self.resolution_id, Unset):
            resolution_id = UNSET
        else:
            resolution_id = self.resolution_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "assignee_id": assignee_id,
                "assignee_kind": assignee_kind,
                "description": description,
                "due_on": due_on,
                "title": title,
            }
        )
        if assigned_on is not UNSET:
            field_dict["assigned_on"] = assigned_on
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if resolution_id is not UNSET:
            field_dict["resolution_id"] = resolution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        assignee_id = d.pop("assignee_id")

        assignee_kind = TaskAssignee(d.pop("assignee_kind"))

        description = d.pop("description")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        title = d.pop("title")

        def _parse_assigned_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_on_type_0 = datetime.date.fromisoformat(data)

                return assigned_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        assigned_on = _parse_assigned_on(d.pop("assigned_on", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_resolution_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resolution_id = _parse_resolution_id(d.pop("resolution_id", UNSET))

        task_input = cls(
            area_id=area_id,
            assignee_id=assignee_id,
            assignee_kind=assignee_kind,
            description=description,
            due_on=due_on,
            title=title,
            assigned_on=assigned_on,
            project_id=project_id,
            resolution_id=resolution_id,
        )

        return task_input
