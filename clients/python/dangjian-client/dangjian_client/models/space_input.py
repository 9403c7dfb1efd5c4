from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.room_kind import RoomKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpaceInput")


@_attrs_define
class SpaceInput:
    """A community's space as checked.

    Attributes:
        area_id (int): The community.
        area_m2 (int): Floor area in square metres.
        rooms (list[RoomKind]): The function rooms it has, each once.
        checked_on (datetime.date | None | Unset): The day the figures were checked; not after today (default today).
        shared_with (None | str | Unset): The units sharing it.
    """

    area_id: int
    area_m2: int
    rooms: list[RoomKind]
    checked_on: datetime.date | None | Unset = UNSET
    shared_with: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_m2 = self.area_m2

        rooms = []
        for rooms_item_data in self.rooms:
            rooms_item = rooms_item_data.value
            rooms.append(rooms_item)

        checked_on: None | str | Unset
        if isinstance(self.checked_on, Unset):
            checked_on = UNSET
        elif isinstance(self.checked_on, datetime.date):
            checked_on = self.checked_on.isoformat()
        else:
            checked_on = self.checked_on

        shared_with: None | str | Unset
        if isinstance(self.shared_with, Unset):
            shared_with = UNSET
        else:
            shared_with = self.shared_with

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "area_m2": area_m2,
                "rooms": rooms,
            }
        )
        if checked_on is not UNSET:
            field_dict["checked_on"] = checked_on
        if shared_with is not UNSET:
            field_dict["shared_with"] = shared_with

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_m2 = d.pop("area_m2")

        rooms = []
        _rooms = d.pop("rooms")
        for rooms_item_data in _rooms:
            rooms_item = RoomKind(rooms_item_data)

            rooms.append(rooms_item)

        def _parse_checked_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checked_on_type_0 = datetime.date.fromisoformat(data)

                return checked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        checked_on = _parse_checked_on(d.pop("checked_on", UNSET))

        def _parse_shared_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shared_with = _parse_shared_with(d.pop("shared_with", UNSET))

        space_input = cls(
            area_id=area_id,
            area_m2=area_m2,
            rooms=rooms,
            checked_on=checked_on,
            shared_with=shared_with,
        )

        return space_input
