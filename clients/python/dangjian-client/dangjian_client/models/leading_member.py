from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadingMember")


@_attrs_define
class LeadingMember:
    """A member department of a leading body.

    Attributes:
        department (str): The department (成员单位).
        representative (str): Who sits for it.
        post (None | str | Unset): Their post.
    """

    department: str
    representative: str
    post: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        department = self.department

        representative = self.representative

        post: None | str | Unset
        if isinstance(self.post, Unset):
            post = UNSET
        else:
            post = self.post

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "department": department,
                "representative": representative,
            }
        )
        if post is not UNSET:
            field_dict["post"] = post

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department = d.pop("department")

        representative = d.pop("representative")

        def _parse_post(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post = _parse_post(d.pop("post", UNSET))

        leading_member = cls(
            department=department,
            representative=representative,
            post=post,
        )

        return leading_member
