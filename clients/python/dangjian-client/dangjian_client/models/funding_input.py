from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.funding_kind import FundingKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingInput")


@_attrs_define
class FundingInput:
    """A funding line to record.

    Attributes:
        amount_yuan (int): Yuan in the year.
        area_id (int): The community.
        kind (FundingKind): `cadre_allowance` 社区干部补贴, `work_funds` 社区工作经费, `service_funds` 服务群众经费,
            `party_building_funds` 党建工作经费, `training_funds` 党员教育培训经费
        year (int): The year; one line of each kind per community and year.
        note (None | str | Unset): A note (the document granting it).
    """

    amount_yuan: int
    area_id: int
    kind: FundingKind
    year: int
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_yuan = self.amount_yuan

        area_id = self.area_id

        kind = self.kind.value

        year = self.year

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_yuan": amount_yuan,
                "area_id": area_id,
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

        kind = FundingKind(d.pop("kind"))

        year = d.pop("year")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        funding_input = cls(
            amount_yuan=amount_yuan,
            area_id=area_id,
            kind=kind,
            year=year,
            note=note,
        )

        return funding_input
