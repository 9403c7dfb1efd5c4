from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transfer")


@_attrs_define
class Transfer:
    """A transfer letter (组织关系介绍信).

    Attributes:
        created_at (datetime.datetime): When the letter was recorded (RFC 3339, UTC).
        cross_province (bool): Whether the transfer crosses provinces (the letter is then valid 6 months).
        expires_on (datetime.date): Last day the receiving organization can confirm (3 months; 6 across provinces).
        from_org_id (int): The sending organization (the member's membership organization when issued).
        from_org_name (str): Name of the sending organization, for display.
        id (int): The letter's id.
        issued_on (datetime.date): The date the letter was issued (China Standard Time).
        member_id (int): The member whose membership is transferred.
        member_name (str): Name of the member, for display.
        status (str | TransferStatus): `issued`, `confirmed`, `returned`, or `expired` (issued and past its expiry).
        to_org_id (int): The receiving organization.
        to_org_name (str): Name of the receiving organization, for display.
        updated_at (datetime.datetime): When the letter last changed (RFC 3339, UTC).
        decided_on (datetime.date | None | Unset): The date the receiving organization confirmed or returned it (China
            Standard Time).
        note (None | str | Unset): Note written when the letter was issued.
    """

    created_at: datetime.datetime
    cross_province: bool
    expires_on: datetime.date
    from_org_id: int
    from_org_name: str
    id: int
    issued_on: datetime.date
    member_id: int
    member_name: str
    status: str | TransferStatus
    to_org_id: int
    to_org_name: str
    updated_at: datetime.datetime
    decided_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        cross_province = self.cross_province

        expires_on = self.expires_on.isoformat()

        from_org_id = self.from_org_id

        from_org_name = self.from_org_name

        id = self.id

        issued_on = self.issued_on.isoformat()

        member_id = self.member_id

        member_name = self.member_name

        status: str
        if isinstance(self.status, TransferStatus):
            status = self.status.value
        else:
            status = self.status

        to_org_id = self.to_org_id

        to_org_name = self.to_org_name

        updated_at = self.updated_at.isoformat()

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "cross_province": cross_province,
                "expires_on": expires_on,
                "from_org_id": from_org_id,
                "from_org_name": from_org_name,
                "id": id,
                "issued_on": issued_on,
                "member_id": member_id,
                "member_name": member_name,
                "status": status,
                "to_org_id": to_org_id,
                "to_org_name": to_org_name,
                "updated_at": updated_at,
            }
        )
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        cross_province = d.pop("cross_province")

        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))

        from_org_id = d.pop("from_org_id")

        from_org_name = d.pop("from_org_name")

        id = d.pop("id")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        member_id = d.pop("member_id")

        member_name = d.pop("member_name")

        def _parse_status(data: object) -> str | TransferStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TransferStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TransferStatus, data)

        status = _parse_status(d.pop("status"))

        to_org_id = d.pop("to_org_id")

        to_org_name = d.pop("to_org_name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        transfer = cls(
            created_at=created_at,
            cross_province=cross_province,
            expires_on=expires_on,
            from_org_id=from_org_id,
            from_org_name=from_org_name,
            id=id,
            issued_on=issued_on,
            member_id=member_id,
            member_name=member_name,
            status=status,
            to_org_id=to_org_id,
            to_org_name=to_org_name,
            updated_at=updated_at,
            decided_on=decided_on,
            note=note,
        )

        transfer.additional_properties = d
        return transfer

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
