from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.field import Field
from ..models.need_source import NeedSource
from ..models.resource_kind import ResourceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="NeedInput")


@_attrs_define
class NeedInput:
    """A need to list.

    Attributes:
        area_id (int): The community.
        description (str): What is needed.
        source (NeedSource): `residents` 居民, `community` 社区, `requests` 居民诉求
        title (str): A short title.
        field (Field | None | Unset):
        request_category_id (int | None | Unset): For needs from resident requests: the request category that keeps
            coming back.
        resolution_id (int | None | Unset): The joint-meeting resolution it comes from.
        wanted_kind (None | ResourceKind | Unset):
    """

    area_id: int
    description: str
    source: NeedSource
    title: str
    field: Field | None | Unset = UNSET
    request_category_id: int | None | Unset = UNSET
    resolution_id: int | None | Unset = UNSET
    wanted_kind: None | ResourceKind | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        description = self.description

        source = self.source.value

        title = self.title

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        elif isinstance(self.field, Field):
            field = self.field.value
        else:
            field = self.field

        request_category_id: int | None | Unset
        if isinstance(self.request_category_id, Unset):
            request_category_id = UNSET
        else:
            request_category_id = self.request_category_id

        resolution_id: int | None | Unset
        if isinstance(self.resolution_id, Unset):
            resolution_id = UNSET
        else:
            resolution_id = self.resolution_id

        wanted_kind: None | str | Unset
        if isinstance(self.wanted_kind, Unset):
            wanted_kind = UNSET
        elif isinstance(self.wanted_kind, ResourceKind):
            wanted_kind = self.wanted_kind.value
        else:
            wanted_kind = self.wanted_kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "description": description,
                "source": source,
                "title": title,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if request_category_id is not UNSET:
            field_dict["request_category_id"] = request_category_id
        if resolution_id is not UNSET:
            field_dict["resolution_id"] = resolution_id
        if wanted_kind is not UNSET:
            field_dict["wanted_kind"] = wanted_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        description = d.pop("description")

        source = NeedSource(d.pop("source"))

        title = d.pop("title")

        def _parse_field(data: object) -> Field | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_0 = Field(data)

                return field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Field | None | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_request_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_category_id = _parse_request_category_id(d.pop("request_category_id", UNSET))

        def _parse_resolution_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resolution_id = _parse_resolution_id(d.pop("resolution_id", UNSET))

        def _parse_wanted_kind(data: object) -> None | ResourceKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                wanted_kind_type_0 = ResourceKind(data)

                return wanted_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceKind | Unset, data)

        wanted_kind = _parse_wanted_kind(d.pop("wanted_kind", UNSET))

        need_input = cls(
            area_id=area_id,
            description=description,
            source=source,
            title=title,
            field=field,
            request_category_id=request_category_id,
            resolution_id=resolution_id,
            wanted_kind=wanted_kind,
        )

        return need_input
