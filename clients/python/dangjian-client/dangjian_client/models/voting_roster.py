from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.roster_member import RosterMember


T = TypeVar("T", bound="VotingRoster")


@_attrs_define
class VotingRoster:
    """A branch's full members on a date: those entitled to vote at its general meeting, before
    any named exclusion.

        Attributes:
            full_members (list[RosterMember]): The branch's full members (正式党员) on that date.
            on (datetime.date): The meeting date the roster is for.
            org_id (int): The branch.
    """

    full_members: list[RosterMember]
    on: datetime.date
    org_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_members = []
        for full_members_item_data in self.full_members:
            full_members_item = full_members_item_data.to_dict()
            full_members.append(full_members_item)

        on = self.on.isoformat()

        org_id = self.org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "full_members": full_members,
                "on": on,
                "org_id": org_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_member import RosterMember  # noqa: PLC0415

        d = dict(src_dict)
        full_members = []
        _full_members = d.pop("full_members")
        for full_members_item_data in _full_members:
            full_members_item = RosterMember.from_dict(full_members_item_data)

            full_members.append(full_members_item)

        on = datetime.date.fromisoformat(d.pop("on"))

        org_id = d.pop("org_id")

        voting_roster = cls(
            full_members=full_members,
            on=on,
            org_id=org_id,
        )

        voting_roster.additional_properties = d
        return voting_roster

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
