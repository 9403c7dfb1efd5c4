from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.area_kind import AreaKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seat import Seat


T = TypeVar("T", bound="JointBody")


@_attrs_define
class JointBody:
    """A joint meeting (联席会) of a street or community.

    Attributes:
        area_id (int): The street or community it belongs to.
        area_name (str): Name of the street or community, for display.
        convener_name (str): The convener (召集人), a member of that organization's leadership.
        convener_org_id (int): The Party organization of the level above the convener comes from.
        convener_org_name (str): Name of that organization, for display.
        convener_post (str): The convener's post in it.
        id (int): The joint meeting's id.
        level (AreaKind | str): `street` or `community`.
        next_due_on (datetime.date): The day by which the next meeting is due (every half year by default).
        overdue (bool): Whether the next meeting is overdue today.
        seats (list[Seat]): Who sits on it.
        set_up_on (datetime.date): The day it was set up (China Standard Time).
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        last_held_on (datetime.date | None | Unset): The day of the last meeting held.
    """

    area_id: int
    area_name: str
    convener_name: str
    convener_org_id: int
    convener_org_name: str
    convener_post: str
    id: int
    level: AreaKind | str
    next_due_on: datetime.date
    overdue: bool
    seats: list[Seat]
    set_up_on: datetime.date
    updated_at: datetime.datetime
    last_held_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        convener_name = self.convener_name

        convener_org_id = self.convener_org_id

        convener_org_name = self.convener_org_name

        convener_post = self.convener_post

        id = self.id

        level: str
        if isinstance(self.level, AreaKind):
            level = self.level.value
        else:
            level = self.level

        next_due_on = self.next_due_on.isoformat()

        overdue = self.overdue

        seats = []
        for seats_item_data in self.seats:
            seats_item = seats_item_data.to_dict()
            seats.append(seats_item)

        set_up_on = self.set_up_on.isoformat()

        updated_at = self.updated_at.isoformat()

        last_held_on: None | str | Unset
        if isinstance(self.last_held_on, Unset):
            last_held_on = UNSET
        elif isinstance(self.last_held_on, datetime.date):
            last_held_on = self.last_held_on.isoformat()
        else:
            last_held_on = self.last_held_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "convener_name": convener_name,
                "convener_org_id": convener_org_id,
                "convener_org_name": convener_org_name,
                "convener_post": convener_post,
                "id": id,
                "level": level,
                "next_due_on": next_due_on,
                "overdue": overdue,
                "seats": seats,
                "set_up_on": set_up_on,
                "updated_at": updated_at,
            }
        )
        if last_held_on is not UNSET:
            field_dict["last_held_on"] = last_held_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.seat import Seat  # noqa: PLC0415

        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        convener_name = d.pop("convener_name")

        convener_org_id = d.pop("convener_org_id")

        convener_org_name = d.pop("convener_org_name")

        convener_post = d.pop("convener_post")

        id = d.pop("id")

        def _parse_level(data: object) -> AreaKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = AreaKind(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AreaKind | str, data)

        level = _parse_level(d.pop("level"))

        next_due_on = datetime.date.fromisoformat(d.pop("next_due_on"))

        overdue = d.pop("overdue")

        seats = []
        _seats = d.pop("seats")
        for seats_item_data in _seats:
            seats_item = Seat.from_dict(seats_item_data)

            seats.append(seats_item)

        set_up_on = datetime.date.fromisoformat(d.pop("set_up_on"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_last_held_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_held_on_type_0 = datetime.date.fromisoformat(data)

                return last_held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_held_on = _parse_last_held_on(d.pop("last_held_on", UNSET))

        joint_body = cls(
            area_id=area_id,
            area_name=area_name,
            convener_name=convener_name,
            convener_org_id=convener_org_id,
            convener_org_name=convener_org_name,
            convener_post=convener_post,
            id=id,
            level=level,
            next_due_on=next_due_on,
            overdue=overdue,
            seats=seats,
            set_up_on=set_up_on,
            updated_at=updated_at,
            last_held_on=last_held_on,
        )

        joint_body.additional_properties = d
        return joint_body

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
