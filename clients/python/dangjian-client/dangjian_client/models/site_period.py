from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SitePeriod")


@_attrs_define
class SitePeriod:
    """A site's period.

    Attributes:
        end_on (datetime.date): Last day of the publicity at this site (China Standard Time); the period spans at least
            5 working days (configurable).
        start_on (datetime.date): First day of the publicity at this site (China Standard Time).
    """

    end_on: datetime.date
    start_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        end_on = self.end_on.isoformat()

        start_on = self.start_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_on": end_on,
                "start_on": start_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_on = datetime.date.fromisoformat(d.pop("end_on"))

        start_on = datetime.date.fromisoformat(d.pop("start_on"))

        site_period = cls(
            end_on=end_on,
            start_on=start_on,
        )

        return site_period
