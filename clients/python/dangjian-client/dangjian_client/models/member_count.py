from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category
from ..models.stage import Stage

T = TypeVar("T", bound="MemberCount")


@_attrs_define
class MemberCount:
    """Members of one category at one stage.

    Attributes:
        category (Category | str): The members' category (在籍, 在职, 流动, 搬迁入住).
        members (int): Number of members of this category at this stage.
        stage (Stage | str): The members' stage.
    """

    category: Category | str
    members: int
    stage: Stage | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str
        if isinstance(self.category, Category):
            category = self.category.value
        else:
            category = self.category

        members = self.members

        stage: str
        if isinstance(self.stage, Stage):
            stage = self.stage.value
        else:
            stage = self.stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "members": members,
                "stage": stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_category(data: object) -> Category | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = Category(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | str, data)

        category = _parse_category(d.pop("category"))

        members = d.pop("members")

        def _parse_stage(data: object) -> Stage | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = Stage(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Stage | str, data)

        stage = _parse_stage(d.pop("stage"))

        member_count = cls(
            category=category,
            members=members,
            stage=stage,
        )

        member_count.additional_properties = d
        return member_count

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
