from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_kind import FundingKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingLine")


@_attrs_define
class FundingLine:
    """A funding line of a community's year.

    Attributes:
        amount_yuan (int): Yuan in the year.
        area_id (int): The community.
        area_name (str): Name of the community, for display.
        id (int): The line's id.
        kind (FundingKind | str): What the money is for.
        year (int): The year.
        note (None | str | Unset): A note (the document granting it).
    """

    amount_yuan: int
    area_id: int
    area_name: str
    id: int
    kind: FundingKind | str
    year: int
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_yuan = self.amount_yuan

        area_id = self.area_id

        area_name = self.area_name

        id = self.id

        kind: str
        if isinstance(self.kind, FundingKind):
            kind = self.kind.value
        else:
            kind = self.kind

        year = self.year

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_yuan": amount_yuan,
                "area_id": area_id,
                "area_name": area_name,
                "id": id,
                "kind": kind,
                "year": year,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_yuan = d.pop("amount_yuan")

        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        id = d.pop("id")

        def _parse_kind(data: object) -> FundingKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = FundingKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        year = d.pop("year")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        funding_line = cls(
            amount_yuan=amount_yuan,
            area_id=area_id,
            area_name=area_name,
            id=id,
            kind=kind,
            year=year,
            note=note,
        )

        funding_line.additional_properties = d
        return funding_line

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
