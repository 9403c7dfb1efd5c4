from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HouseholdPersonalData")


@_attrs_define
class HouseholdPersonalData:
    """A household's data in full.

    Attributes:
        address (str): The household's address, in full.
        head_name (str): Name of the head of household (户主), in full.
        household_id (int): The household.
        origin_contact (None | str | Unset): Phone of the contact at the village of origin, in full.
        phone (None | str | Unset): The household's phone, in full.
    """

    address: str
    head_name: str
    household_id: int
    origin_contact: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        head_name = self.head_name

        household_id = self.household_id

        origin_contact: None | str | Unset
        if isinstance(self.origin_contact, Unset):
            origin_contact = UNSET
        else:
            origin_contact = self.origin_contact

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
                "head_name": head_name,
                "household_id": household_id,
            }
        )
        if origin_contact is not UNSET:
            field_dict["origin_contact"] = origin_contact
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        head_name = d.pop("head_name")

        household_id = d.pop("household_id")

        def _parse_origin_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_contact = _parse_origin_contact(d.pop("origin_contact", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        household_personal_data = cls(
            address=address,
            head_name=head_name,
            household_id=household_id,
            origin_contact=origin_contact,
            phone=phone,
        )

        household_personal_data.additional_properties = d
        return household_personal_data

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
