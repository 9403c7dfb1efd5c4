from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHost")


@_attrs_define
class WebhookHost:
    """A host webhook deliveries may go to.

    Attributes:
        created_at (datetime.datetime): When the host was allowed (RFC 3339, UTC).
        id (int): The allowed host's id.
        pattern (str): A host name, or `*.` and a domain for every host below it.
        private (bool): Whether the host may resolve to private, loopback or link-local addresses (a
            receiver on the government intranet) and be reached over plain http.
    """

    created_at: datetime.datetime
    id: int
    pattern: str
    private: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        pattern = self.pattern

        private = self.private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "pattern": pattern,
                "private": private,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        pattern = d.pop("pattern")

        private = d.pop("private")

        webhook_host = cls(
            created_at=created_at,
            id=id,
            pattern=pattern,
            private=private,
        )

        webhook_host.additional_properties = d
        return webhook_host

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
