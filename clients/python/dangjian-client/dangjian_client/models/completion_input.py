from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionInput")


@_attrs_define
class CompletionInput:
    """A completion to record.

    Attributes:
        completed_on (datetime.date): The day it was completed; not after today, while the course is open (`course-
            closed`).
        minutes_spent (int): Minutes spent on the course: at least the course's length (`course-time-short`).
        member_id (int | None | Unset): The member; left out, the member of the caller's own account (a member taking
            the course
            on the phone). Party-affairs staff name a member of the course's organization (a
            completion from another learning platform).
    """

    completed_on: datetime.date
    minutes_spent: int
    member_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        completed_on = self.completed_on.isoformat()

        minutes_spent = self.minutes_spent

        member_id: int | None | Unset
        if isinstance(self.member_id, Unset):
            member_id = UNSET
        else:
            member_id = self.member_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completed_on": completed_on,
                "minutes_spent": minutes_spent,
            }
        )
        if member_id is not UNSET:
            field_dict["member_id"] = member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))

        minutes_spent = d.pop("minutes_spent")

        def _parse_member_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_id = _parse_member_id(d.pop("member_id", UNSET))

        completion_input = cls(
            completed_on=completed_on,
            minutes_spent=minutes_spent,
            member_id=member_id,
        )

        return completion_input
