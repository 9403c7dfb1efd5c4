from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Leave")


@_attrs_define
class Leave:
    """A member on leave.

    Attributes:
        member_id (int): The member on leave (请假).
        reason (str): Why the member is on leave.
    """

    member_id: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        reason = self.reason

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

        reason = d.pop("reason")

        leave = cls(
            member_id=member_id,
            reason=reason,
        )

        return leave
