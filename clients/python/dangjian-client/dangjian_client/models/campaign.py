from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """An evaluation campaign.

    Attributes:
        created_at (datetime.datetime): When the campaign was opened (RFC 3339, UTC).
        deadline (datetime.date): Opinions and grades are due by this date.
        excellent (int): Members graded `excellent` (优秀) in this campaign.
        graded (int): Members with a final grade.
        id (int): Campaign id.
        members (int): Members taking part (probationary and full members of the organization's subtree).
        org_id (int): The organization whose subtree's members are evaluated.
        year (int): The year evaluated.
    """

    created_at: datetime.datetime
    deadline: datetime.date
    excellent: int
    graded: int
    id: int
    members: int
    org_id: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        deadline = self.deadline.isoformat()

        excellent = self.excellent

        graded = self.graded

        id = self.id

        members = self.members

        org_id = self.org_id

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "deadline": deadline,
                "excellent": excellent,
                "graded": graded,
                "id": id,
                "members": members,
                "org_id": org_id,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        excellent = d.pop("excellent")

        graded = d.pop("graded")

        id = d.pop("id")

        members = d.pop("members")

        org_id = d.pop("org_id")

        year = d.pop("year")

        campaign = cls(
            created_at=created_at,
            deadline=deadline,
            excellent=excellent,
            graded=graded,
            id=id,
            members=members,
            org_id=org_id,
            year=year,
        )

        campaign.additional_properties = d
        return campaign

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
