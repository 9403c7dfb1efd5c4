from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_coverage import FieldCoverage


T = TypeVar("T", bound="Coverage")


@_attrs_define
class Coverage:
    """Party-organization coverage (覆盖率) of the units an organization reaches.

    Attributes:
        covered (int): Of those, units covered by a Party organization.
        fields (list[FieldCoverage]): Per field, only fields with units.
        organization_id (int): The organization whose reach is counted.
        ratio (float): covered ÷ units (0 when there are no units).
        units (int): Units in reach, all fields.
    """

    covered: int
    fields: list[FieldCoverage]
    organization_id: int
    ratio: float
    units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covered = self.covered

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        organization_id = self.organization_id

        ratio = self.ratio

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "covered": covered,
                "fields": fields,
                "organization_id": organization_id,
                "ratio": ratio,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_coverage import FieldCoverage  # noqa: PLC0415

        d = dict(src_dict)
        covered = d.pop("covered")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = FieldCoverage.from_dict(fields_item_data)

            fields.append(fields_item)

        organization_id = d.pop("organization_id")

        ratio = d.pop("ratio")

        units = d.pop("units")

        coverage = cls(
            covered=covered,
            fields=fields,
            organization_id=organization_id,
            ratio=ratio,
            units=units,
        )

        coverage.additional_properties = d
        return coverage

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
