from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Ranked")


@_attrs_define
class Ranked:
    """A member's place in a ranking.

    Attributes:
        member_id (int): The member ranked.
        name (str): Name of the member, for display.
        percentile (float): Share of members with a lower total, 0–100.
        rank (int): 1 for the highest total.
        total (int): The member's total for the year: base plus approved entries; 0 after a veto.
    """

    member_id: int
    name: str
    percentile: float
    rank: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        name = self.name

        percentile = self.percentile

        rank = self.rank

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_id": member_id,
                "name": name,
                "percentile": percentile,
                "rank": rank,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        name = d.pop("name")

        percentile = d.pop("percentile")

        rank = d.pop("rank")

        total = d.pop("total")

        ranked = cls(
            member_id=member_id,
            name=name,
            percentile=percentile,
            rank=rank,
            total=total,
        )

        ranked.additional_properties = d
        return ranked

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
