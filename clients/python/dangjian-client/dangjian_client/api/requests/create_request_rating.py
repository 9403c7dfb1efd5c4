from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rating_input import RatingInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token: str,
    *,
    body: RatingInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/request-ratings/{token}".format(
            token=quote(str(token), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: RatingInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Rate a resolved request through its one-time link (public); the link is used up.

     Rate a resolved request through its one-time link (public); the link is used up. Needs no access
    token. Safe to retry with an `Idempotency-Key`. Refusals are problem documents whose `type` is
    listed in `Problem`.

    Args:
        token (str):
        idempotency_key (str | Unset):
        body (RatingInput): The resident's rating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        token=token,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: RatingInput,
    idempotency_key: str | Unset = UNSET,
) -> Any | Problem | None:
    """Rate a resolved request through its one-time link (public); the link is used up.

     Rate a resolved request through its one-time link (public); the link is used up. Needs no access
    token. Safe to retry with an `Idempotency-Key`. Refusals are problem documents whose `type` is
    listed in `Problem`.

    Args:
        token (str):
        idempotency_key (str | Unset):
        body (RatingInput): The resident's rating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        token=token,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: RatingInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Rate a resolved request through its one-time link (public); the link is used up.

     Rate a resolved request through its one-time link (public); the link is used up. Needs no access
    token. Safe to retry with an `Idempotency-Key`. Refusals are problem documents whose `type` is
    listed in `Problem`.

    Args:
        token (str):
        idempotency_key (str | Unset):
        body (RatingInput): The resident's rating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        token=token,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    body: RatingInput,
    idempotency_key: str | Unset = UNSET,
) -> Any | Problem | None:
    """Rate a resolved request through its one-time link (public); the link is used up.

     Rate a resolved request through its one-time link (public); the link is used up. Needs no access
    token. Safe to retry with an `Idempotency-Key`. Refusals are problem documents whose `type` is
    listed in `Problem`.

    Args:
        token (str):
        idempotency_key (str | Unset):
        body (RatingInput): The resident's rating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
