from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewTransfer")


@_attrs_define
class NewTransfer:
    """A new transfer letter.

    Attributes:
        member_id (int): The member to transfer (the caller must hold the membership organization).
        to_org_id (int): The receiving organization (anywhere in the tree).
        cross_province (bool | Unset): Across provinces the letter is valid 6 months instead of 3.
        issued_on (datetime.date | None | Unset): Defaults to today (China Standard Time).
        note (None | str | Unset): Note on the letter.
    """

    member_id: int
    to_org_id: int
    cross_province: bool | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        to_org_id = self.to_org_id

        cross_province = self.cross_province

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_id": member_id,
                "to_org_id": to_org_id,
            }
        )
        if cross_province is not UNSET:
            field_dict["cross_province"] = cross_province
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        to_org_id = d.pop("to_org_id")

        cross_province = d.pop("cross_province", UNSET)

        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        new_transfer = cls(
            member_id=member_id,
            to_org_id=to_org_id,
            cross_province=cross_province,
            issued_on=issued_on,
            note=note,
        )

        return new_transfer
