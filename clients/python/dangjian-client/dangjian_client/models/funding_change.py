from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingChange")


@_attrs_define
class FundingChange:
    """A funding line's amount or note as corrected; the community, year and kind stay.

    Attributes:
        amount_yuan (int | None | Unset): Yuan in the year.
        note (None | str | Unset): A note (the document granting it); `null` removes it.
    """

    amount_yuan: int | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_yuan: int | None | Unset
        if isinstance(self.amount_yuan, Unset):
            amount_yuan = UNSET
        else:
            amount_yuan = self.amount_yuan

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount_yuan is not UNSET:
            field_dict["amount_yuan"] = amount_yuan
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount_yuan(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        funding_change = cls(
            amount_yuan=amount_yuan,
            note=note,
        )

        return funding_change
