from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.objection_status import ObjectionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Objection")


@_attrs_define
class Objection:
    """An objection raised during a publicity.

    Attributes:
        content (str): What the objection says.
        id (int): Objection id.
        raised_on (datetime.date): The date the objection was raised (China Standard Time).
        site_id (int): The publicity site the objection was raised at.
        status (ObjectionStatus | str): `open` (待处理), `upheld` (反映属实, fails the site) or `dismissed` (不属实).
        contact (None | str | Unset): Masked contact of whoever raised it.
        decided_by_name (None | str | Unset): Username of the account that decided it.
        decided_on (datetime.date | None | Unset): The date the objection was decided (China Standard Time).
        decision_note (None | str | Unset): Why the objection was upheld or dismissed.
    """

    content: str
    id: int
    raised_on: datetime.date
    site_id: int
    status: ObjectionStatus | str
    contact: None | str | Unset = UNSET
    decided_by_name: None | str | Unset = UNSET
    decided_on: datetime.date | None | Unset = UNSET
    decision_note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        id = self.id

        raised_on = self.raised_on.isoformat()

        site_id = self.site_id

        status: str
        if isinstance(self.status, ObjectionStatus):
            status = self.status.value
        else:
            status = self.status

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        decided_by_name: None | str | Unset
        if isinstance(self.decided_by_name, Unset):
            decided_by_name = UNSET
        else:
            decided_by_name = self.decided_by_name

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        decision_note: None | str | Unset
        if isinstance(self.decision_note, Unset):
            decision_note = UNSET
        else:
            decision_note = self.decision_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "id": id,
                "raised_on": raised_on,
                "site_id": site_id,
                "status": status,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if decided_by_name is not UNSET:
            field_dict["decided_by_name"] = decided_by_name
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if decision_note is not UNSET:
            field_dict["decision_note"] = decision_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        id = d.pop("id")

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        site_id = d.pop("site_id")

        def _parse_status(data: object) -> ObjectionStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ObjectionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ObjectionStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_decided_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_by_name = _parse_decided_by_name(d.pop("decided_by_name", UNSET))

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))

        def _parse_decision_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_note = _parse_decision_note(d.pop("decision_note", UNSET))

        objection = cls(
            content=content,
            id=id,
            raised_on=raised_on,
            site_id=site_id,
            status=status,
            contact=contact,
            decided_by_name=decided_by_name,
            decided_on=decided_on,
            decision_note=decision_note,
        )

        objection.additional_properties = d
        return objection

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
