from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purpose import Purpose

if TYPE_CHECKING:
    from ..models.publicity_site import PublicitySite


T = TypeVar("T", bound="Publicity")


@_attrs_define
class Publicity:
    """A publicity and its sites.

    Attributes:
        created_at (datetime.datetime): When the publicity was started (RFC 3339, UTC).
        id (int): Publicity id.
        member_id (int): The member publicized.
        member_name (str): Shown at both sites, whichever side reads it.
        passed (bool): Every required site has passed.
        purpose (Purpose | str): `admission` (candidate → probationary) or `conversion` (probationary → full).
        sites (list[PublicitySite]): Where it is posted: the membership organization, and for mobile and relocated
            members the residence one.
    """

    created_at: datetime.datetime
    id: int
    member_id: int
    member_name: str
    passed: bool
    purpose: Purpose | str
    sites: list[PublicitySite]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        member_id = self.member_id

        member_name = self.member_name

        passed = self.passed

        purpose: str
        if isinstance(self.purpose, Purpose):
            purpose = self.purpose.value
        else:
            purpose = self.purpose

        sites = []
        for sites_item_data in self.sites:
            sites_item = sites_item_data.to_dict()
            sites.append(sites_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "member_id": member_id,
                "member_name": member_name,
                "passed": passed,
                "purpose": purpose,
                "sites": sites,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.publicity_site import PublicitySite  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        member_id = d.pop("member_id")

        member_name = d.pop("member_name")

        passed = d.pop("passed")

        def _parse_purpose(data: object) -> Purpose | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purpose_type_0 = Purpose(data)

                return purpose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Purpose | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        sites = []
        _sites = d.pop("sites")
        for sites_item_data in _sites:
            sites_item = PublicitySite.from_dict(sites_item_data)

            sites.append(sites_item)

        publicity = cls(
            created_at=created_at,
            id=id,
            member_id=member_id,
            member_name=member_name,
            passed=passed,
            purpose=purpose,
            sites=sites,
        )

        publicity.additional_properties = d
        return publicity

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
