from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.requirement_line import RequirementLine


T = TypeVar("T", bound="BranchCompliance")


@_attrs_define
class BranchCompliance:
    """A branch's compliance.

    Attributes:
        compliant (bool): Nothing missed: every requirement met or still in progress.
        full_members (int): Full members (正式党员) of the branch.
        has_committee (bool): ≥7 full members: a branch committee is expected and its monthly meeting required.
        has_groups (bool): The branch has Party groups (党小组), so their monthly group meeting is required.
        members (int): Probationary and full members of the branch.
        name (str): Name of the branch, for display.
        org_id (int): The branch.
        requirements (list[RequirementLine]): Each required meeting type, checked over the period.
    """

    compliant: bool
    full_members: int
    has_committee: bool
    has_groups: bool
    members: int
    name: str
    org_id: int
    requirements: list[RequirementLine]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compliant = self.compliant

        full_members = self.full_members

        has_committee = self.has_committee

        has_groups = self.has_groups

        members = self.members

        name = self.name

        org_id = self.org_id

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compliant": compliant,
                "full_members": full_members,
                "has_committee": has_committee,
                "has_groups": has_groups,
                "members": members,
                "name": name,
                "org_id": org_id,
                "requirements": requirements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requirement_line import RequirementLine  # noqa: PLC0415

        d = dict(src_dict)
        compliant = d.pop("compliant")

        full_members = d.pop("full_members")

        has_committee = d.pop("has_committee")

        has_groups = d.pop("has_groups")

        members = d.pop("members")

        name = d.pop("name")

        org_id = d.pop("org_id")

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in _requirements:
            requirements_item = RequirementLine.from_dict(requirements_item_data)

            requirements.append(requirements_item)

        branch_compliance = cls(
            compliant=compliant,
            full_members=full_members,
            has_committee=has_committee,
            has_groups=has_groups,
            members=members,
            name=name,
            org_id=org_id,
            requirements=requirements,
        )

        branch_compliance.additional_properties = d
        return branch_compliance

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
