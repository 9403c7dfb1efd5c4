from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.day_kind import DayKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarDay")


@_attrs_define
class CalendarDay:
    """A date the calendar overrides.

    Attributes:
        date (datetime.date): The date overridden (China Standard Time calendar date).
        kind (DayKind): `holiday` 节假日, `working_day` 调休上班
        name (None | str | Unset): E.g. 春节.
    """

    date: datetime.date
    kind: DayKind
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        kind = self.kind.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
                "kind": kind,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        kind = DayKind(d.pop("kind"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        calendar_day = cls(
            date=date,
            kind=kind,
            name=name,
        )

        return calendar_day
