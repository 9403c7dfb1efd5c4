from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.resource_kind import ResourceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceInput")


@_attrs_define
class ResourceInput:
    """A resource to list.

    Attributes:
        description (str): What is offered, and on what terms.
        kind (ResourceKind): `venue` 场地, `volunteers` 志愿者, `funds` 资金, `skills` 技能
        title (str): A short title.
        unit_id (int): The unit offering it, located in the caller's areas.
        amount_yuan (int | None | Unset): For funds: the amount in yuan.
        available_from (datetime.date | None | Unset): The first day it is available.
        available_until (datetime.date | None | Unset): The last day it is available; not before `available_from`.
    """

    description: str
    kind: ResourceKind
    title: str
    unit_id: int
    amount_yuan: int | None | Unset = UNSET
    available_from: datetime.date | None | Unset = UNSET
    available_until: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        kind = self.kind.value

        title = self.title

        unit_id = self.unit_id

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

        field_dict.update(
            {
                "description": description,
                "kind": kind,
                "title": title,
                "unit_id": unit_id,
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
        description = d.pop("description")

        kind = ResourceKind(d.pop("kind"))

        title = d.pop("title")

        unit_id = d.pop("unit_id")

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

        resource_input = cls(
            description=description,
            kind=kind,
            title=title,
            unit_id=unit_id,
            amount_yuan=amount_yuan,
            available_from=available_from,
            available_until=available_until,
        )

        return resource_input
