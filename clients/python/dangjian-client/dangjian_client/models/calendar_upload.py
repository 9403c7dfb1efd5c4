from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.calendar_day import CalendarDay


T = TypeVar("T", bound="CalendarUpload")


@_attrs_define
class CalendarUpload:
    """A year's overrides as loaded.

    Attributes:
        days (list[CalendarDay]): Every override of the year (holidays and adjusted working days); replaces those
            stored.
    """

    days: list[CalendarDay]

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "days": days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_day import CalendarDay  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = CalendarDay.from_dict(days_item_data)

            days.append(days_item)

        calendar_upload = cls(
            days=days,
        )

        return calendar_upload
