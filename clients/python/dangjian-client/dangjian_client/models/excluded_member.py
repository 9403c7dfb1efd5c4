from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.exclusion_reason import ExclusionReason

T = TypeVar("T", bound="ExcludedMember")


@_attrs_define
class ExcludedMember:
    """A full member a branch meeting does not count as entitled to vote, and why.

    Attributes:
        member_id (int): The full member to exclude (must be on the branch's roster on the meeting date).
        reason (ExclusionReason): `abroad` 长期出国（境）, `serious_illness` 身患重病, `rights_suspended` 被停止表决权
    """

    member_id: int
    reason: ExclusionReason

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        reason = self.reason.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_id": member_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        reason = ExclusionReason(d.pop("reason"))

        excluded_member = cls(
            member_id=member_id,
            reason=reason,
        )

        return excluded_member
