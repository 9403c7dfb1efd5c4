from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.api_scope import ApiScope
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUser")


@_attrs_define
class UpdateUser:
    """Changes to an account; absent fields stay as they are.

    Attributes:
        allowed_addresses (list[str] | None | Unset): Replace a service account's client networks (security
            administrator only; empty:
            anywhere).
        disabled (bool | None | Unset): Disable (revokes its refresh tokens) or enable the account.
        display_name (None | str | Unset): New name shown for the account.
        locked (bool | None | Unset): Clear a login lock (`false`).
        roles (list[Role] | None | Unset): Replace the roles (security administrator only).
        scope_org_id (int | None | Unset): Replace the scope organization (security administrator only); `null` removes
            it.
        scopes (list[ApiScope] | None | Unset): Replace a service account's scopes (security administrator only).
    """

    allowed_addresses: list[str] | None | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    locked: bool | None | Unset = UNSET
    roles: list[Role] | None | Unset = UNSET
    scope_org_id: int | None | Unset = UNSET
    scopes: list[ApiScope] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        allowed_addresses: list[str] | None | Unset
        if isinstance(self.allowed_addresses, Unset):
            allowed_addresses = UNSET
        elif isinstance(self.allowed_addresses, list):
            allowed_addresses = self.allowed_addresses

        else:
            allowed_addresses = self.allowed_addresses

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        locked: bool | None | Unset
        if isinstance(self.locked, Unset):
            locked = UNSET
        else:
            locked = self.locked

        roles: list[str] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.value
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

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

        field_dict.update({})
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if locked is not UNSET:
            field_dict["locked"] = locked
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

        def _parse_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disabled = _parse_disabled(d.pop("disabled", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        locked = _parse_locked(d.pop("locked", UNSET))

        def _parse_roles(data: object) -> list[Role] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = Role(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Role] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

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

        update_user = cls(
            allowed_addresses=allowed_addresses,
            disabled=disabled,
            display_name=display_name,
            locked=locked,
            roles=roles,
            scope_org_id=scope_org_id,
            scopes=scopes,
        )

        return update_user
