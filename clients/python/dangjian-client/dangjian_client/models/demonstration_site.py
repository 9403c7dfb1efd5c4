from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.site_type import SiteType

T = TypeVar("T", bound="DemonstrationSite")


@_attrs_define
class DemonstrationSite:
    """A demonstration site (示范点).

    Attributes:
        area_id (int): The community.
        area_name (str): Name of the community, for display.
        description (str): What it shows (hardware, management, activities, methods).
        id (int): The site's id.
        named_on (datetime.date): The day it was named.
        site_type (SiteType | str): The kind of community it shows.
    """

    area_id: int
    area_name: str
    description: str
    id: int
    named_on: datetime.date
    site_type: SiteType | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        description = self.description

        id = self.id

        named_on = self.named_on.isoformat()

        site_type: str
        if isinstance(self.site_type, SiteType):
            site_type = self.site_type.value
        else:
            site_type = self.site_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "description": description,
                "id": id,
                "named_on": named_on,
                "site_type": site_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        description = d.pop("description")

        id = d.pop("id")

        named_on = datetime.date.fromisoformat(d.pop("named_on"))

        def _parse_site_type(data: object) -> SiteType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                site_type_type_0 = SiteType(data)

                return site_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SiteType | str, data)

        site_type = _parse_site_type(d.pop("site_type"))

        demonstration_site = cls(
            area_id=area_id,
            area_name=area_name,
            description=description,
            id=id,
            named_on=named_on,
            site_type=site_type,
        )

        demonstration_site.additional_properties = d
        return demonstration_site

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
