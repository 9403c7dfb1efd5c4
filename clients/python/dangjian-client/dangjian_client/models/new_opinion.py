from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.grade import Grade
from ..models.management_side import ManagementSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewOpinion")


@_attrs_define
class NewOpinion:
    """An opinion on a member for a year.

    Attributes:
        comment (str): The comment with the grade.
        grade (Grade): `excellent` 优秀, `qualified` 合格, `basically_qualified` 基本合格, `unqualified` 不合格
        year (int): The year the opinion is for.
        side (ManagementSide | None | Unset):
    """

    comment: str
    grade: Grade
    year: int
    side: ManagementSide | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        grade = self.grade.value

        year = self.year

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        elif isinstance(self.side, ManagementSide):
            side = self.side.value
        else:
            side = self.side

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "comment": comment,
                "grade": grade,
                "year": year,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment")

        grade = Grade(d.pop("grade"))

        year = d.pop("year")

        def _parse_side(data: object) -> ManagementSide | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_0 = ManagementSide(data)

                return side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagementSide | None | Unset, data)

        side = _parse_side(d.pop("side", UNSET))

        new_opinion = cls(
            comment=comment,
            grade=grade,
            year=year,
            side=side,
        )

        return new_opinion
