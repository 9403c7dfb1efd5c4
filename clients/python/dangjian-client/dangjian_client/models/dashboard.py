from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member_count import MemberCount


T = TypeVar("T", bound="Dashboard")


@_attrs_define
class Dashboard:
    """The counts of a subtree.

    Attributes:
        branches (int): Branches of the subtree.
        compliant_branches (int): Branches that missed no required meeting this quarter so far.
        coverage_ratio (float): Coverage (覆盖率): covered units ÷ units; 0 without units.
        covered_units (int): Of those, units covered by a Party organization.
        members (list[MemberCount]): Members whose membership lies in the subtree, by category and stage.
        org_id (int): The organization whose subtree is counted.
        period (str): This quarter: branches, and those holding every required meeting so far.
        units (int): Units (驻区单位) the subtree reaches: covered by its organizations or located in its led area.
    """

    branches: int
    compliant_branches: int
    coverage_ratio: float
    covered_units: int
    members: list[MemberCount]
    org_id: int
    period: str
    units: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branches = self.branches

        compliant_branches = self.compliant_branches

        coverage_ratio = self.coverage_ratio

        covered_units = self.covered_units

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        org_id = self.org_id

        period = self.period

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branches": branches,
                "compliant_branches": compliant_branches,
                "coverage_ratio": coverage_ratio,
                "covered_units": covered_units,
                "members": members,
                "org_id": org_id,
                "period": period,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_count import MemberCount  # noqa: PLC0415

        d = dict(src_dict)
        branches = d.pop("branches")

        compliant_branches = d.pop("compliant_branches")

        coverage_ratio = d.pop("coverage_ratio")

        covered_units = d.pop("covered_units")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberCount.from_dict(members_item_data)

            members.append(members_item)

        org_id = d.pop("org_id")

        period = d.pop("period")

        units = d.pop("units")

        dashboard = cls(
            branches=branches,
            compliant_branches=compliant_branches,
            coverage_ratio=coverage_ratio,
            covered_units=covered_units,
            members=members,
            org_id=org_id,
            period=period,
            units=units,
        )

        dashboard.additional_properties = d
        return dashboard

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
