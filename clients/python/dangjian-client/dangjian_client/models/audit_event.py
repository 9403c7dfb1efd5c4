from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent:
    """One audited action.

    Attributes:
        action (str): `auth.login`, `auth.refresh`, `auth.logout`, `<resource>.create|update|delete`, ...
        id (int): The event's id (its place in the chain).
        object_type (str): The kind of object acted on (`member`, `organization`, `user`, ...).
        occurred_at (datetime.datetime): When it happened (RFC 3339, UTC).
        outcome (str): `success`, `failure` or `denied`.
        actor_id (int | None | Unset): The account that acted (none for an unknown login name).
        actor_username (None | str | Unset): The actor's username; for a login, the name given, even one that names no
            account.
        client_addr (None | str | Unset): The client's IP address.
        detail (None | str | Unset): What else the event records (never personal data in clear).
        object_id (None | str | Unset): The id of the object acted on, if any.
        object_name (None | str | Unset): The object's name (organizations, areas, members, points rules, accounts) as
            it is
            now; none once the object is gone.
        request_id (None | str | Unset): The request it came from (`X-Request-Id`), as in the access log.
    """

    action: str
    id: int
    object_type: str
    occurred_at: datetime.datetime
    outcome: str
    actor_id: int | None | Unset = UNSET
    actor_username: None | str | Unset = UNSET
    client_addr: None | str | Unset = UNSET
    detail: None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    object_name: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        id = self.id

        object_type = self.object_type

        occurred_at = self.occurred_at.isoformat()

        outcome = self.outcome

        actor_id: int | None | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        actor_username: None | str | Unset
        if isinstance(self.actor_username, Unset):
            actor_username = UNSET
        else:
            actor_username = self.actor_username

        client_addr: None | str | Unset
        if isinstance(self.client_addr, Unset):
            client_addr = UNSET
        else:
            client_addr = self.client_addr

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        object_name: None | str | Unset
        if isinstance(self.object_name, Unset):
            object_name = UNSET
        else:
            object_name = self.object_name

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "id": id,
                "object_type": object_type,
                "occurred_at": occurred_at,
                "outcome": outcome,
            }
        )
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if actor_username is not UNSET:
            field_dict["actor_username"] = actor_username
        if client_addr is not UNSET:
            field_dict["client_addr"] = client_addr
        if detail is not UNSET:
            field_dict["detail"] = detail
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if object_name is not UNSET:
            field_dict["object_name"] = object_name
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        id = d.pop("id")

        object_type = d.pop("object_type")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        outcome = d.pop("outcome")

        def _parse_actor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actor_id = _parse_actor_id(d.pop("actor_id", UNSET))

        def _parse_actor_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_username = _parse_actor_username(d.pop("actor_username", UNSET))

        def _parse_client_addr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_addr = _parse_client_addr(d.pop("client_addr", UNSET))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("object_id", UNSET))

        def _parse_object_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_name = _parse_object_name(d.pop("object_name", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        audit_event = cls(
            action=action,
            id=id,
            object_type=object_type,
            occurred_at=occurred_at,
            outcome=outcome,
            actor_id=actor_id,
            actor_username=actor_username,
            client_addr=client_addr,
            detail=detail,
            object_id=object_id,
            object_name=object_name,
            request_id=request_id,
        )

        audit_event.additional_properties = d
        return audit_event

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
