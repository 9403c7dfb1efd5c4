from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberEvent")


@_attrs_define
class MemberEvent:
    """One event in a member's history.

    Attributes:
        created_at (datetime.datetime): When the event was recorded (RFC 3339, UTC).
        id (int): The event's id.
        kind (EventKind | str): What happened (report-in 报到, service, transfer, relocation, stage change, ...).
        member_id (int): The member the event belongs to.
        occurred_on (datetime.date): The date it happened (China Standard Time).
        certificate_no (None | str | Unset): 流动党员活动证 number (inflow/outflow registration).
        content (None | str | Unset): Free text: what was promised, the post, the service, or the note.
        counterpart_org_id (int | None | Unset): The other organization (transfers: the receiving or sending one).
        counterpart_org_name (None | str | Unset): Name of the other organization, for display.
        org_id (int | None | Unset): The organization that recorded it.
        org_name (None | str | Unset): Name of the recording organization, for display.
        recorded_by (int | None | Unset): The user account that recorded it.
        recorded_by_name (None | str | Unset): Name of that user when it was recorded, for display.
        service_hours (float | None | Unset): Volunteer service hours (service and report-in).
    """

    created_at: datetime.datetime
    id: int
    kind: EventKind | str
    member_id: int
    occurred_on: datetime.date
    certificate_no: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    counterpart_org_id: int | None | Unset = UNSET
    counterpart_org_name: None | str | Unset = UNSET
    org_id: int | None | Unset = UNSET
    org_name: None | str | Unset = UNSET
    recorded_by: int | None | Unset = UNSET
    recorded_by_name: None | str | Unset = UNSET
    service_hours: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        kind: str
        if isinstance(self.kind, EventKind):
            kind = self.kind.value
        else:
            kind = self.kind

        member_id = self.member_id

        occurred_on = self.occurred_on.isoformat()

        certificate_no: None | str | Unset
        if isinstance(self.certificate_no, Unset):
            certificate_no = UNSET
        else:
            certificate_no = self.certificate_no

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        counterpart_org_id: int | None | Unset
        if isinstance(self.counterpart_org_id, Unset):
            counterpart_org_id = UNSET
        else:
            counterpart_org_id = self.counterpart_org_id

        counterpart_org_name: None | str | Unset
        if isinstance(self.counterpart_org_name, Unset):
            counterpart_org_name = UNSET
        else:
            counterpart_org_name = self.counterpart_org_name

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        org_name: None | str | Unset
        if isinstance(self.org_name, Unset):
            org_name = UNSET
        else:
            org_name = self.org_name

        recorded_by: int | None | Unset
        if isinstance(self.recorded_by, Unset):
            recorded_by = UNSET
        else:
            recorded_by = self.recorded_by

        recorded_by_name: None | str | Unset
        if isinstance(self.recorded_by_name, Unset):
            recorded_by_name = UNSET
        else:
            recorded_by_name = self.recorded_by_name

        service_hours: float | None | Unset
        if isinstance(self.service_hours, Unset):
            service_hours = UNSET
        else:
            service_hours = self.service_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "kind": kind,
                "member_id": member_id,
                "occurred_on": occurred_on,
            }
        )
        if certificate_no is not UNSET:
            field_dict["certificate_no"] = certificate_no
        if content is not UNSET:
            field_dict["content"] = content
        if counterpart_org_id is not UNSET:
            field_dict["counterpart_org_id"] = counterpart_org_id
        if counterpart_org_name is not UNSET:
            field_dict["counterpart_org_name"] = counterpart_org_name
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if recorded_by is not UNSET:
            field_dict["recorded_by"] = recorded_by
        if recorded_by_name is not UNSET:
            field_dict["recorded_by_name"] = recorded_by_name
        if service_hours is not UNSET:
            field_dict["service_hours"] = service_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        def _parse_kind(data: object) -> EventKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = EventKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        member_id = d.pop("member_id")

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        def _parse_certificate_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_no = _parse_certificate_no(d.pop("certificate_no", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_counterpart_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        counterpart_org_id = _parse_counterpart_org_id(d.pop("counterpart_org_id", UNSET))

        def _parse_counterpart_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        counterpart_org_name = _parse_counterpart_org_name(d.pop("counterpart_org_name", UNSET))

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_name = _parse_org_name(d.pop("org_name", UNSET))

        def _parse_recorded_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by", UNSET))

        def _parse_recorded_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recorded_by_name = _parse_recorded_by_name(d.pop("recorded_by_name", UNSET))

        def _parse_service_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        service_hours = _parse_service_hours(d.pop("service_hours", UNSET))

        member_event = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            member_id=member_id,
            occurred_on=occurred_on,
            certificate_no=certificate_no,
            content=content,
            counterpart_org_id=counterpart_org_id,
            counterpart_org_name=counterpart_org_name,
            org_id=org_id,
            org_name=org_name,
            recorded_by=recorded_by,
            recorded_by_name=recorded_by_name,
            service_hours=service_hours,
        )

        member_event.additional_properties = d
        return member_event

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
