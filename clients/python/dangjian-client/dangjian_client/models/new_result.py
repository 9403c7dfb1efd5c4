from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.grade import Grade
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewResult")


@_attrs_define
class NewResult:
    """A final grade.

    Attributes:
        grade (Grade): `excellent` 优秀, `qualified` 合格, `basically_qualified` 基本合格, `unqualified` 不合格
        member_id (int): The member graded; their membership organization must be in the campaign's subtree.
        reason (None | str | Unset): Required when the grade differs from the suggested one (audited).
    """

    grade: Grade
    member_id: int
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        grade = self.grade.value

        member_id = self.member_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grade": grade,
                "member_id": member_id,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grade = Grade(d.pop("grade"))

        member_id = d.pop("member_id")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        new_result = cls(
            grade=grade,
            member_id=member_id,
            reason=reason,
        )

        return new_result
