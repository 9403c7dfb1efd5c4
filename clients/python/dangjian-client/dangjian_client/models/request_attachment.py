from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestAttachment")


@_attrs_define
class RequestAttachment:
    """A file kept with a request.

    Attributes:
        created_at (datetime.datetime): When the file was uploaded (RFC 3339, UTC).
        href (str): Where to download it (`GET`, with the caller's token).
        id (int): Attachment id.
        media_type (str): Media type of the file, e.g. `image/jpeg` or `application/pdf`.
        name (str): File name, as uploaded.
        request_id (int): The request the file is kept with.
        size_bytes (int): Size of the file in bytes.
        uploaded_by (int | None | Unset): The user account that uploaded the file.
        uploaded_by_name (None | str | Unset): Name of the uploading account, for display.
    """

    created_at: datetime.datetime
    href: str
    id: int
    media_type: str
    name: str
    request_id: int
    size_bytes: int
    uploaded_by: int | None | Unset = UNSET
    uploaded_by_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        href = self.href

        id = self.id

        media_type = self.media_type

        name = self.name

        request_id = self.request_id

        size_bytes = self.size_bytes

        uploaded_by: int | None | Unset
        if isinstance(self.uploaded_by, Unset):
            uploaded_by = UNSET
        else:
            uploaded_by = self.uploaded_by

        uploaded_by_name: None | str | Unset
        if isinstance(self.uploaded_by_name, Unset):
            uploaded_by_name = UNSET
        else:
            uploaded_by_name = self.uploaded_by_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "href": href,
                "id": id,
                "media_type": media_type,
                "name": name,
                "request_id": request_id,
                "size_bytes": size_bytes,
            }
        )
        if uploaded_by is not UNSET:
            field_dict["uploaded_by"] = uploaded_by
        if uploaded_by_name is not UNSET:
            field_dict["uploaded_by_name"] = uploaded_by_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        href = d.pop("href")

        id = d.pop("id")

        media_type = d.pop("media_type")

        name = d.pop("name")

        request_id = d.pop("request_id")

        size_bytes = d.pop("size_bytes")

        def _parse_uploaded_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        uploaded_by = _parse_uploaded_by(d.pop("uploaded_by", UNSET))

        def _parse_uploaded_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uploaded_by_name = _parse_uploaded_by_name(d.pop("uploaded_by_name", UNSET))

        request_attachment = cls(
            created_at=created_at,
            href=href,
            id=id,
            media_type=media_type,
            name=name,
            request_id=request_id,
            size_bytes=size_bytes,
            uploaded_by=uploaded_by,
            uploaded_by_name=uploaded_by_name,
        )

        request_attachment.additional_properties = d
        return request_attachment

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
