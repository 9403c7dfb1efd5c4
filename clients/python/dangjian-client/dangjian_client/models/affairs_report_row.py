from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AffairsReportRow")


@_attrs_define
class AffairsReportRow:
    """One community and department.

    Attributes:
        area_id (int): The community.
        area_name (str): Name of the community, for display.
        assigned (int): Work handed over under an item of the list.
        department (str): The department.
        funding_yuan (int): Yuan that followed it (费随事转).
        refused (int): Work refused for citing no admitted item.
    """

    area_id: int
    area_name: str
    assigned: int
    department: str
    funding_yuan: int
    refused: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        assigned = self.assigned

        department = self.department

        funding_yuan = self.funding_yuan

        refused = self.refused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "assigned": assigned,
                "department": department,
                "funding_yuan": funding_yuan,
                "refused": refused,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        assigned = d.pop("assigned")

        department = d.pop("department")

        funding_yuan = d.pop("funding_yuan")

        refused = d.pop("refused")

        affairs_report_row = cls(
            area_id=area_id,
            area_name=area_name,
            assigned=assigned,
            department=department,
            funding_yuan=funding_yuan,
            refused=refused,
        )

        affairs_report_row.additional_properties = d
        return affairs_report_row

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
