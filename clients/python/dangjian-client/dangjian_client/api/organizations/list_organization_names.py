import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization_name_list import OrganizationNameList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["limit"] = limit

    params["offset"] = offset

    params["cursor"] = cursor

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organization-names",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganizationNameList | Problem | None:
    if response.status_code == 200:
        response_200 = OrganizationNameList.from_dict(response.json())

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
) -> Response[OrganizationNameList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[OrganizationNameList | Problem]:
    """Names of the organizations of the whole city, in and out of the caller's scope (组织名录).

     A transfer goes to an organization the issuing side does not manage, so its staff must
    find that organization by name; a name is not confidential, nothing else of it is shown.

    Args:
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationNameList | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> OrganizationNameList | Problem | None:
    """Names of the organizations of the whole city, in and out of the caller's scope (组织名录).

     A transfer goes to an organization the issuing side does not manage, so its staff must
    find that organization by name; a name is not confidential, nothing else of it is shown.

    Args:
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationNameList | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[OrganizationNameList | Problem]:
    """Names of the organizations of the whole city, in and out of the caller's scope (组织名录).

     A transfer goes to an organization the issuing side does not manage, so its staff must
    find that organization by name; a name is not confidential, nothing else of it is shown.

    Args:
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationNameList | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> OrganizationNameList | Problem | None:
    """Names of the organizations of the whole city, in and out of the caller's scope (组织名录).

     A transfer goes to an organization the issuing side does not manage, so its staff must
    find that organization by name; a name is not confidential, nothing else of it is shown.

    Args:
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationNameList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            limit=limit,
            offset=offset,
            cursor=cursor,
            updated_since=updated_since,
        )
    ).parsed
