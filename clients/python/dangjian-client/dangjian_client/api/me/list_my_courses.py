from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_course_list import MyCourseList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    open_: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["open"] = open_

    params["limit"] = limit

    params["offset"] = offset

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/courses",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MyCourseList | Problem | None:
    if response.status_code == 200:
        response_200 = MyCourseList.from_dict(response.json())

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
) -> Response[MyCourseList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    open_: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[MyCourseList | Problem]:
    """The micro Party courses published for the caller's member record (by its organization and
    the ones above it), newest first, each with the caller's completion.

     The micro Party courses published for the caller's member record (by its organization and
    the ones above it), newest first, each with the caller's completion. Needs an access token whose
    roles allow it. Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a
    long list costs what the first one costs). Refusals are problem documents whose `type` is listed in
    `Problem`.

    Args:
        open_ (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyCourseList | Problem]
    """

    kwargs = _get_kwargs(
        open_=open_,
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
    open_: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> MyCourseList | Problem | None:
    """The micro Party courses published for the caller's member record (by its organization and
    the ones above it), newest first, each with the caller's completion.

     The micro Party courses published for the caller's member record (by its organization and
    the ones above it), newest first, each with the caller's completion. Needs an access token whose
    roles allow it. Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a
    long list costs what the first one costs). Refusals are problem documents whose `type` is listed in
    `Problem`.

    Args:
        open_ (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyCourseList | Problem
    """

    return sync_detailed(
        client=client,
        open_=open_,
        limit=limit,
        offset=offset,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    open_: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[MyCourseList | Problem]:
    """The micro Party courses published for the caller's member record (by its organization and
    the ones above it), newest first, each with the caller's completion.

     The micro Party courses published for the caller's member record (by its organization and
    the ones above it), newest first, each with the caller's completion. Needs an access token whose
    roles allow it. Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a
    long list costs what the first one costs). Refusals are problem documents whose `type` is listed in
    `Problem`.

    Args:
        open_ (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyCourseList | Problem]
    """

    kwargs = _get_kwargs(
        open_=open_,
        limit=limit,
        offset=offset,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    open_: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> MyCourseList | Problem | None:
    """The micro Party courses published for the caller's member record (by its organization and
    the ones above it), newest first, each with the caller's completion.

     The micro Party courses published for the caller's member record (by its organization and
    the ones above it), newest first, each with the caller's completion. Needs an access token whose
    roles allow it. Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a
    long list costs what the first one costs). Refusals are problem documents whose `type` is listed in
    `Problem`.

    Args:
        open_ (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyCourseList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            open_=open_,
            limit=limit,
            offset=offset,
            cursor=cursor,
        )
    ).parsed
