from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProgressInput")


@_attrs_define
class ProgressInput:
    """A progress update.

    Attributes:
        note (str): What was done.
        recorded_on (datetime.date): The day it reports on; not after today.
    """

    note: str
    recorded_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        recorded_on = self.recorded_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "note": note,
                "recorded_on": recorded_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note")

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))

        progress_input = cls(
            note=note,
            recorded_on=recorded_on,
        )

        return progress_input
