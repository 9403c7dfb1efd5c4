from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_assignee import TaskAssignee
from ..models.task_state import TaskState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A co-building task.

    Attributes:
        area_id (int): The street or community that assigned it.
        area_name (str): Name of the street or community, for display.
        assigned_on (datetime.date): The day it was assigned (China Standard Time).
        assignee_kind (str | TaskAssignee): Whether it goes to a unit or to an in-service member.
        assignee_name (str): Name of the unit or member, for display.
        description (str): What is to be done.
        due_on (datetime.date): The day it is due.
        id (int): The task's id.
        overdue (bool): Whether it is still open after its due day.
        service_hours (int): Hours of service a member gave on it (they count toward the report-in).
        state (str | TaskState): Assigned, done (feedback given) or cancelled (withdrawn).
        title (str): A short title.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        feedback (None | str | Unset): The feedback (反馈): what was done.
        feedback_on (datetime.date | None | Unset): The day of the feedback.
        member_id (int | None | Unset): The member it goes to.
        project_id (int | None | Unset): The project it belongs to.
        project_title (None | str | Unset): The project's title, for display.
        resolution_id (int | None | Unset): The joint-meeting resolution it carries out.
        unit_id (int | None | Unset): The unit it goes to.
    """

    area_id: int
    area_name: str
    assigned_on: datetime.date
    assignee_kind: str | TaskAssignee
    assignee_name: str
    description: str
    due_on: datetime.date
    id: int
    overdue: bool
    service_hours: int
    state: str | TaskState
    title: str
    updated_at: datetime.datetime
    feedback: None | str | Unset = UNSET
    feedback_on: datetime.date | None | Unset = UNSET
    member_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    project_title: None | str | Unset = UNSET
    resolution_id: int | None | Unset = UNSET
    unit_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        assigned_on = self.assigned_on.isoformat()

        assignee_kind: str
        if isinstance(self.assignee_kind, TaskAssignee):
            assignee_kind = self.assignee_kind.value
        else:
            assignee_kind = self.assignee_kind

        assignee_name = self.assignee_name

        description = self.description

        due_on = self.due_on.isoformat()

        id = self.id

        overdue = self.overdue

        service_hours = self.service_hours

        state: str
        if isinstance(self.state, TaskState):
            state = self.state.value
        else:
            state = self.state

        title = self.title

        updated_at = self.updated_at.isoformat()

        feedback: None | str | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        else:
            feedback = self.feedback

        feedback_on: None | str | Unset
        if isinstance(self.feedback_on, Unset):
            feedback_on = UNSET
        elif isinstance(self.feedback_on, datetime.date):
            feedback_on = self.feedback_on.isoformat()
        else:
            feedback_on = self.feedback_on

        member_id: int | None | Unset
        if isinstance(self.member_id, Unset):
            member_id = UNSET
        else:
            member_id = self.member_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        project_title: None | str | Unset
        if isinstance(self.project_title, Unset):
            project_title = UNSET
        else:
            project_title = self.project_title

        resolution_id: int | None | Unset
        if isinstance(self.resolution_id, Unset):
            resolution_id = UNSET
        else:
            resolution_id = self.resolution_id

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "assigned_on": assigned_on,
                "assignee_kind": assignee_kind,
                "assignee_name": assignee_name,
                "description": description,
                "due_on": due_on,
                "id": id,
                "overdue": overdue,
                "service_hours": service_hours,
                "state": state,
                "title": title,
                "updated_at": updated_at,
            }
        )
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if feedback_on is not UNSET:
            field_dict["feedback_on"] = feedback_on
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if project_title is not UNSET:
            field_dict["project_title"] = project_title
        if resolution_id is not UNSET:
            field_dict["resolution_id"] = resolution_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))

        def _parse_assignee_kind(data: object) -> str | TaskAssignee:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assignee_kind_type_0 = TaskAssignee(data)

                return assignee_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskAssignee, data)

        assignee_kind = _parse_assignee_kind(d.pop("assignee_kind"))

        assignee_name = d.pop("assignee_name")

        description = d.pop("description")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        id = d.pop("id")

        overdue = d.pop("overdue")

        service_hours = d.pop("service_hours")

        def _parse_state(data: object) -> str | TaskState:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = TaskState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskState, data)

        state = _parse_state(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feedback = _parse_feedback(d.pop("feedback", UNSET))

        def _parse_feedback_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_on_type_0 = datetime.date.fromisoformat(data)

                return feedback_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        feedback_on = _parse_feedback_on(d.pop("feedback_on", UNSET))

        def _parse_member_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_id = _parse_member_id(d.pop("member_id", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_project_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_title = _parse_project_title(d.pop("project_title", UNSET))

        def _parse_resolution_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resolution_id = _parse_resolution_id(d.pop("resolution_id", UNSET))

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        task = cls(
            area_id=area_id,
            area_name=area_name,
            assigned_on=assigned_on,
            assignee_kind=assignee_kind,
            assignee_name=assignee_name,
            description=description,
            due_on=due_on,
            id=id,
            overdue=overdue,
            service_hours=service_hours,
            state=state,
            title=title,
            updated_at=updated_at,
            feedback=feedback,
            feedback_on=feedback_on,
            member_id=member_id,
            project_id=project_id,
            project_title=project_title,
            resolution_id=resolution_id,
            unit_id=unit_id,
        )

        task.additional_properties = d
        return task

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
