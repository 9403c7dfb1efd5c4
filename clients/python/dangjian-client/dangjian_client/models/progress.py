from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.progress_photo import ProgressPhoto


T = TypeVar("T", bound="Progress")


@_attrs_define
class Progress:
    """A progress update of a project.

    Attributes:
        id (int): The update's id.
        note (str): What was done.
        photos (list[ProgressPhoto]): Its photos (`POST /co-building/projects/{id}/progress/{progress_id}/photos`).
        recorded_by_name (str): Who recorded it, for display.
        recorded_on (datetime.date): The day it reports on (China Standard Time).
    """

    id: int
    note: str
    photos: list[ProgressPhoto]
    recorded_by_name: str
    recorded_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        note = self.note

        photos = []
        for photos_item_data in self.photos:
            photos_item = photos_item_data.to_dict()
            photos.append(photos_item)

        recorded_by_name = self.recorded_by_name

        recorded_on = self.recorded_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "note": note,
                "photos": photos,
                "recorded_by_name": recorded_by_name,
                "recorded_on": recorded_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_photo import ProgressPhoto  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        note = d.pop("note")

        photos = []
        _photos = d.pop("photos")
        for photos_item_data in _photos:
            photos_item = ProgressPhoto.from_dict(photos_item_data)

            photos.append(photos_item)

        recorded_by_name = d.pop("recorded_by_name")

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))

        progress = cls(
            id=id,
            note=note,
            photos=photos,
            recorded_by_name=recorded_by_name,
            recorded_on=recorded_on,
        )

        progress.additional_properties = d
        return progress

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
