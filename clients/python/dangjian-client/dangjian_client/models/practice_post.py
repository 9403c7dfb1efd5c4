from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_kind import PostKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_member import PostMember


T = TypeVar("T", bound="PracticePost")


@_attrs_define
class PracticePost:
    """A member practice post (党员示范岗, 党员先锋团队, 党员责任区).

    Attributes:
        duty (str): What its members answer for.
        id (int): The post's id.
        kind (PostKind | str): Kind of post.
        members (list[PostMember]): Its members, by name.
        name (str): Its name (e.g. 便民服务窗口党员示范岗).
        org_id (int): The organization that set it up.
        org_name (str): Name of the organization, for display.
        since (datetime.date): The day it was set up.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        area_id (int | None | Unset): The area a responsibility area covers (buildings, a grid); optional for the
            others.
        area_name (None | str | Unset): Name of the area, for display.
        ended_on (datetime.date | None | Unset): The day it ended, if so.
    """

    duty: str
    id: int
    kind: PostKind | str
    members: list[PostMember]
    name: str
    org_id: int
    org_name: str
    since: datetime.date
    updated_at: datetime.datetime
    area_id: int | None | Unset = UNSET
    area_name: None | str | Unset = UNSET
    ended_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duty = self.duty

        id = self.id

        kind: str
        if isinstance(self.kind, PostKind):
            kind = self.kind.value
        else:
            kind = self.kind

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        name = self.name

        org_id = self.org_id

        org_name = self.org_name

        since = self.since.isoformat()

        updated_at = self.updated_at.isoformat()

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        area_name: None | str | Unset
        if isinstance(self.area_name, Unset):
            area_name = UNSET
        else:
            area_name = self.area_name

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duty": duty,
                "id": id,
                "kind": kind,
                "members": members,
                "name": name,
                "org_id": org_id,
                "org_name": org_name,
                "since": since,
                "updated_at": updated_at,
            }
        )
        if area_id is not UNSET:
            field_dict["area_id"] = area_id
        if area_name is not UNSET:
            field_dict["area_name"] = area_name
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_member import PostMember  # noqa: PLC0415

        d = dict(src_dict)
        duty = d.pop("duty")

        id = d.pop("id")

        def _parse_kind(data: object) -> PostKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = PostKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = PostMember.from_dict(members_item_data)

            members.append(members_item)

        name = d.pop("name")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        since = datetime.date.fromisoformat(d.pop("since"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("area_id", UNSET))

        def _parse_area_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        area_name = _parse_area_name(d.pop("area_name", UNSET))

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))

        practice_post = cls(
            duty=duty,
            id=id,
            kind=kind,
            members=members,
            name=name,
            org_id=org_id,
            org_name=org_name,
            since=since,
            updated_at=updated_at,
            area_id=area_id,
            area_name=area_name,
            ended_on=ended_on,
        )

        practice_post.additional_properties = d
        return practice_post

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
