from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade import Grade

if TYPE_CHECKING:
    from ..models.points_entry import PointsEntry


T = TypeVar("T", bound="MemberPoints")


@_attrs_define
class MemberPoints:
    """A member's year of points.

    Attributes:
        base (int): The base every member starts the year from (基础分, default 60).
        entries (list[PointsEntry]): The year's entries the caller sees, newest first.
        member_id (int): The member whose points these are.
        pending (int): Number of the year's entries still waiting for approval.
        suggested_grade (Grade | str): The grade the total suggests to the evaluation.
        total (int): Base plus approved entries; 0 after a veto.
        vetoed (bool): Whether a veto (一票否决) still stands over the year (a reversed one does not).
        year (int): The year counted.
    """

    base: int
    entries: list[PointsEntry]
    member_id: int
    pending: int
    suggested_grade: Grade | str
    total: int
    vetoed: bool
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        member_id = self.member_id

        pending = self.pending

        suggested_grade: str
        if isinstance(self.suggested_grade, Grade):
            suggested_grade = self.suggested_grade.value
        else:
            suggested_grade = self.suggested_grade

        total = self.total

        vetoed = self.vetoed

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "entries": entries,
                "member_id": member_id,
                "pending": pending,
                "suggested_grade": suggested_grade,
                "total": total,
                "vetoed": vetoed,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.points_entry import PointsEntry  # noqa: PLC0415

        d = dict(src_dict)
        base = d.pop("base")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = PointsEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        member_id = d.pop("member_id")

        pending = d.pop("pending")

        def _parse_suggested_grade(data: object) -> Grade | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suggested_grade_type_0 = Grade(data)

                return suggested_grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grade | str, data)

        suggested_grade = _parse_suggested_grade(d.pop("suggested_grade"))

        total = d.pop("total")

        vetoed = d.pop("vetoed")

        year = d.pop("year")

        member_points = cls(
            base=base,
            entries=entries,
            member_id=member_id,
            pending=pending,
            suggested_grade=suggested_grade,
            total=total,
            vetoed=vetoed,
            year=year,
        )

        member_points.additional_properties = d
        return member_points

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
