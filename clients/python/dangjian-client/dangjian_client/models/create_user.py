from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.account_kind import AccountKind
from ..models.api_scope import ApiScope
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUser")


@_attrs_define
class CreateUser:
    """New account.

    Attributes:
        display_name (str): Name shown for the account (e.g. the person's real name).
        username (str): Login name (letters, digits, `.`, `_`, `-`).
        allowed_addresses (list[str] | None | Unset): The client networks a service account may be used from (addresses
            or CIDR blocks;
            none: anywhere).
        kind (AccountKind | Unset): `person` 人员, `service` 第三方系统
        password (None | str | Unset): A person's one-time initial password (changed at first login; see the password
            rules).
            A service account's client secret is generated and answered once as `client_secret`
            when this is left out (or given here: at least 32 random characters).
        roles (list[Role] | Unset): Must be empty: the system administrator creates accounts and the security
            administrator grants their roles afterwards (三员分立).
        scope_org_id (int | None | Unset): The organization whose subtree the account will see (none for the three
            administrators).
        scopes (list[ApiScope] | None | Unset): A service account's OAuth 2.0 scopes (none: it may call only what needs
            no scope).
    """

    display_name: str
    username: str
    allowed_addresses: list[str] | None | Unset = UNSET
    kind: AccountKind | Unset = UNSET
    password: None | str | Unset = UNSET
    roles: list[Role] | Unset = UNSET
    scope_org_id: int | None | Unset = UNSET
    scopes: list[ApiScope] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        username = self.username

        allowed_addresses: list[str] | None | Unset
        if isinstance(self.allowed_addresses, Unset):
            allowed_addresses = UNSET
        elif isinstance(self.allowed_addresses, list):
            allowed_addresses = self.allowed_addresses

        else:
            allowed_addresses = self.allowed_addresses

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        scope_org_id: int | None | Unset
        if isinstance(self.scope_org_id, Unset):
            scope_org_id = UNSET
        else:
            scope_org_id = self.scope_org_id

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = []
            for scopes_type_0_item_data in self.scopes:
                scopes_type_0_item = scopes_type_0_item_data.value
                scopes.append(scopes_type_0_item)

        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
                "username": username,
            }
        )
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses
        if kind is not UNSET:
            field_dict["kind"] = kind
        if password is not UNSET:
            field_dict["password"] = password
        if roles is not UNSET:
            field_dict["roles"] = roles
        if scope_org_id is not UNSET:
            field_dict["scope_org_id"] = scope_org_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        username = d.pop("username")

        def _parse_allowed_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_addresses_type_0 = cast(list[str], data)

                return allowed_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_addresses = _parse_allowed_addresses(d.pop("allowed_addresses", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: AccountKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = AccountKind(_kind)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = Role(roles_item_data)

                roles.append(roles_item)

        def _parse_scope_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scope_org_id = _parse_scope_org_id(d.pop("scope_org_id", UNSET))

        def _parse_scopes(data: object) -> list[ApiScope] | None | Unset:
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
                    scopes_type_0_item = ApiScope(scopes_type_0_item_data)

                    scopes_type_0.append(scopes_type_0_item)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApiScope] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        create_user = cls(
            display_name=display_name,
            username=username,
            allowed_addresses=allowed_addresses,
            kind=kind,
            password=password,
            roles=roles,
            scope_org_id=scope_org_id,
            scopes=scopes,
        )

        return create_user
