from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.area_kind import AreaKind
from ..models.community_type import CommunityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Area")


@_attrs_define
class Area:
    """A governance area.

    Attributes:
        created_at (datetime.datetime): When the area was created (RFC 3339, UTC).
        depth (int): 0 for the city.
        id (int): The area's id.
        kind (AreaKind | str): Level: city 市, district 县区, street 街道/镇, community 社区, grid 网格 or central household 中心户.
        name (str): The area's name.
        updated_at (datetime.datetime): When the area was last changed (RFC 3339, UTC).
        code (None | str | Unset): Administrative division code, if known.
        community_type (CommunityType | None | str | Unset):
        parent_id (int | None | Unset): The area directly above; none for the city.
    """

    created_at: datetime.datetime
    depth: int
    id: int
    kind: AreaKind | str
    name: str
    updated_at: datetime.datetime
    code: None | str | Unset = UNSET
    community_type: CommunityType | None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        depth = self.depth

        id = self.id

        kind: str
        if isinstance(self.kind, AreaKind):
            kind = self.kind.value
        else:
            kind = self.kind

        name = self.name

        updated_at = self.updated_at.isoformat()

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        community_type: None | str | Unset
        if isinstance(self.community_type, Unset):
            community_type = UNSET
        elif isinstance(self.community_type, CommunityType):
            community_type = self.community_type.value
        else:
            community_type = self.community_type

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "depth": depth,
                "id": id,
                "kind": kind,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if community_type is not UNSET:
            field_dict["community_type"] = community_type
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        depth = d.pop("depth")

        id = d.pop("id")

        def _parse_kind(data: object) -> AreaKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = AreaKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_community_type(data: object) -> CommunityType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                community_type_type_0_type_0 = CommunityType(data)

                return community_type_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommunityType | None | str | Unset, data)

        community_type = _parse_community_type(d.pop("community_type", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        area = cls(
            created_at=created_at,
            depth=depth,
            id=id,
            kind=kind,
            name=name,
            updated_at=updated_at,
            code=code,
            community_type=community_type,
            parent_id=parent_id,
        )

        area.additional_properties = d
        return area

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
