from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.branch_compliance import BranchCompliance


T = TypeVar("T", bound="Compliance")


@_attrs_define
class Compliance:
    """Compliance of a subtree's branches in a period.

    Attributes:
        branches (list[BranchCompliance]): Each branch of the subtree with the required meetings held or missing.
        first (datetime.date): First day of the period (China Standard Time).
        last (datetime.date): Last day of the period (China Standard Time).
        org_id (int): The organization whose subtree's branches are checked.
        period (str): The period asked for: a month `2026-03`, a quarter `2026-Q1` or a year `2026`.
    """

    branches: list[BranchCompliance]
    first: datetime.date
    last: datetime.date
    org_id: int
    period: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branches = []
        for branches_item_data in self.branches:
            branches_item = branches_item_data.to_dict()
            branches.append(branches_item)

        first = self.first.isoformat()

        last = self.last.isoformat()

        org_id = self.org_id

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branches": branches,
                "first": first,
                "last": last,
                "org_id": org_id,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branch_compliance import BranchCompliance  # noqa: PLC0415

        d = dict(src_dict)
        branches = []
        _branches = d.pop("branches")
        for branches_item_data in _branches:
            branches_item = BranchCompliance.from_dict(branches_item_data)

            branches.append(branches_item)

        first = datetime.date.fromisoformat(d.pop("first"))

        last = datetime.date.fromisoformat(d.pop("last"))

        org_id = d.pop("org_id")

        period = d.pop("period")

        compliance = cls(
            branches=branches,
            first=first,
            last=last,
            org_id=org_id,
            period=period,
        )

        compliance.additional_properties = d
        return compliance

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
