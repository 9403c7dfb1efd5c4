from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.purpose import Purpose

T = TypeVar("T", bound="NewPublicity")


@_attrs_define
class NewPublicity:
    """A new publicity.

    Attributes:
        member_id (int): The member: a candidate (for admission) or a probationary member (for conversion).
        purpose (Purpose): `admission` 接收预备党员, `conversion` 预备党员转正
    """

    member_id: int
    purpose: Purpose

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        purpose = self.purpose.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_id": member_id,
                "purpose": purpose,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        purpose = Purpose(d.pop("purpose"))

        new_publicity = cls(
            member_id=member_id,
            purpose=purpose,
        )

        return new_publicity
