from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category
from ..models.rule_category import RuleCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointsRule")


@_attrs_define
class PointsRule:
    """A version of a points rule.

    Attributes:
        category (RuleCategory | str): Category: `base`, `activity`, `bonus`, `deduction` (扣分) or `veto` (一票否决).
        code (str): The rule's code, shared by all its versions, e.g. `A01`.
        created_at (datetime.datetime): When this version was created (RFC 3339, UTC).
        current (bool): Whether this is the rule's current version.
        id (int): Id of this rule version.
        member_categories (list[Category | str]): Member categories it applies to (empty: all).
        name (str): Name of the item.
        needs_approval (bool): Entries stay pending until approved.
        org_id (int): The organization that defined it; it applies in that organization's subtree.
        org_name (str): Its name (also for an organization above the caller's scope).
        points (int): Points per entry (negative for deductions; 0 for a veto).
        version (int): A change makes a new version; entries keep the version they used.
        cap_per_year (int | None | Unset): Most points counted per member and year.
    """

    category: RuleCategory | str
    code: str
    created_at: datetime.datetime
    current: bool
    id: int
    member_categories: list[Category | str]
    name: str
    needs_approval: bool
    org_id: int
    org_name: str
    points: int
    version: int
    cap_per_year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str
        if isinstance(self.category, RuleCategory):
            category = self.category.value
        else:
            category = self.category

        code = self.code

        created_at = self.created_at.isoformat()

        current = self.current

        id = self.id

        member_categories = []
        for member_categories_item_data in self.member_categories:
            member_categories_item: str
            if isinstance(member_categories_item_data, Category):
                member_categories_item = member_categories_item_data.value
            else:
                member_categories_item = member_categories_item_data
            member_categories.append(member_categories_item)

        name = self.name

        needs_approval = self.needs_approval

        org_id = self.org_id

        org_name = self.org_name

        points = self.points

        version = self.version

        cap_per_year: int | None | Unset
        if isinstance(self.cap_per_year, Unset):
            cap_per_year = UNSET
        else:
            cap_per_year = self.cap_per_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "code": code,
                "created_at": created_at,
                "current": current,
                "id": id,
                "member_categories": member_categories,
                "name": name,
                "needs_approval": needs_approval,
                "org_id": org_id,
                "org_name": org_name,
                "points": points,
                "version": version,
            }
        )
        if cap_per_year is not UNSET:
            field_dict["cap_per_year"] = cap_per_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_category(data: object) -> RuleCategory | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = RuleCategory(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RuleCategory | str, data)

        category = _parse_category(d.pop("category"))

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        current = d.pop("current")

        id = d.pop("id")

        member_categories = []
        _member_categories = d.pop("member_categories")
        for member_categories_item_data in _member_categories:

            def _parse_member_categories_item(data: object) -> Category | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    member_categories_item_type_0 = Category(data)

                    return member_categories_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Category | str, data)

            member_categories_item = _parse_member_categories_item(member_categories_item_data)

            member_categories.append(member_categories_item)

        name = d.pop("name")

        needs_approval = d.pop("needs_approval")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        points = d.pop("points")

        version = d.pop("version")

        def _parse_cap_per_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cap_per_year = _parse_cap_per_year(d.pop("cap_per_year", UNSET))

        points_rule = cls(
            category=category,
            code=code,
            created_at=created_at,
            current=current,
            id=id,
            member_categories=member_categories,
            name=name,
            needs_approval=needs_approval,
            org_id=org_id,
            org_name=org_name,
            points=points,
            version=version,
            cap_per_year=cap_per_year,
        )

        points_rule.additional_properties = d
        return points_rule

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
