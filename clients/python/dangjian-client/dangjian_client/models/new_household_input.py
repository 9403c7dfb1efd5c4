from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewHouseholdInput")


@_attrs_define
class NewHouseholdInput:
    """A new household.

    Attributes:
        address (str): The household's address; kept encrypted, shown masked.
        area_id (int): The grid or central household.
        head_name (str): Name of the head of household (户主); kept encrypted, shown masked.
        residents (int): Number of people living in the household (at least 1).
        note (None | str | Unset): Free-text note about the household.
        origin_contact (None | str | Unset): Phone of a contact at the village of origin (only with `origin_village`);
            shown masked.
        origin_village (None | str | Unset): For relocated households (移民搬迁): the village of origin, which keeps their
            land and forest.
        phone (None | str | Unset): The household's phone; kept encrypted, shown masked.
    """

    address: str
    area_id: int
    head_name: str
    residents: int
    note: None | str | Unset = UNSET
    origin_contact: None | str | Unset = UNSET
    origin_village: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        area_id = self.area_id

        head_name = self.head_name

        residents = self.residents

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

        field_dict.update(
            {
                "address": address,
                "area_id": area_id,
                "head_name": head_name,
                "residents": residents,
            }
        )
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

        head_name = d.pop("head_name")

        residents = d.pop("residents")

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

        new_household_input = cls(
            address=address,
            area_id=area_id,
            head_name=head_name,
            residents=residents,
            note=note,
            origin_contact=origin_contact,
            origin_village=origin_village,
            phone=phone,
        )

        return new_household_input
