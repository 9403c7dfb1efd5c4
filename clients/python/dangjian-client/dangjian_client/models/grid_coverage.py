from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GridCoverage")


@_attrs_define
class GridCoverage:
    """A grid's coverage.

    Attributes:
        area_id (int): The grid.
        area_name (str): Name of the grid, for display.
        below_target (bool): Whether coverage is below the target (never for a grid without households).
        households (int): Households of the grid.
        visited (int): Of those, households visited in the period.
        coverage (float | None | Unset): Visited ÷ households (none without households).
    """

    area_id: int
    area_name: str
    below_target: bool
    households: int
    visited: int
    coverage: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        below_target = self.below_target

        households = self.households

        visited = self.visited

        coverage: float | None | Unset
        if isinstance(self.coverage, Unset):
            coverage = UNSET
        else:
            coverage = self.coverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "below_target": below_target,
                "households": households,
                "visited": visited,
            }
        )
        if coverage is not UNSET:
            field_dict["coverage"] = coverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        below_target = d.pop("below_target")

        households = d.pop("households")

        visited = d.pop("visited")

        def _parse_coverage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        coverage = _parse_coverage(d.pop("coverage", UNSET))

        grid_coverage = cls(
            area_id=area_id,
            area_name=area_name,
            below_target=below_target,
            households=households,
            visited=visited,
            coverage=coverage,
        )

        grid_coverage.additional_properties = d
        return grid_coverage

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
