from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.grant_type import GrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Token request (RFC 6749 §4.3, §4.4, §6), as `application/x-www-form-urlencoded` (standard
    OAuth 2.0 clients) or JSON. A service account may send `client_id` and `client_secret` by
    HTTP Basic instead.

        Attributes:
            grant_type (GrantType): OAuth 2.0 grant type.
            client_id (None | str | Unset): For `client_credentials`: the service account's username.
            client_secret (None | str | Unset): For `client_credentials`: the service account's secret.
            otp (None | str | Unset): For `password`, when the account has a second factor: the 6-digit code of the
                authenticator app, or one of the recovery codes (`xxxxx-xxxxx`, each good once).
            password (None | str | Unset): For `password`.
            refresh_cookie (bool | Unset): For `password`: keep the refresh token in an HttpOnly, SameSite=Strict cookie
                (`dangjian_refresh`, path `/api/v1/auth`) instead of the answer, where script cannot
                read it (the SPA). A `refresh_token` grant without `refresh_token` then uses the
                cookie and sets the next one there.
            refresh_token (None | str | Unset): For `refresh_token`.
            scope (None | str | Unset): The scopes the tokens are for, space-separated (RFC 6749 §3.3): a service account
                gets
                those of its allowed scopes it asks for (all of them when it asks for none); a person's
                token asking for some is limited to them besides its roles. Example: requests:read requests:write.
            username (None | str | Unset): For `password`.
    """

    grant_type: GrantType
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    otp: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    refresh_cookie: bool | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    username: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        otp: None | str | Unset
        if isinstance(self.otp, Unset):
            otp = UNSET
        else:
            otp = self.otp

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        refresh_cookie = self.refresh_cookie

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

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if otp is not UNSET:
            field_dict["otp"] = otp
        if password is not UNSET:
            field_dict["password"] = password
        if refresh_cookie is not UNSET:
            field_dict["refresh_cookie"] = refresh_cookie
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = GrantType(d.pop("grant_type"))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_otp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        otp = _parse_otp(d.pop("otp", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        refresh_cookie = d.pop("refresh_cookie", UNSET)

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

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            otp=otp,
            password=password,
            refresh_cookie=refresh_cookie,
            refresh_token=refresh_token,
            scope=scope,
            username=username,
        )

        return token_request
