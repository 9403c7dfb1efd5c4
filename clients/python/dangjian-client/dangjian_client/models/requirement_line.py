from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_type import MeetingType
from ..models.standing import Standing

T = TypeVar("T", bound="RequirementLine")


@_attrs_define
class RequirementLine:
    """One requirement of a branch in a period.

    Attributes:
        held (int): Meetings of the type the branch held in the period.
        meeting_type (MeetingType | str): The type of meeting required (三会一课, 主题党日, 组织生活会).
        met (bool): Every part of the period has its meeting.
        missed (list[str]): The finished months or quarters without a meeting (`2026-05`, `2026-Q2`).
        required (int): One meeting per month, quarter or year of the period, as the type requires.
        standing (Standing | str): `met`, `in_progress` (nothing missed; a running month or quarter has no meeting yet)
            or `missing`.
    """

    held: int
    meeting_type: MeetingType | str
    met: bool
    missed: list[str]
    required: int
    standing: Standing | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        held = self.held

        meeting_type: str
        if isinstance(self.meeting_type, MeetingType):
            meeting_type = self.meeting_type.value
        else:
            meeting_type = self.meeting_type

        met = self.met

        missed = self.missed

        required = self.required

        standing: str
        if isinstance(self.standing, Standing):
            standing = self.standing.value
        else:
            standing = self.standing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "held": held,
                "meeting_type": meeting_type,
                "met": met,
                "missed": missed,
                "required": required,
                "standing": standing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held = d.pop("held")

        def _parse_meeting_type(data: object) -> MeetingType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_type_type_0 = MeetingType(data)

                return meeting_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingType | str, data)

        meeting_type = _parse_meeting_type(d.pop("meeting_type"))

        met = d.pop("met")

        missed = cast(list[str], d.pop("missed"))

        required = d.pop("required")

        def _parse_standing(data: object) -> Standing | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                standing_type_0 = Standing(data)

                return standing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Standing | str, data)

        standing = _parse_standing(d.pop("standing"))

        requirement_line = cls(
            held=held,
            meeting_type=meeting_type,
            met=met,
            missed=missed,
            required=required,
            standing=standing,
        )

        requirement_line.additional_properties = d
        return requirement_line

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
