from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """A file kept with a meeting.

    Attributes:
        created_at (datetime.datetime): When the file was uploaded (RFC 3339, UTC).
        href (str): Where to download it (`GET`, with the caller's token).
        id (int): Attachment id.
        media_type (str): Media type of the file, e.g. `image/jpeg` or `application/pdf`.
        meeting_id (int): The meeting the file is kept with.
        name (str): File name, as uploaded.
        size_bytes (int): Size of the file in bytes.
        uploaded_by (int | None | Unset): The user account that uploaded the file.
    """

    created_at: datetime.datetime
    href: str
    id: int
    media_type: str
    meeting_id: int
    name: str
    size_bytes: int
    uploaded_by: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        href = self.href

        id = self.id

        media_type = self.media_type

        meeting_id = self.meeting_id

        name = self.name

        size_bytes = self.size_bytes

        uploaded_by: int | None | Unset
        if isinstance(self.uploaded_by, Unset):
            uploaded_by = UNSET
        else:
            uploaded_by = self.uploaded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "href": href,
                "id": id,
                "media_type": media_type,
                "meeting_id": meeting_id,
                "name": name,
                "size_bytes": size_bytes,
            }
        )
        if uploaded_by is not UNSET:
            field_dict["uploaded_by"] = uploaded_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        href = d.pop("href")

        id = d.pop("id")

        media_type = d.pop("media_type")

        meeting_id = d.pop("meeting_id")

        name = d.pop("name")

        size_bytes = d.pop("size_bytes")

        def _parse_uploaded_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        uploaded_by = _parse_uploaded_by(d.pop("uploaded_by", UNSET))

        attachment = cls(
            created_at=created_at,
            href=href,
            id=id,
            media_type=media_type,
            meeting_id=meeting_id,
            name=name,
            size_bytes=size_bytes,
            uploaded_by=uploaded_by,
        )

        attachment.additional_properties = d
        return attachment

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
