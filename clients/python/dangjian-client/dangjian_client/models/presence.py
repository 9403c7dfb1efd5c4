from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Presence")


@_attrs_define
class Presence:
    """Whether a seat's holder was at a meeting.

    Attributes:
        present (bool): Whether its representative (or a stand-in) was present.
        seat_id (int): The seat.
    """

    present: bool
    seat_id: int

    def to_dict(self) -> dict[str, Any]:
        present = self.present

        seat_id = self.seat_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "present": present,
                "seat_id": seat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        present = d.pop("present")

        seat_id = d.pop("seat_id")

        presence = cls(
            present=present,
            seat_id=seat_id,
        )

        return presence
