from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """Issued tokens.

    Attributes:
        access_token (str): JWT for `Authorization: Bearer`.
        expires_in (int): Seconds until the access token expires.
        password_change_required (bool): The password must be changed first (`POST /api/v1/me/password`): every other
            request
            answers 403 `/problems/password-change-required` until then.
        second_factor_enrollment_required (bool): An administrator must set up its second factor first (`POST
            /api/v1/me/second-factor`):
            every other request answers 403 `/problems/second-factor-enrollment-required` until then.
        token_type (str): Always `Bearer`.
        refresh_token (None | str | Unset): One-time token for the next `refresh_token` grant (none for client
            credentials).
        scope (None | str | Unset): The scopes the access token carries, space-separated; absent on a person's token
            that
            asked for none.
    """

    access_token: str
    expires_in: int
    password_change_required: bool
    second_factor_enrollment_required: bool
    token_type: str
    refresh_token: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        password_change_required = self.password_change_required

        second_factor_enrollment_required = self.second_factor_enrollment_required

        token_type = self.token_type

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
                "password_change_required": password_change_required,
                "second_factor_enrollment_required": second_factor_enrollment_required,
                "token_type": token_type,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in")

        password_change_required = d.pop("password_change_required")

        second_factor_enrollment_required = d.pop("second_factor_enrollment_required")

        token_type = d.pop("token_type")

        def _parse_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_token = _parse_refresh_token(d.pop("refresh_token", UNSET))

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        token_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            password_change_required=password_change_required,
            second_factor_enrollment_required=second_factor_enrollment_required,
            token_type=token_type,
            refresh_token=refresh_token,
            scope=scope,
        )

        token_response.additional_properties = d
        return token_response

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
