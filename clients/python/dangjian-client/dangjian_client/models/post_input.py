from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.post_kind import PostKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostInput")


@_attrs_define
class PostInput:
    """A practice post to set up.

    Attributes:
        duty (str): What its members answer for.
        kind (PostKind): `model_post` 党员示范岗, `vanguard_team` 党员先锋团队, `responsibility_area` 党员责任区
        member_ids (list[int]): Its members, of the organization's subtree: a vanguard team has at least two
            (`practice-team-small`).
        name (str): Its name.
        org_id (int): The organization setting it up.
        since (datetime.date): The day it was set up; not after today.
        area_id (int | None | Unset): The area it covers: required for a responsibility area (`practice-area-missing`).
    """

    duty: str
    kind: PostKind
    member_ids: list[int]
    name: str
    org_id: int
    since: datetime.date
    area_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duty = self.duty

        kind = self.kind.value

        member_ids = self.member_ids

        name = self.name

        org_id = self.org_id

        since = self.since.isoformat()

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "duty": duty,
                "kind": kind,
                "member_ids": member_ids,
                "name": name,
                "org_id": org_id,
                "since": since,
            }
        )
        if area_id is not UNSET:
            field_dict["area_id"] = area_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duty = d.pop("duty")

        kind = PostKind(d.pop("kind"))

        member_ids = cast(list[int], d.pop("member_ids"))

        name = d.pop("name")

        org_id = d.pop("org_id")

        since = datetime.date.fromisoformat(d.pop("since"))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("area_id", UNSET))

        post_input = cls(
            duty=duty,
            kind=kind,
            member_ids=member_ids,
            name=name,
            org_id=org_id,
            since=since,
            area_id=area_id,
        )

        return post_input
