from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.category import Category
from ..models.rule_category import RuleCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleInput")


@_attrs_define
class RuleInput:
    """A new rule, or the new version of one.

    Attributes:
        category (RuleCategory): `base` 基础积分, `activity` 活动积分, `bonus` 奖励积分, `deduction` 扣分, `veto` 一票否决
        code (str): Unique code, e.g. `A01`.
        name (str): Name of the item.
        org_id (int): The defining organization (the city committee for standard items).
        points (int): Points per entry: positive, negative for `deduction`, 0 for `veto`.
        cap_per_year (int | None | Unset): Most points counted per member and year; absent for no cap.
        member_categories (list[Category] | Unset): Empty or absent: every category.
        needs_approval (bool | Unset): Entries stay pending until the membership side approves them (default false).
    """

    category: RuleCategory
    code: str
    name: str
    org_id: int
    points: int
    cap_per_year: int | None | Unset = UNSET
    member_categories: list[Category] | Unset = UNSET
    needs_approval: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        code = self.code

        name = self.name

        org_id = self.org_id

        points = self.points

        cap_per_year: int | None | Unset
        if isinstance(self.cap_per_year, Unset):
            cap_per_year = UNSET
        else:
            cap_per_year = self.cap_per_year

        member_categories: list[str] | Unset = UNSET
        if not isinstance(self.member_categories, Unset):
            member_categories = []
            for member_categories_item_data in self.member_categories:
                member_categories_item = member_categories_item_data.value
                member_categories.append(member_categories_item)

        needs_approval = self.needs_approval

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "code": code,
                "name": name,
                "org_id": org_id,
                "points": points,
            }
        )
        if cap_per_year is not UNSET:
            field_dict["cap_per_year"] = cap_per_year
        if member_categories is not UNSET:
            field_dict["member_categories"] = member_categories
        if needs_approval is not UNSET:
            field_dict["needs_approval"] = needs_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = RuleCategory(d.pop("category"))

        code = d.pop("code")

        name = d.pop("name")

        org_id = d.pop("org_id")

        points = d.pop("points")

        def _parse_cap_per_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cap_per_year = _parse_cap_per_year(d.pop("cap_per_year", UNSET))

        _member_categories = d.pop("member_categories", UNSET)
        member_categories: list[Category] | Unset = UNSET
        if _member_categories is not UNSET:
            member_categories = []
            for member_categories_item_data in _member_categories:
                member_categories_item = Category(member_categories_item_data)

                member_categories.append(member_categories_item)

        needs_approval = d.pop("needs_approval", UNSET)

        rule_input = cls(
            category=category,
            code=code,
            name=name,
            org_id=org_id,
            points=points,
            cap_per_year=cap_per_year,
            member_categories=member_categories,
            needs_approval=needs_approval,
        )

        return rule_input
