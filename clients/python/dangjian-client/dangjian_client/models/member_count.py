from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category
from ..models.stage import Stage

T = TypeVar("T", bound="MemberCount")


@_attrs_define
class MemberCount:
    """Members of one category at one stage.

    Attributes:
        category (Category): `registered` 在籍党员, `in_service` 在职党员, `mobile` 流动党员, `relocated` 搬迁入住党员
        members (int):
        stage (Stage): `applicant` 入党申请人, `activist` 入党积极分子, `candidate` 发展对象, `probationary` 预备党员, `full` 正式党员
    """

    category: Category
    members: int
    stage: Stage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        members = self.members

        stage = self.stage.value

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
        category = Category(d.pop("category"))

        members = d.pop("members")

        stage = Stage(d.pop("stage"))

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
