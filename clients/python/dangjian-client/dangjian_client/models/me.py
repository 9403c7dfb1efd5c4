from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_kind import AccountKind
from ..models.action import Action
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """The authenticated caller.

    Attributes:
        attachment_max_bytes (int): The largest attachment taken, in bytes (`DANGJIAN_ATTACHMENT_MAX_MB`), so a client
            refuses a larger file before sending it.
        attachment_media_types (list[str]): The attachment media types taken (`DANGJIAN_ATTACHMENT_TYPES`).
        display_name (str): Name shown for the caller.
        id (int): The caller's account id.
        idle_logout_minutes (int): Minutes without activity after which the session ends
            (`DANGJIAN_SESSION_IDLE_MINUTES`);
            the SPA logs out after them.
        kind (AccountKind | str): `person` or `service` (a third-party system).
        permissions (list[Action | str]): What the caller's roles allow; inside its scope for the scoped ones.
        roles (list[Role | str]): The roles granted to the caller.
        second_factor_enabled (bool): Whether the caller logs in with a second factor (TOTP).
        username (str): The caller's login name.
        scope_org_id (int | None | Unset): The organization whose subtree the caller sees (none for the three
            administrators).
        scope_org_name (None | str | Unset): The organization's name, for showing where the caller works.
    """

    attachment_max_bytes: int
    attachment_media_types: list[str]
    display_name: str
    id: int
    idle_logout_minutes: int
    kind: AccountKind | str
    permissions: list[Action | str]
    roles: list[Role | str]
    second_factor_enabled: bool
    username: str
    scope_org_id: int | None | Unset = UNSET
    scope_org_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_max_bytes = self.attachment_max_bytes

        attachment_media_types = self.attachment_media_types

        display_name = self.display_name

        id = self.id

        idle_logout_minutes = self.idle_logout_minutes

        kind: str
        if isinstance(self.kind, AccountKind):
            kind = self.kind.value
        else:
            kind = self.kind

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item: str
            if isinstance(permissions_item_data, Action):
                permissions_item = permissions_item_data.value
            else:
                permissions_item = permissions_item_data
            permissions.append(permissions_item)

        roles = []
        for roles_item_data in self.roles:
            roles_item: str
            if isinstance(roles_item_data, Role):
                roles_item = roles_item_data.value
            else:
                roles_item = roles_item_data
            roles.append(roles_item)

        second_factor_enabled = self.second_factor_enabled

        username = self.username

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment_max_bytes": attachment_max_bytes,
                "attachment_media_types": attachment_media_types,
                "display_name": display_name,
                "id": id,
                "idle_logout_minutes": idle_logout_minutes,
                "kind": kind,
                "permissions": permissions,
                "roles": roles,
                "second_factor_enabled": second_factor_enabled,
                "username": username,
            }
        )
        if scope_org_id is not UNSET:
            field_dict["scope_org_id"] = scope_org_id
        if scope_org_name is not UNSET:
            field_dict["scope_org_name"] = scope_org_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_max_bytes = d.pop("attachment_max_bytes")

        attachment_media_types = cast(list[str], d.pop("attachment_media_types"))

        display_name = d.pop("display_name")

        id = d.pop("id")

        idle_logout_minutes = d.pop("idle_logout_minutes")

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

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:

            def _parse_permissions_item(data: object) -> Action | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    permissions_item_type_0 = Action(data)

                    return permissions_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Action | str, data)

            permissions_item = _parse_permissions_item(permissions_item_data)

            permissions.append(permissions_item)

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

        second_factor_enabled = d.pop("second_factor_enabled")

        username = d.pop("username")

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

        me = cls(
            attachment_max_bytes=attachment_max_bytes,
            attachment_media_types=attachment_media_types,
            display_name=display_name,
            id=id,
            idle_logout_minutes=idle_logout_minutes,
            kind=kind,
            permissions=permissions,
            roles=roles,
            second_factor_enabled=second_factor_enabled,
            username=username,
            scope_org_id=scope_org_id,
            scope_org_name=scope_org_name,
        )

        me.additional_properties = d
        return me

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
