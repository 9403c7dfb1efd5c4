from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.room_kind import RoomKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Space")


@_attrs_define
class Space:
    """A community's office and service space (办公服务用房).

    Attributes:
        area_id (int): The community.
        area_m2 (int): Floor area in square metres.
        area_name (str): Name of the community, for display.
        below_standard (bool): Whether it is below the configured standard.
        checked_on (datetime.date): The day the figures were checked.
        id (int): The record's id.
        missing_rooms (list[RoomKind | str]): The function rooms the policy lists that it lacks.
        rooms (list[RoomKind | str]): The function rooms it has.
        standard_m2 (int): The standard in square metres (`DANGJIAN_OFFICE_SPACE_M2`).
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        shared_with (None | str | Unset): The units sharing it (共享共用).
    """

    area_id: int
    area_m2: int
    area_name: str
    below_standard: bool
    checked_on: datetime.date
    id: int
    missing_rooms: list[RoomKind | str]
    rooms: list[RoomKind | str]
    standard_m2: int
    updated_at: datetime.datetime
    shared_with: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_m2 = self.area_m2

        area_name = self.area_name

        below_standard = self.below_standard

        checked_on = self.checked_on.isoformat()

        id = self.id

        missing_rooms = []
        for missing_rooms_item_data in self.missing_rooms:
            missing_rooms_item: str
            if isinstance(missing_rooms_item_data, RoomKind):
                missing_rooms_item = missing_rooms_item_data.value
            else:
                missing_rooms_item = missing_rooms_item_data
            missing_rooms.append(missing_rooms_item)

        rooms = []
        for rooms_item_data in self.rooms:
            rooms_item: str
            if isinstance(rooms_item_data, RoomKind):
                rooms_item = rooms_item_data.value
            else:
                rooms_item = rooms_item_data
            rooms.append(rooms_item)

        standard_m2 = self.standard_m2

        updated_at = self.updated_at.isoformat()

        shared_with: None | str | Unset
        if isinstance(self.shared_with, Unset):
            shared_with = UNSET
        else:
            shared_with = self.shared_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_m2": area_m2,
                "area_name": area_name,
                "below_standard": below_standard,
                "checked_on": checked_on,
                "id": id,
                "missing_rooms": missing_rooms,
                "rooms": rooms,
                "standard_m2": standard_m2,
                "updated_at": updated_at,
            }
        )
        if shared_with is not UNSET:
            field_dict["shared_with"] = shared_with

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_m2 = d.pop("area_m2")

        area_name = d.pop("area_name")

        below_standard = d.pop("below_standard")

        checked_on = datetime.date.fromisoformat(d.pop("checked_on"))

        id = d.pop("id")

        missing_rooms = []
        _missing_rooms = d.pop("missing_rooms")
        for missing_rooms_item_data in _missing_rooms:

            def _parse_missing_rooms_item(data: object) -> RoomKind | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    missing_rooms_item_type_0 = RoomKind(data)

                    return missing_rooms_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(RoomKind | str, data)

            missing_rooms_item = _parse_missing_rooms_item(missing_rooms_item_data)

            missing_rooms.append(missing_rooms_item)

        rooms = []
        _rooms = d.pop("rooms")
        for rooms_item_data in _rooms:

            def _parse_rooms_item(data: object) -> RoomKind | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    rooms_item_type_0 = RoomKind(data)

                    return rooms_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(RoomKind | str, data)

            rooms_item = _parse_rooms_item(rooms_item_data)

            rooms.append(rooms_item)

        standard_m2 = d.pop("standard_m2")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_shared_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shared_with = _parse_shared_with(d.pop("shared_with", UNSET))

        space = cls(
            area_id=area_id,
            area_m2=area_m2,
            area_name=area_name,
            below_standard=below_standard,
            checked_on=checked_on,
            id=id,
            missing_rooms=missing_rooms,
            rooms=rooms,
            standard_m2=standard_m2,
            updated_at=updated_at,
            shared_with=shared_with,
        )

        space.additional_properties = d
        return space

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
