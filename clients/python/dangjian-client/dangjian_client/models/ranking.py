from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket import Bucket
    from ..models.ranked import Ranked


T = TypeVar("T", bound="Ranking")


@_attrs_define
class Ranking:
    """Points ranking of a subtree for a year.

    Attributes:
        distribution (list[Bucket]): Counts per 10-point band.
        members (int): Members ranked: probationary and full members whose membership lies in the subtree.
        org_id (int): The organization whose subtree is ranked.
        top (list[Ranked]): The highest totals, highest first (`top` of the query, default 50).
        year (int): The year ranked.
        member (None | Ranked | Unset):
    """

    distribution: list[Bucket]
    members: int
    org_id: int
    top: list[Ranked]
    year: int
    member: None | Ranked | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ranked import Ranked  # noqa: PLC0415

        distribution = []
        for distribution_item_data in self.distribution:
            distribution_item = distribution_item_data.to_dict()
            distribution.append(distribution_item)

        members = self.members

        org_id = self.org_id

        top = []
        for top_item_data in self.top:
            top_item = top_item_data.to_dict()
            top.append(top_item)

        year = self.year

        member: dict[str, Any] | None | Unset
        if isinstance(self.member, Unset):
            member = UNSET
        elif isinstance(self.member, Ranked):
            member = self.member.to_dict()
        else:
            member = self.member

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "distribution": distribution,
                "members": members,
                "org_id": org_id,
                "top": top,
                "year": year,
            }
        )
        if member is not UNSET:
            field_dict["member"] = member

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bucket import Bucket  # noqa: PLC0415
        from ..models.ranked import Ranked  # noqa: PLC0415

        d = dict(src_dict)
        distribution = []
        _distribution = d.pop("distribution")
        for distribution_item_data in _distribution:
            distribution_item = Bucket.from_dict(distribution_item_data)

            distribution.append(distribution_item)

        members = d.pop("members")

        org_id = d.pop("org_id")

        top = []
        _top = d.pop("top")
        for top_item_data in _top:
            top_item = Ranked.from_dict(top_item_data)

            top.append(top_item)

        year = d.pop("year")

        def _parse_member(data: object) -> None | Ranked | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                member_type_0 = Ranked.from_dict(data)

                return member_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ranked | Unset, data)

        member = _parse_member(d.pop("member", UNSET))

        ranking = cls(
            distribution=distribution,
            members=members,
            org_id=org_id,
            top=top,
            year=year,
            member=member,
        )

        ranking.additional_properties = d
        return ranking

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
