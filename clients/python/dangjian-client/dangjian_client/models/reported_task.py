from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportedTask")


@_attrs_define
class ReportedTask:
    """A task of the unit in the half year.

    Attributes:
        assigned_on (datetime.date): The day it was assigned.
        due_on (datetime.date): The day it was due.
        overdue (bool): Whether it was past due without feedback.
        state (str | TaskState): Where it stood when the report was made.
        title (str): What was asked.
        feedback (None | str | Unset): The unit's feedback.
    """

    assigned_on: datetime.date
    due_on: datetime.date
    overdue: bool
    state: str | TaskState
    title: str
    feedback: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_on = self.assigned_on.isoformat()

        due_on = self.due_on.isoformat()

        overdue = self.overdue

        state: str
        if isinstance(self.state, TaskState):
            state = self.state.value
        else:
            state = self.state

        title = self.title

        feedback: None | str | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        else:
            feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_on": assigned_on,
                "due_on": due_on,
                "overdue": overdue,
                "state": state,
                "title": title,
            }
        )
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        overdue = d.pop("overdue")

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

        def _parse_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feedback = _parse_feedback(d.pop("feedback", UNSET))

        reported_task = cls(
            assigned_on=assigned_on,
            due_on=due_on,
            overdue=overdue,
            state=state,
            title=title,
            feedback=feedback,
        )

        reported_task.additional_properties = d
        return reported_task

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
