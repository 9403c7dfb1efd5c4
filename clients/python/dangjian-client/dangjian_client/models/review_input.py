from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReviewInput")


@_attrs_define
class ReviewInput:
    """A secretary's report to review.

    Attributes:
        org_id (int): The Party committee (a county's or a street's) whose secretary reports; one report a year.
        report (str): The report.
        reported_on (datetime.date): The day it was given; not after today.
        secretary_name (str): The secretary's name.
        year (int): The year reported on.
    """

    org_id: int
    report: str
    reported_on: datetime.date
    secretary_name: str
    year: int

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        report = self.report

        reported_on = self.reported_on.isoformat()

        secretary_name = self.secretary_name

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "org_id": org_id,
                "report": report,
                "reported_on": reported_on,
                "secretary_name": secretary_name,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("org_id")

        report = d.pop("report")

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        secretary_name = d.pop("secretary_name")

        year = d.pop("year")

        review_input = cls(
            org_id=org_id,
            report=report,
            reported_on=reported_on,
            secretary_name=secretary_name,
            year=year,
        )

        return review_input
