import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.voting_roster import VotingRoster
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    on: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on = on.isoformat()
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organizations/{id}/voting-roster".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VotingRoster | None:
    if response.status_code == 200:
        response_200 = VotingRoster.from_dict(response.json())

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
) -> Response[Problem | VotingRoster]:
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
    on: datetime.date,
) -> Response[Problem | VotingRoster]:
    """Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
    branch's full members then; a meeting's record names any it excludes.

     Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
    branch's full members then; a meeting's record names any it excludes. Needs a person's access token
    whose roles allow it, or a service account's token with the `members:read` scope. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VotingRoster]
    """

    kwargs = _get_kwargs(
        id=id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date,
) -> Problem | VotingRoster | None:
    """Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
    branch's full members then; a meeting's record names any it excludes.

     Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
    branch's full members then; a meeting's record names any it excludes. Needs a person's access token
    whose roles allow it, or a service account's token with the `members:read` scope. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VotingRoster
    """

    return sync_detailed(
        id=id,
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date,
) -> Response[Problem | VotingRoster]:
    """Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
    branch's full members then; a meeting's record names any it excludes.

     Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
    branch's full members then; a meeting's record names any it excludes. Needs a person's access token
    whose roles allow it, or a service account's token with the `members:read` scope. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VotingRoster]
    """

    kwargs = _get_kwargs(
        id=id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date,
) -> Problem | VotingRoster | None:
    """Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
    branch's full members then; a meeting's record names any it excludes.

     Who is entitled to vote at a branch's general meeting on a date (应到会有表决权党员): the
    branch's full members then; a meeting's record names any it excludes. Needs a person's access token
    whose roles allow it, or a service account's token with the `members:read` scope. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VotingRoster
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            on=on,
        )
    ).parsed
