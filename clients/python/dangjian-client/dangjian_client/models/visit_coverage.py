from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grid_coverage import GridCoverage


T = TypeVar("T", bound="VisitCoverage")


@_attrs_define
class VisitCoverage:
    """The coverage of every grid in an area for one period.

    Attributes:
        grids (list[GridCoverage]): Each grid of the area (or the area itself when it is a grid).
        period_end (datetime.date): Last day of the period (China Standard Time).
        period_start (datetime.date): First day of the period (China Standard Time).
        target_percent (int): The target in percent of households.
    """

    grids: list[GridCoverage]
    period_end: datetime.date
    period_start: datetime.date
    target_percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grids = []
        for grids_item_data in self.grids:
            grids_item = grids_item_data.to_dict()
            grids.append(grids_item)

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        target_percent = self.target_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grids": grids,
                "period_end": period_end,
                "period_start": period_start,
                "target_percent": target_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grid_coverage import GridCoverage  # noqa: PLC0415

        d = dict(src_dict)
        grids = []
        _grids = d.pop("grids")
        for grids_item_data in _grids:
            grids_item = GridCoverage.from_dict(grids_item_data)

            grids.append(grids_item)

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        target_percent = d.pop("target_percent")

        visit_coverage = cls(
            grids=grids,
            period_end=period_end,
            period_start=period_start,
            target_percent=target_percent,
        )

        visit_coverage.additional_properties = d
        return visit_coverage

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
