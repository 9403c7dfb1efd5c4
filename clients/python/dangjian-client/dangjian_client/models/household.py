from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Household")


@_attrs_define
class Household:
    """A household (户), its head's data masked.

    Attributes:
        address (str): The household's address, masked (only the community is shown).
        area_id (int): The grid or central household it belongs to.
        area_name (str): Name of the grid or central household, for display.
        created_at (datetime.datetime): When the household was added (RFC 3339, UTC).
        head_name (str): Name of the head of household (户主), masked.
        id (int): Household id.
        residents (int): Number of people living in the household.
        last_visited_on (datetime.date | None | Unset): The day of the latest visit.
        note (None | str | Unset): Free-text note about the household.
        origin_contact (None | str | Unset): Phone of the contact at the village of origin, masked.
        origin_village (None | str | Unset): For relocated households (移民搬迁): the village of origin, which keeps their
            land and
            forest, and a contact there (masked).
        phone (None | str | Unset): The household's phone, masked.
    """

    address: str
    area_id: int
    area_name: str
    created_at: datetime.datetime
    head_name: str
    id: int
    residents: int
    last_visited_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET
    origin_contact: None | str | Unset = UNSET
    origin_village: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        area_id = self.area_id

        area_name = self.area_name

        created_at = self.created_at.isoformat()

        head_name = self.head_name

        id = self.id

        residents = self.residents

        last_visited_on: None | str | Unset
        if isinstance(self.last_visited_on, Unset):
            last_visited_on = UNSET
        elif isinstance(self.last_visited_on, datetime.date):
            last_visited_on = self.last_visited_on.isoformat()
        else:
            last_visited_on = self.last_visited_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        origin_contact: None | str | Unset
        if isinstance(self.origin_contact, Unset):
            origin_contact = UNSET
        else:
            origin_contact = self.origin_contact

        origin_village: None | str | Unset
        if isinstance(self.origin_village, Unset):
            origin_village = UNSET
        else:
            origin_village = self.origin_village

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "area_id": area_id,
                "area_name": area_name,
                "created_at": created_at,
                "head_name": head_name,
                "id": id,
                "residents": residents,
            }
        )
        if last_visited_on is not UNSET:
            field_dict["last_visited_on"] = last_visited_on
        if note is not UNSET:
            field_dict["note"] = note
        if origin_contact is not UNSET:
            field_dict["origin_contact"] = origin_contact
        if origin_village is not UNSET:
            field_dict["origin_village"] = origin_village
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        head_name = d.pop("head_name")

        id = d.pop("id")

        residents = d.pop("residents")

        def _parse_last_visited_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_visited_on_type_0 = datetime.date.fromisoformat(data)

                return last_visited_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_visited_on = _parse_last_visited_on(d.pop("last_visited_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_origin_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_contact = _parse_origin_contact(d.pop("origin_contact", UNSET))

        def _parse_origin_village(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_village = _parse_origin_village(d.pop("origin_village", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        household = cls(
            address=address,
            area_id=area_id,
            area_name=area_name,
            created_at=created_at,
            head_name=head_name,
            id=id,
            residents=residents,
            last_visited_on=last_visited_on,
            note=note,
            origin_contact=origin_contact,
            origin_village=origin_village,
            phone=phone,
        )

        household.additional_properties = d
        return household

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
