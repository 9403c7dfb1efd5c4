from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseCompletion")


@_attrs_define
class CourseCompletion:
    """A member's completion of a course.

    Attributes:
        completed_on (datetime.date): The day it was completed (China Standard Time).
        course_id (int): The course.
        id (int): The completion's id.
        member_id (int): The member.
        member_name (str): Name of the member, for display.
        minutes_spent (int): Minutes the member spent on the course.
        points_entry_id (int | None | Unset): The points entry it earned (none: no course rule, the rule does not apply,
            or its
            yearly cap was reached).
    """

    completed_on: datetime.date
    course_id: int
    id: int
    member_id: int
    member_name: str
    minutes_spent: int
    points_entry_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_on = self.completed_on.isoformat()

        course_id = self.course_id

        id = self.id

        member_id = self.member_id

        member_name = self.member_name

        minutes_spent = self.minutes_spent

        points_entry_id: int | None | Unset
        if isinstance(self.points_entry_id, Unset):
            points_entry_id = UNSET
        else:
            points_entry_id = self.points_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed_on": completed_on,
                "course_id": course_id,
                "id": id,
                "member_id": member_id,
                "member_name": member_name,
                "minutes_spent": minutes_spent,
            }
        )
        if points_entry_id is not UNSET:
            field_dict["points_entry_id"] = points_entry_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))

        course_id = d.pop("course_id")

        id = d.pop("id")

        member_id = d.pop("member_id")

        member_name = d.pop("member_name")

        minutes_spent = d.pop("minutes_spent")

        def _parse_points_entry_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points_entry_id = _parse_points_entry_id(d.pop("points_entry_id", UNSET))

        course_completion = cls(
            completed_on=completed_on,
            course_id=course_id,
            id=id,
            member_id=member_id,
            member_name=member_name,
            minutes_spent=minutes_spent,
            points_entry_id=points_entry_id,
        )

        course_completion.additional_properties = d
        return course_completion

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
