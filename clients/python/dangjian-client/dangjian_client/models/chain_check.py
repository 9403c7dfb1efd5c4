from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainCheck")


@_attrs_define
class ChainCheck:
    """The result of recomputing a member's chain.

    Attributes:
        entries_checked (int): Number of the member's ledger entries recomputed.
        member_id (int): The member whose chain was checked.
        valid (bool): Whether the whole chain holds up to its anchored head.
        broken (None | str | Unset): Where the chain stops holding: `changed` (an entry or a decision does not follow
            from
            its content and the link before), `unchained` (an entry outside the chain) or `head`
            (the newest links were removed, or the head changed).
        first_broken_entry_id (int | None | Unset): The entry at which the chain breaks, when it breaks at an entry.
    """

    entries_checked: int
    member_id: int
    valid: bool
    broken: None | str | Unset = UNSET
    first_broken_entry_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries_checked = self.entries_checked

        member_id = self.member_id

        valid = self.valid

        broken: None | str | Unset
        if isinstance(self.broken, Unset):
            broken = UNSET
        else:
            broken = self.broken

        first_broken_entry_id: int | None | Unset
        if isinstance(self.first_broken_entry_id, Unset):
            first_broken_entry_id = UNSET
        else:
            first_broken_entry_id = self.first_broken_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries_checked": entries_checked,
                "member_id": member_id,
                "valid": valid,
            }
        )
        if broken is not UNSET:
            field_dict["broken"] = broken
        if first_broken_entry_id is not UNSET:
            field_dict["first_broken_entry_id"] = first_broken_entry_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entries_checked = d.pop("entries_checked")

        member_id = d.pop("member_id")

        valid = d.pop("valid")

        def _parse_broken(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        broken = _parse_broken(d.pop("broken", UNSET))

        def _parse_first_broken_entry_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_broken_entry_id = _parse_first_broken_entry_id(d.pop("first_broken_entry_id", UNSET))

        chain_check = cls(
            entries_checked=entries_checked,
            member_id=member_id,
            valid=valid,
            broken=broken,
            first_broken_entry_id=first_broken_entry_id,
        )

        chain_check.additional_properties = d
        return chain_check

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
