from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.area_figures import AreaFigures


T = TypeVar("T", bound="RequestMetrics")


@_attrs_define
class RequestMetrics:
    """The figures of an area and of each area one level below it.

    Attributes:
        from_ (datetime.date): Requests received from this day …
        parts (list[AreaFigures]): The figures of each area one level below (a street's communities, a community's
            grids).
        to (datetime.date): … to this day, both included (China Standard Time).
        total (AreaFigures): The figures of one area.
    """

    from_: datetime.date
    parts: list[AreaFigures]
    to: datetime.date
    total: AreaFigures
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        to = self.to.isoformat()

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "parts": parts,
                "to": to,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.area_figures import AreaFigures  # noqa: PLC0415

        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = AreaFigures.from_dict(parts_item_data)

            parts.append(parts_item)

        to = datetime.date.fromisoformat(d.pop("to"))

        total = AreaFigures.from_dict(d.pop("total"))

        request_metrics = cls(
            from_=from_,
            parts=parts,
            to=to,
            total=total,
        )

        request_metrics.additional_properties = d
        return request_metrics

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
