from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field import Field

T = TypeVar("T", bound="FieldCoverage")


@_attrs_define
class FieldCoverage:
    """Coverage of one field.

    Attributes:
        covered (int): Of those, units covered by a Party organization.
        field (Field): `government_agency` 机关, `public_institution` 事业单位, `state_enterprise` 国有企业, `private_enterprise`
            非公企业, `social_organization` 社会组织, `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet`
            互联网业
        ratio (float): covered ÷ units (0 when there are no units).
        units (int): Units of the field in reach.
    """

    covered: int
    field: Field
    ratio: float
    units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covered = self.covered

        field = self.field.value

        ratio = self.ratio

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "covered": covered,
                "field": field,
                "ratio": ratio,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        covered = d.pop("covered")

        field = Field(d.pop("field"))

        ratio = d.pop("ratio")

        units = d.pop("units")

        field_coverage = cls(
            covered=covered,
            field=field,
            ratio=ratio,
            units=units,
        )

        field_coverage.additional_properties = d
        return field_coverage

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
