from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field import Field
from ..models.need_source import NeedSource
from ..models.resource_kind import ResourceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Need")


@_attrs_define
class Need:
    """A need (需求清单).

    Attributes:
        area_id (int): The community it is in.
        area_name (str): Name of the community, for display.
        created_at (datetime.datetime): When it was listed (RFC 3339, UTC).
        description (str): What is needed.
        id (int): The need's id.
        source (NeedSource | str): Where it comes from: residents, the community, or resident requests that keep coming
            back.
        taken (bool): Whether a project has taken it up.
        title (str): A short title.
        field (Field | None | str | Unset):
        request_category_id (int | None | Unset): For needs from resident requests: the request category.
        resolution_id (int | None | Unset): The joint-meeting resolution it came from.
        wanted_kind (None | ResourceKind | str | Unset):
    """

    area_id: int
    area_name: str
    created_at: datetime.datetime
    description: str
    id: int
    source: NeedSource | str
    taken: bool
    title: str
    field: Field | None | str | Unset = UNSET
    request_category_id: int | None | Unset = UNSET
    resolution_id: int | None | Unset = UNSET
    wanted_kind: None | ResourceKind | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        source: str
        if isinstance(self.source, NeedSource):
            source = self.source.value
        else:
            source = self.source

        taken = self.taken

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "created_at": created_at,
                "description": description,
                "id": id,
                "source": source,
                "taken": taken,
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

        area_name = d.pop("area_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        id = d.pop("id")

        def _parse_source(data: object) -> NeedSource | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = NeedSource(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NeedSource | str, data)

        source = _parse_source(d.pop("source"))

        taken = d.pop("taken")

        title = d.pop("title")

        def _parse_field(data: object) -> Field | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_0_type_0 = Field(data)

                return field_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Field | None | str | Unset, data)

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

        def _parse_wanted_kind(data: object) -> None | ResourceKind | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                wanted_kind_type_0_type_0 = ResourceKind(data)

                return wanted_kind_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceKind | str | Unset, data)

        wanted_kind = _parse_wanted_kind(d.pop("wanted_kind", UNSET))

        need = cls(
            area_id=area_id,
            area_name=area_name,
            created_at=created_at,
            description=description,
            id=id,
            source=source,
            taken=taken,
            title=title,
            field=field,
            request_category_id=request_category_id,
            resolution_id=resolution_id,
            wanted_kind=wanted_kind,
        )

        need.additional_properties = d
        return need

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
