from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NewCampaign")


@_attrs_define
class NewCampaign:
    """A new campaign.

    Attributes:
        deadline (datetime.date): The date opinions and grades are due by (China Standard Time).
        org_id (int): The organization whose subtree's members are evaluated.
        year (int): The year evaluated; one campaign per organization and year.
    """

    deadline: datetime.date
    org_id: int
    year: int

    def to_dict(self) -> dict[str, Any]:
        deadline = self.deadline.isoformat()

        org_id = self.org_id

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deadline": deadline,
                "org_id": org_id,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        org_id = d.pop("org_id")

        year = d.pop("year")

        new_campaign = cls(
            deadline=deadline,
            org_id=org_id,
            year=year,
        )

        return new_campaign
