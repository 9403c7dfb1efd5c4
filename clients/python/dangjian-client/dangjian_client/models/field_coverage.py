from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field import Field

T = TypeVar("T", bound="FieldCoverage")


@_attrs_define
class FieldCoverage:
    """Coverage of one field.

    Attributes:
        covered (int): Of those, units covered by a Party organization.
        field (Field | str): The field (领域).
        ratio (float): covered ÷ units (0 when there are no units).
        units (int): Units of the field in reach.
    """

    covered: int
    field: Field | str
    ratio: float
    units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covered = self.covered

        field: str
        if isinstance(self.field, Field):
            field = self.field.value
        else:
            field = self.field

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

        def _parse_field(data: object) -> Field | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_0 = Field(data)

                return field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Field | str, data)

        field = _parse_field(d.pop("field"))

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
