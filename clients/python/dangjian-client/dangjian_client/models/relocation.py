from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Relocation")


@_attrs_define
class Relocation:
    """Moving into a relocation community.

    Attributes:
        occurred_on (datetime.date): The date the member moved in (China Standard Time); not after today.
        residence_area_id (int): The area (relocation community, grid or household) the member moves into.
        residence_org_id (int): The organization leading the relocation community.
    """

    occurred_on: datetime.date
    residence_area_id: int
    residence_org_id: int

    def to_dict(self) -> dict[str, Any]:
        occurred_on = self.occurred_on.isoformat()

        residence_area_id = self.residence_area_id

        residence_org_id = self.residence_org_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "occurred_on": occurred_on,
                "residence_area_id": residence_area_id,
                "residence_org_id": residence_org_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        residence_area_id = d.pop("residence_area_id")

        residence_org_id = d.pop("residence_org_id")

        relocation = cls(
            occurred_on=occurred_on,
            residence_area_id=residence_area_id,
            residence_org_id=residence_org_id,
        )

        return relocation
