from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calendar_day import CalendarDay


T = TypeVar("T", bound="CalendarYear")


@_attrs_define
class CalendarYear:
    """A year of the calendar.

    Attributes:
        days (list[CalendarDay]): Dates that differ from the Monday–Friday rule.
        working_days (int): Working days in the year.
        year (int): The calendar year.
    """

    days: list[CalendarDay]
    working_days: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        working_days = self.working_days

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "working_days": working_days,
                "year": year,
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

        working_days = d.pop("working_days")

        year = d.pop("year")

        calendar_year = cls(
            days=days,
            working_days=working_days,
            year=year,
        )

        calendar_year.additional_properties = d
        return calendar_year

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
