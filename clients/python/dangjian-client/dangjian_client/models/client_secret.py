from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClientSecret")


@_attrs_define
class ClientSecret:
    """A new client secret, shown this once.

    Attributes:
        client_id (str): The service account's username.
        client_secret (str): The new secret: store it now, it is not shown again.
        previous_secret_valid_until (datetime.datetime): Until when the secret it replaces is still accepted.
    """

    client_id: str
    client_secret: str
    previous_secret_valid_until: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        previous_secret_valid_until = self.previous_secret_valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "previous_secret_valid_until": previous_secret_valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        previous_secret_valid_until = datetime.datetime.fromisoformat(d.pop("previous_secret_valid_until"))

        client_secret = cls(
            client_id=client_id,
            client_secret=client_secret,
            previous_secret_valid_until=previous_secret_valid_until,
        )

        client_secret.additional_properties = d
        return client_secret

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
