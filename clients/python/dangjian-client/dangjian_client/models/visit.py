from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Visit")


@_attrs_define
class Visit:
    """A household visit.

    Attributes:
        created_at (datetime.datetime): When the visit was logged (RFC 3339, UTC).
        household_id (int): The household visited.
        id (int): Visit id.
        topic (str): What the visit was about.
        visited_on (datetime.date): The date of the visit (China Standard Time).
        visitor_name (str): Who visited (the account's display name).
        findings (None | str | Unset): What the visitor found.
        follow_up (None | str | Unset): What follows from the visit.
        request_id (int | None | Unset): The request opened for it, if any.
    """

    created_at: datetime.datetime
    household_id: int
    id: int
    topic: str
    visited_on: datetime.date
    visitor_name: str
    findings: None | str | Unset = UNSET
    follow_up: None | str | Unset = UNSET
    request_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        household_id = self.household_id

        id = self.id

        topic = self.topic

        visited_on = self.visited_on.isoformat()

        visitor_name = self.visitor_name

        findings: None | str | Unset
        if isinstance(self.findings, Unset):
            findings = UNSET
        else:
            findings = self.findings

        follow_up: None | str | Unset
        if isinstance(self.follow_up, Unset):
            follow_up = UNSET
        else:
            follow_up = self.follow_up

        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "household_id": household_id,
                "id": id,
                "topic": topic,
                "visited_on": visited_on,
                "visitor_name": visitor_name,
            }
        )
        if findings is not UNSET:
            field_dict["findings"] = findings
        if follow_up is not UNSET:
            field_dict["follow_up"] = follow_up
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        household_id = d.pop("household_id")

        id = d.pop("id")

        topic = d.pop("topic")

        visited_on = datetime.date.fromisoformat(d.pop("visited_on"))

        visitor_name = d.pop("visitor_name")

        def _parse_findings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        findings = _parse_findings(d.pop("findings", UNSET))

        def _parse_follow_up(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        follow_up = _parse_follow_up(d.pop("follow_up", UNSET))

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        visit = cls(
            created_at=created_at,
            household_id=household_id,
            id=id,
            topic=topic,
            visited_on=visited_on,
            visitor_name=visitor_name,
            findings=findings,
            follow_up=follow_up,
            request_id=request_id,
        )

        visit.additional_properties = d
        return visit

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
