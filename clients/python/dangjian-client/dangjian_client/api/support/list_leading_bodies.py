from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.leading_body_list import LeadingBodyList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    area_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["area_id"] = area_id

    params["limit"] = limit

    params["offset"] = offset

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/support/leading-bodies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LeadingBodyList | Problem | None:
    if response.status_code == 200:
        response_200 = LeadingBodyList.from_dict(response.json())

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
) -> Response[LeadingBodyList | Problem]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[LeadingBodyList | Problem]:
    """List the leading bodies of the caller's area and of the levels above it.

     List the leading bodies of the caller's area and of the levels above it. Needs a person's access
    token whose roles allow it, or a service account's token with the `support:read` scope. Answers one
    page; pass `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first
    one costs). Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeadingBodyList | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        limit=limit,
        offset=offset,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> LeadingBodyList | Problem | None:
    """List the leading bodies of the caller's area and of the levels above it.

     List the leading bodies of the caller's area and of the levels above it. Needs a person's access
    token whose roles allow it, or a service account's token with the `support:read` scope. Answers one
    page; pass `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first
    one costs). Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeadingBodyList | Problem
    """

    return sync_detailed(
        client=client,
        area_id=area_id,
        limit=limit,
        offset=offset,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[LeadingBodyList | Problem]:
    """List the leading bodies of the caller's area and of the levels above it.

     List the leading bodies of the caller's area and of the levels above it. Needs a person's access
    token whose roles allow it, or a service account's token with the `support:read` scope. Answers one
    page; pass `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first
    one costs). Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeadingBodyList | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        limit=limit,
        offset=offset,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> LeadingBodyList | Problem | None:
    """List the leading bodies of the caller's area and of the levels above it.

     List the leading bodies of the caller's area and of the levels above it. Needs a person's access
    token whose roles allow it, or a service account's token with the `support:read` scope. Answers one
    page; pass `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first
    one costs). Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeadingBodyList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            area_id=area_id,
            limit=limit,
            offset=offset,
            cursor=cursor,
        )
    ).parsed
