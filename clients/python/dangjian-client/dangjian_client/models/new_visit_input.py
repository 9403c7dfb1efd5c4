from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewVisitInput")


@_attrs_define
class NewVisitInput:
    """A visit to log.

    Attributes:
        topic (str): What the visit was about.
        findings (None | str | Unset): What the visitor found.
        follow_up (None | str | Unset): What follows from the visit.
        request_id (int | None | Unset): A request opened for what the visit found (`POST /requests` with the
            household).
        visited_on (datetime.date | None | Unset): Defaults to today; never after today.
    """

    topic: str
    findings: None | str | Unset = UNSET
    follow_up: None | str | Unset = UNSET
    request_id: int | None | Unset = UNSET
    visited_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

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

        visited_on: None | str | Unset
        if isinstance(self.visited_on, Unset):
            visited_on = UNSET
        elif isinstance(self.visited_on, datetime.date):
            visited_on = self.visited_on.isoformat()
        else:
            visited_on = self.visited_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "topic": topic,
            }
        )
        if findings is not UNSET:
            field_dict["findings"] = findings
        if follow_up is not UNSET:
            field_dict["follow_up"] = follow_up
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if visited_on is not UNSET:
            field_dict["visited_on"] = visited_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic = d.pop("topic")

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

        def _parse_visited_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visited_on_type_0 = datetime.date.fromisoformat(data)

                return visited_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        visited_on = _parse_visited_on(d.pop("visited_on", UNSET))

        new_visit_input = cls(
            topic=topic,
            findings=findings,
            follow_up=follow_up,
            request_id=request_id,
            visited_on=visited_on,
        )

        return new_visit_input
