from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.project_state import ProjectState

T = TypeVar("T", bound="ProjectTransition")


@_attrs_define
class ProjectTransition:
    """A project's move to completed or cancelled.

    Attributes:
        on (datetime.date): The day it was completed or stopped; not after today.
        to (ProjectState): `planned` 已立项, `in_progress` 实施中, `completed` 已完成, `cancelled` 已终止
    """

    on: datetime.date
    to: ProjectState

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        to = self.to.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        to = ProjectState(d.pop("to"))

        project_transition = cls(
            on=on,
            to=to,
        )

        return project_transition
