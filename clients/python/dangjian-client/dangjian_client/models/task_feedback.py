from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskFeedback")


@_attrs_define
class TaskFeedback:
    """The feedback on a task.

    Attributes:
        feedback (str): What was done.
        on (datetime.date): The day of the feedback; not after today.
        service_hours (int | None | Unset): For a member's task: hours of service given (they count toward the report-
            in).
    """

    feedback: str
    on: datetime.date
    service_hours: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        feedback = self.feedback

        on = self.on.isoformat()

        service_hours: int | None | Unset
        if isinstance(self.service_hours, Unset):
            service_hours = UNSET
        else:
            service_hours = self.service_hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "feedback": feedback,
                "on": on,
            }
        )
        if service_hours is not UNSET:
            field_dict["service_hours"] = service_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback = d.pop("feedback")

        on = datetime.date.fromisoformat(d.pop("on"))

        def _parse_service_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_hours = _parse_service_hours(d.pop("service_hours", UNSET))

        task_feedback = cls(
            feedback=feedback,
            on=on,
            service_hours=service_hours,
        )

        return task_feedback
