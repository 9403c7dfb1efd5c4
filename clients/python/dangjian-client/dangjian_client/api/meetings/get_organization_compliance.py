from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compliance import Compliance
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    period: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organizations/{id}/compliance".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Compliance | Problem | None:
    if response.status_code == 200:
        response_200 = Compliance.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Compliance | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    period: str,
) -> Response[Compliance | Problem]:
    """Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
    period.

     Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
    period. Needs a person's access token whose roles allow it, or a service account's token with the
    `points:read` scope. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        period (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Compliance | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    period: str,
) -> Compliance | Problem | None:
    """Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
    period.

     Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
    period. Needs a person's access token whose roles allow it, or a service account's token with the
    `points:read` scope. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        period (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Compliance | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        period=period,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    period: str,
) -> Response[Compliance | Problem]:
    """Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
    period.

     Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
    period. Needs a person's access token whose roles allow it, or a service account's token with the
    `points:read` scope. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        period (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Compliance | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    period: str,
) -> Compliance | Problem | None:
    """Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
    period.

     Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
    period. Needs a person's access token whose roles allow it, or a service account's token with the
    `points:read` scope. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        period (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Compliance | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            period=period,
        )
    ).parsed
