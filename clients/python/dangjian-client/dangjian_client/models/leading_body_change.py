from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.leading_member import LeadingMember


T = TypeVar("T", bound="LeadingBodyChange")


@_attrs_define
class LeadingBodyChange:
    """A change of a leading body: its head and its members as they now are.

    Attributes:
        head (str): Its head.
        members (list[LeadingMember]): Its member departments.
    """

    head: str
    members: list[LeadingMember]

    def to_dict(self) -> dict[str, Any]:
        head = self.head

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "head": head,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leading_member import LeadingMember  # noqa: PLC0415

        d = dict(src_dict)
        head = d.pop("head")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = LeadingMember.from_dict(members_item_data)

            members.append(members_item)

        leading_body_change = cls(
            head=head,
            members=members,
        )

        return leading_body_change
