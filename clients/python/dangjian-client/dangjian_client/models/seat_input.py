from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.seat_kind import SeatKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeatInput")


@_attrs_define
class SeatInput:
    """A seat to add to a joint meeting.

    Attributes:
        kind (SeatKind): `organization` 党组织, `unit` 驻区单位, `police` 社区民警, `owners_committee` 业主委员会, `property_company`
            物业服务企业
        representative (str): The Party member who sits for it (负责人).
        holder_name (None | str | Unset): For the police, owners' committee and property company: its name (e.g. the
            police station).
        org_id (int | None | Unset): For `organization`: the Party organization.
        post (None | str | Unset): The representative's post.
        unit_id (int | None | Unset): For `unit`: the unit, located in the joint meeting's area.
    """

    kind: SeatKind
    representative: str
    holder_name: None | str | Unset = UNSET
    org_id: int | None | Unset = UNSET
    post: None | str | Unset = UNSET
    unit_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        representative = self.representative

        holder_name: None | str | Unset
        if isinstance(self.holder_name, Unset):
            holder_name = UNSET
        else:
            holder_name = self.holder_name

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

        field_dict.update(
            {
                "kind": kind,
                "representative": representative,
            }
        )
        if holder_name is not UNSET:
            field_dict["holder_name"] = holder_name
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
        kind = SeatKind(d.pop("kind"))

        representative = d.pop("representative")

        def _parse_holder_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holder_name = _parse_holder_name(d.pop("holder_name", UNSET))

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

        seat_input = cls(
            kind=kind,
            representative=representative,
            holder_name=holder_name,
            org_id=org_id,
            post=post,
            unit_id=unit_id,
        )

        return seat_input
