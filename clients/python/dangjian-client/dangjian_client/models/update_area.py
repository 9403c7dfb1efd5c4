from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.community_type import CommunityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateArea")


@_attrs_define
class UpdateArea:
    """Changes to an area; absent fields stay as they are.

    Attributes:
        code (None | str | Unset): New administrative division code; `null` removes it.
        community_type (CommunityType | None | Unset):
        name (None | str | Unset): New name.
        parent_id (int | None | Unset): Move the area (and everything below it) under another area of the level above.
    """

    code: None | str | Unset = UNSET
    community_type: CommunityType | None | Unset = UNSET
    name: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if community_type is not UNSET:
            field_dict["community_type"] = community_type
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        update_area = cls(
            code=code,
            community_type=community_type,
            name=name,
            parent_id=parent_id,
        )

        return update_area
