from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Resolution")


@_attrs_define
class Resolution:
    """A resolution (决议) of a meeting, which projects and tasks can cite.

    Attributes:
        created_at (datetime.datetime): When it was recorded (RFC 3339, UTC).
        id (int): The resolution's id.
        meeting_id (int): The meeting that passed it.
        text (str): What was resolved.
    """

    created_at: datetime.datetime
    id: int
    meeting_id: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        meeting_id = self.meeting_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "meeting_id": meeting_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        meeting_id = d.pop("meeting_id")

        text = d.pop("text")

        resolution = cls(
            created_at=created_at,
            id=id,
            meeting_id=meeting_id,
            text=text,
        )

        resolution.additional_properties = d
        return resolution

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
