from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.affairs_report_row import AffairsReportRow


T = TypeVar("T", bound="AffairsReport")


@_attrs_define
class AffairsReport:
    """The year's report for the communities of an area.

    Attributes:
        assigned (int): Work handed over, all rows.
        funding_yuan (int): Yuan that followed it, all rows.
        refused (int): Work refused, all rows.
        rows (list[AffairsReportRow]): Per community and department, by community.
        year (int): The year.
    """

    assigned: int
    funding_yuan: int
    refused: int
    rows: list[AffairsReportRow]
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned = self.assigned

        funding_yuan = self.funding_yuan

        refused = self.refused

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned": assigned,
                "funding_yuan": funding_yuan,
                "refused": refused,
                "rows": rows,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.affairs_report_row import AffairsReportRow  # noqa: PLC0415

        d = dict(src_dict)
        assigned = d.pop("assigned")

        funding_yuan = d.pop("funding_yuan")

        refused = d.pop("refused")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = AffairsReportRow.from_dict(rows_item_data)

            rows.append(rows_item)

        year = d.pop("year")

        affairs_report = cls(
            assigned=assigned,
            funding_yuan=funding_yuan,
            refused=refused,
            rows=rows,
            year=year,
        )

        affairs_report.additional_properties = d
        return affairs_report

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
