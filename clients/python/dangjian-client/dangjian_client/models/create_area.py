from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.area_kind import AreaKind
from ..models.community_type import CommunityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateArea")


@_attrs_define
class CreateArea:
    """New area.

    Attributes:
        kind (AreaKind): `city` 市, `district` 县区, `street` 街道/镇, `community` 社区, `grid` 网格, `central_household` 中心户
        name (str): The area's name.
        code (None | str | Unset): Administrative division code, if known.
        community_type (CommunityType | None | Unset):
        parent_id (int | None | Unset): The area above (none only for a city, by the system administrator).
    """

    kind: AreaKind
    name: str
    code: None | str | Unset = UNSET
    community_type: CommunityType | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

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

        field_dict.update(
            {
                "kind": kind,
                "name": name,
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
        kind = AreaKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_community_type(data: object) -> CommunityType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                community_type_type_0 = CommunityType(data)

                return community_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommunityType | None | Unset, data)

        community_type = _parse_community_type(d.pop("community_type", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        create_area = cls(
            kind=kind,
            name=name,
            code=code,
            community_type=community_type,
            parent_id=parent_id,
        )

        return create_area
