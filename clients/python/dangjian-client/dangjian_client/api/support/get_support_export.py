from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    area_id: int | Unset = UNSET,
    year: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["area_id"] = area_id

    params["year"] = year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/support/export.xlsx",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    year: int | Unset = UNSET,
) -> Response[File | Problem]:
    """The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
    demonstration sites and the shortfalls.

     The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
    demonstration sites and the shortfalls. Needs a person's access token whose roles allow it, or a
    service account's token with the `support:read` scope. Refusals are problem documents whose `type`
    is listed in `Problem`.

    Args:
        area_id (int | Unset):
        year (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    year: int | Unset = UNSET,
) -> File | Problem | None:
    """The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
    demonstration sites and the shortfalls.

     The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
    demonstration sites and the shortfalls. Needs a person's access token whose roles allow it, or a
    service account's token with the `support:read` scope. Refusals are problem documents whose `type`
    is listed in `Problem`.

    Args:
        area_id (int | Unset):
        year (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
        area_id=area_id,
        year=year,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    year: int | Unset = UNSET,
) -> Response[File | Problem]:
    """The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
    demonstration sites and the shortfalls.

     The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
    demonstration sites and the shortfalls. Needs a person's access token whose roles allow it, or a
    service account's token with the `support:read` scope. Refusals are problem documents whose `type`
    is listed in `Problem`.

    Args:
        area_id (int | Unset):
        year (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    year: int | Unset = UNSET,
) -> File | Problem | None:
    """The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
    demonstration sites and the shortfalls.

     The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
    demonstration sites and the shortfalls. Needs a person's access token whose roles allow it, or a
    service account's token with the `support:read` scope. Refusals are problem documents whose `type`
    is listed in `Problem`.

    Args:
        area_id (int | Unset):
        year (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            area_id=area_id,
            year=year,
        )
    ).parsed
