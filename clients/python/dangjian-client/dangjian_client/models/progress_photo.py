from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgressPhoto")


@_attrs_define
class ProgressPhoto:
    """A photo kept with a progress update.

    Attributes:
        href (str): Where to download it (`GET`, with the caller's token).
        id (int): The photo's id.
        media_type (str): Media type, e.g. `image/jpeg`.
        name (str): File name, as uploaded.
        size_bytes (int): Size in bytes.
    """

    href: str
    id: int
    media_type: str
    name: str
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        media_type = self.media_type

        name = self.name

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
                "media_type": media_type,
                "name": name,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        id = d.pop("id")

        media_type = d.pop("media_type")

        name = d.pop("name")

        size_bytes = d.pop("size_bytes")

        progress_photo = cls(
            href=href,
            id=id,
            media_type=media_type,
            name=name,
            size_bytes=size_bytes,
        )

        progress_photo.additional_properties = d
        return progress_photo

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
