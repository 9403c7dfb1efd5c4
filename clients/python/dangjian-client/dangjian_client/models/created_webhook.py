from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType

T = TypeVar("T", bound="CreatedWebhook")


@_attrs_define
class CreatedWebhook:
    """A new subscription with its signing secret, shown this once.

    Attributes:
        active (bool): Paused subscriptions collect nothing.
        created_at (datetime.datetime): When the subscription was created (RFC 3339, UTC).
        event_types (list[EventType | str]): The kinds of change delivered (`member.created`, `request.created`, ...).
        id (int): The subscription's id.
        updated_at (datetime.datetime): When the subscription was last changed (RFC 3339, UTC).
        url (str): Where deliveries are sent.
        user_id (int): The account that subscribed (deliveries only name what it may read).
        secret (str): `whsec_` and the base64 key that signs the deliveries (Standard Webhooks); keep it,
            it is not shown again.
    """

    active: bool
    created_at: datetime.datetime
    event_types: list[EventType | str]
    id: int
    updated_at: datetime.datetime
    url: str
    user_id: int
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item: str
            if isinstance(event_types_item_data, EventType):
                event_types_item = event_types_item_data.value
            else:
                event_types_item = event_types_item_data
            event_types.append(event_types_item)

        id = self.id

        updated_at = self.updated_at.isoformat()

        url = self.url

        user_id = self.user_id

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created_at": created_at,
                "event_types": event_types,
                "id": id,
                "updated_at": updated_at,
                "url": url,
                "user_id": user_id,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:

            def _parse_event_types_item(data: object) -> EventType | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    event_types_item_type_0 = EventType(data)

                    return event_types_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(EventType | str, data)

            event_types_item = _parse_event_types_item(event_types_item_data)

            event_types.append(event_types_item)

        id = d.pop("id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        url = d.pop("url")

        user_id = d.pop("user_id")

        secret = d.pop("secret")

        created_webhook = cls(
            active=active,
            created_at=created_at,
            event_types=event_types,
            id=id,
            updated_at=updated_at,
            url=url,
            user_id=user_id,
            secret=secret,
        )

        created_webhook.additional_properties = d
        return created_webhook

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
