from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FeedbackReportInput")


@_attrs_define
class FeedbackReportInput:
    """The unit and half year to report on.

    Attributes:
        half (int): 1 for January–June, 2 for July–December; a half year that has ended.
        unit_id (int): A vertically managed unit (one with a superior organization) located in the caller's street.
        year (int): The year.
    """

    half: int
    unit_id: int
    year: int

    def to_dict(self) -> dict[str, Any]:
        half = self.half

        unit_id = self.unit_id

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "half": half,
                "unit_id": unit_id,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        half = d.pop("half")

        unit_id = d.pop("unit_id")

        year = d.pop("year")

        feedback_report_input = cls(
            half=half,
            unit_id=unit_id,
            year=year,
        )

        return feedback_report_input
