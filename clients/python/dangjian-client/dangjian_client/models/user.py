from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_kind import AccountKind
from ..models.api_scope import ApiScope
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """An account.

    Attributes:
        allowed_addresses (list[str]): The client networks a service account may be used from (empty: anywhere).
        created_at (datetime.datetime): When the account was created (RFC 3339, UTC).
        disabled (bool): Whether the account is disabled (it cannot log in).
        display_name (str): Name shown for the account.
        id (int): The account's id.
        kind (AccountKind | str): `person` or `service` (a third-party system using client credentials).
        roles (list[Role | str]): The roles granted to the account.
        updated_at (datetime.datetime): When the account was last changed (RFC 3339, UTC).
        username (str): Login name.
        client_secret (None | str | Unset): A generated client secret, in the answer that created the service account
            only.
        locked_until (datetime.datetime | None | Unset): End of a login lock after too many failed logins.
        scope_org_id (int | None | Unset): The organization whose subtree the account sees.
        scope_org_name (None | str | Unset): Name of the scope organization, for display.
        scopes (list[ApiScope | str] | None | Unset): A service account's allowed OAuth 2.0 scopes (none for a person).
    """

    allowed_addresses: list[str]
    created_at: datetime.datetime
    disabled: bool
    display_name: str
    id: int
    kind: AccountKind | str
    roles: list[Role | str]
    updated_at: datetime.datetime
    username: str
    client_secret: None | str | Unset = UNSET
    locked_until: datetime.datetime | None | Unset = UNSET
    scope_org_id: int | None | Unset = UNSET
    scope_org_name: None | str | Unset = UNSET
    scopes: list[ApiScope | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_addresses = self.allowed_addresses

        created_at = self.created_at.isoformat()

        disabled = self.disabled

        display_name = self.display_name

        id = self.id

        kind: str
        if isinstance(self.kind, AccountKind):
            kind = self.kind.value
        else:
            kind = self.kind

        roles = []
        for roles_item_data in self.roles:
            roles_item: str
            if isinstance(roles_item_data, Role):
                roles_item = roles_item_data.value
            else:
                roles_item = roles_item_data
            roles.append(roles_item)

        updated_at = self.updated_at.isoformat()

        username = self.username

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        locked_until: None | str | Unset
        if isinstance(self.locked_until, Unset):
            locked_until = UNSET
        elif isinstance(self.locked_until, datetime.datetime):
            locked_until = self.locked_until.isoformat()
        else:
            locked_until = self.locked_until

        scope_org_id: int | None | Unset
        if isinstance(self.scope_org_id, Unset):
            scope_org_id = UNSET
        else:
            scope_org_id = self.scope_org_id

        scope_org_name: None | str | Unset
        if isinstance(self.scope_org_name, Unset):
            scope_org_name = UNSET
        else:
            scope_org_name = self.scope_org_name

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = []
            for scopes_type_0_item_data in self.scopes:
                scopes_type_0_item: str
                if isinstance(scopes_type_0_item_data, ApiScope):
                    scopes_type_0_item = scopes_type_0_item_data.value
                else:
                    scopes_type_0_item = scopes_type_0_item_data
                scopes.append(scopes_type_0_item)

        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_addresses": allowed_addresses,
                "created_at": created_at,
                "disabled": disabled,
                "display_name": display_name,
                "id": id,
                "kind": kind,
                "roles": roles,
                "updated_at": updated_at,
                "username": username,
            }
        )
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if locked_until is not UNSET:
            field_dict["locked_until"] = locked_until
        if scope_org_id is not UNSET:
            field_dict["scope_org_id"] = scope_org_id
        if scope_org_name is not UNSET:
            field_dict["scope_org_name"] = scope_org_name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_addresses = cast(list[str], d.pop("allowed_addresses"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        disabled = d.pop("disabled")

        display_name = d.pop("display_name")

        id = d.pop("id")

        def _parse_kind(data: object) -> AccountKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = AccountKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:

            def _parse_roles_item(data: object) -> Role | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    roles_item_type_0 = Role(data)

                    return roles_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Role | str, data)

            roles_item = _parse_roles_item(roles_item_data)

            roles.append(roles_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        username = d.pop("username")

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_locked_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_until_type_0 = datetime.datetime.fromisoformat(data)

                return locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        locked_until = _parse_locked_until(d.pop("locked_until", UNSET))

        def _parse_scope_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scope_org_id = _parse_scope_org_id(d.pop("scope_org_id", UNSET))

        def _parse_scope_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope_org_name = _parse_scope_org_name(d.pop("scope_org_name", UNSET))

        def _parse_scopes(data: object) -> list[ApiScope | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = []
                _scopes_type_0 = data
                for scopes_type_0_item_data in _scopes_type_0:

                    def _parse_scopes_type_0_item(data: object) -> ApiScope | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            scopes_type_0_item_type_0 = ApiScope(data)

                            return scopes_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ApiScope | str, data)

                    scopes_type_0_item = _parse_scopes_type_0_item(scopes_type_0_item_data)

                    scopes_type_0.append(scopes_type_0_item)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApiScope | str] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        user = cls(
            allowed_addresses=allowed_addresses,
            created_at=created_at,
            disabled=disabled,
            display_name=display_name,
            id=id,
            kind=kind,
            roles=roles,
            updated_at=updated_at,
            username=username,
            client_secret=client_secret,
            locked_until=locked_until,
            scope_org_id=scope_org_id,
            scope_org_name=scope_org_name,
            scopes=scopes,
        )

        user.additional_properties = d
        return user

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
