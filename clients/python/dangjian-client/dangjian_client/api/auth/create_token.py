from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Problem | TokenResponse]:
    """Issue tokens (登录).

     From the fifth failed login (configurable) a username is locked for a minute, twice as
    long with every further failure, up to an hour, whether or not an account has it; a
    locked username answers 429 with `Retry-After`. Service accounts are never locked, and are
    refused from client addresses they are not allowed. Token requests are limited per client
    address (429 `rate-limited`). Every attempt is audited. Refusals carry RFC 6749's `error`
    (`invalid_request`, `invalid_client`, `invalid_grant`, `invalid_scope`,
    `unauthorized_client`, `unsupported_grant_type`) and `error_description` besides the problem.

    Args:
        body (TokenRequest): Token request (RFC 6749 §4.3, §4.4, §6), as `application/x-www-form-
            urlencoded` (standard
            OAuth 2.0 clients) or JSON. A service account may send `client_id` and `client_secret` by
            HTTP Basic instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Problem | TokenResponse | None:
    """Issue tokens (登录).

     From the fifth failed login (configurable) a username is locked for a minute, twice as
    long with every further failure, up to an hour, whether or not an account has it; a
    locked username answers 429 with `Retry-After`. Service accounts are never locked, and are
    refused from client addresses they are not allowed. Token requests are limited per client
    address (429 `rate-limited`). Every attempt is audited. Refusals carry RFC 6749's `error`
    (`invalid_request`, `invalid_client`, `invalid_grant`, `invalid_scope`,
    `unauthorized_client`, `unsupported_grant_type`) and `error_description` besides the problem.

    Args:
        body (TokenRequest): Token request (RFC 6749 §4.3, §4.4, §6), as `application/x-www-form-
            urlencoded` (standard
            OAuth 2.0 clients) or JSON. A service account may send `client_id` and `client_secret` by
            HTTP Basic instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Problem | TokenResponse]:
    """Issue tokens (登录).

     From the fifth failed login (configurable) a username is locked for a minute, twice as
    long with every further failure, up to an hour, whether or not an account has it; a
    locked username answers 429 with `Retry-After`. Service accounts are never locked, and are
    refused from client addresses they are not allowed. Token requests are limited per client
    address (429 `rate-limited`). Every attempt is audited. Refusals carry RFC 6749's `error`
    (`invalid_request`, `invalid_client`, `invalid_grant`, `invalid_scope`,
    `unauthorized_client`, `unsupported_grant_type`) and `error_description` besides the problem.

    Args:
        body (TokenRequest): Token request (RFC 6749 §4.3, §4.4, §6), as `application/x-www-form-
            urlencoded` (standard
            OAuth 2.0 clients) or JSON. A service account may send `client_id` and `client_secret` by
            HTTP Basic instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Problem | TokenResponse | None:
    """Issue tokens (登录).

     From the fifth failed login (configurable) a username is locked for a minute, twice as
    long with every further failure, up to an hour, whether or not an account has it; a
    locked username answers 429 with `Retry-After`. Service accounts are never locked, and are
    refused from client addresses they are not allowed. Token requests are limited per client
    address (429 `rate-limited`). Every attempt is audited. Refusals carry RFC 6749's `error`
    (`invalid_request`, `invalid_client`, `invalid_grant`, `invalid_scope`,
    `unauthorized_client`, `unsupported_grant_type`) and `error_description` besides the problem.

    Args:
        body (TokenRequest): Token request (RFC 6749 §4.3, §4.4, §6), as `application/x-www-form-
            urlencoded` (standard
            OAuth 2.0 clients) or JSON. A service account may send `client_id` and `client_secret` by
            HTTP Basic instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
