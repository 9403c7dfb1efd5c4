from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_kind import ResourceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CoResource")


@_attrs_define
class CoResource:
    """A resource a unit offers.

    Attributes:
        created_at (datetime.datetime): When it was listed (RFC 3339, UTC).
        description (str): What is offered, and on what terms.
        id (int): The resource's id.
        kind (ResourceKind | str): Venue, volunteers, funds or skills.
        title (str): A short title.
        unit_id (int): The unit offering it.
        unit_name (str): Name of the unit, for display.
        amount_yuan (int | None | Unset): For funds: the amount in yuan.
        available_from (datetime.date | None | Unset): The first day it is available.
        available_until (datetime.date | None | Unset): The last day it is available.
    """

    created_at: datetime.datetime
    description: str
    id: int
    kind: ResourceKind | str
    title: str
    unit_id: int
    unit_name: str
    amount_yuan: int | None | Unset = UNSET
    available_from: datetime.date | None | Unset = UNSET
    available_until: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        kind: str
        if isinstance(self.kind, ResourceKind):
            kind = self.kind.value
        else:
            kind = self.kind

        title = self.title

        unit_id = self.unit_id

        unit_name = self.unit_name

        amount_yuan: int | None | Unset
        if isinstance(self.amount_yuan, Unset):
            amount_yuan = UNSET
        else:
            amount_yuan = self.amount_yuan

        available_from: None | str | Unset
        if isinstance(self.available_from, Unset):
            available_from = UNSET
        elif isinstance(self.available_from, datetime.date):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        available_until: None | str | Unset
        if isinstance(self.available_until, Unset):
            available_until = UNSET
        elif isinstance(self.available_until, datetime.date):
            available_until = self.available_until.isoformat()
        else:
            available_until = self.available_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "id": id,
                "kind": kind,
                "title": title,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )
        if amount_yuan is not UNSET:
            field_dict["amount_yuan"] = amount_yuan
        if available_from is not UNSET:
            field_dict["available_from"] = available_from
        if available_until is not UNSET:
            field_dict["available_until"] = available_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        id = d.pop("id")

        def _parse_kind(data: object) -> ResourceKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = ResourceKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResourceKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        title = d.pop("title")

        unit_id = d.pop("unit_id")

        unit_name = d.pop("unit_name")

        def _parse_amount_yuan(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan", UNSET))

        def _parse_available_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_from_type_0 = datetime.date.fromisoformat(data)

                return available_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        available_from = _parse_available_from(d.pop("available_from", UNSET))

        def _parse_available_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_until_type_0 = datetime.date.fromisoformat(data)

                return available_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        available_until = _parse_available_until(d.pop("available_until", UNSET))

        co_resource = cls(
            created_at=created_at,
            description=description,
            id=id,
            kind=kind,
            title=title,
            unit_id=unit_id,
            unit_name=unit_name,
            amount_yuan=amount_yuan,
            available_from=available_from,
            available_until=available_until,
        )

        co_resource.additional_properties = d
        return co_resource

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
