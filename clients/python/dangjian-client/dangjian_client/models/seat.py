from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seat_kind import SeatKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seat")


@_attrs_define
class Seat:
    """A seat on a joint meeting: who sits for which organization, unit or body.

    Attributes:
        holder_name (str): Name of the organization, unit or body holding the seat, for display.
        id (int): The seat's id.
        kind (SeatKind | str): What holds the seat: a Party organization, a unit, or at community level the police,
            the owners' committee or the property company.
        representative (str): The Party member who sits for it (负责人).
        org_id (int | None | Unset): The Party organization holding the seat.
        post (None | str | Unset): The representative's post.
        unit_id (int | None | Unset): The unit holding the seat.
    """

    holder_name: str
    id: int
    kind: SeatKind | str
    representative: str
    org_id: int | None | Unset = UNSET
    post: None | str | Unset = UNSET
    unit_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        holder_name = self.holder_name

        id = self.id

        kind: str
        if isinstance(self.kind, SeatKind):
            kind = self.kind.value
        else:
            kind = self.kind

        representative = self.representative

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        post: None | str | Unset
        if isinstance(self.post, Unset):
            post = UNSET
        else:
            post = self.post

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "holder_name": holder_name,
                "id": id,
                "kind": kind,
                "representative": representative,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if post is not UNSET:
            field_dict["post"] = post
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        holder_name = d.pop("holder_name")

        id = d.pop("id")

        def _parse_kind(data: object) -> SeatKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = SeatKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SeatKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        representative = d.pop("representative")

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_post(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post = _parse_post(d.pop("post", UNSET))

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        seat = cls(
            holder_name=holder_name,
            id=id,
            kind=kind,
            representative=representative,
            org_id=org_id,
            post=post,
            unit_id=unit_id,
        )

        seat.additional_properties = d
        return seat

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
