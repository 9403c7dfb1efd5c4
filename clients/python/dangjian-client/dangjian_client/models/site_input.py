from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.site_type import SiteType

T = TypeVar("T", bound="SiteInput")


@_attrs_define
class SiteInput:
    """A community named a demonstration site.

    Attributes:
        area_id (int): The community (one site per community).
        description (str): What it shows.
        named_on (datetime.date): The day it was named; not after today.
        site_type (SiteType): `urban` 城市社区, `village_to_community` 村改居社区, `relocation` 移民搬迁社区
    """

    area_id: int
    description: str
    named_on: datetime.date
    site_type: SiteType

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        description = self.description

        named_on = self.named_on.isoformat()

        site_type = self.site_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "description": description,
                "named_on": named_on,
                "site_type": site_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        description = d.pop("description")

        named_on = datetime.date.fromisoformat(d.pop("named_on"))

        site_type = SiteType(d.pop("site_type"))

        site_input = cls(
            area_id=area_id,
            description=description,
            named_on=named_on,
            site_type=site_type,
        )

        return site_input
