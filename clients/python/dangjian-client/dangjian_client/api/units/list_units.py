import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.field import Field
from ...models.problem import Problem
from ...models.unit_list import UnitList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    within_org: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    field: Field | Unset = UNSET,
    covered: bool | Unset = UNSET,
    vertical: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["within_org"] = within_org

    params["area_id"] = area_id

    json_field: str | Unset = UNSET
    if not isinstance(field, Unset):
        json_field = field.value

    params["field"] = json_field

    params["covered"] = covered

    params["vertical"] = vertical

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
        "url": "/api/v1/units",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UnitList | None:
    if response.status_code == 200:
        response_200 = UnitList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UnitList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    within_org: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    field: Field | Unset = UNSET,
    covered: bool | Unset = UNSET,
    vertical: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[Problem | UnitList]:
    """List units in the caller's scope.

     List units in the caller's scope. Needs a person's access token whose roles allow it, or a service
    account's token with the `organizations:read` scope. Answers one page; pass `next_cursor` as
    `cursor` for the next (the page deep in a long list costs what the first one costs). With
    `updated_since`, only what changed since then, in the order of change. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        within_org (int | Unset):
        area_id (int | Unset):
        field (Field | Unset): `government_agency` 机关, `public_institution` 事业单位,
            `state_enterprise` 国有企业, `private_enterprise` 非公企业, `social_organization` 社会组织,
            `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet` 互联网业
        covered (bool | Unset):
        vertical (bool | Unset):
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitList]
    """

    kwargs = _get_kwargs(
        within_org=within_org,
        area_id=area_id,
        field=field,
        covered=covered,
        vertical=vertical,
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
    within_org: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    field: Field | Unset = UNSET,
    covered: bool | Unset = UNSET,
    vertical: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Problem | UnitList | None:
    """List units in the caller's scope.

     List units in the caller's scope. Needs a person's access token whose roles allow it, or a service
    account's token with the `organizations:read` scope. Answers one page; pass `next_cursor` as
    `cursor` for the next (the page deep in a long list costs what the first one costs). With
    `updated_since`, only what changed since then, in the order of change. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        within_org (int | Unset):
        area_id (int | Unset):
        field (Field | Unset): `government_agency` 机关, `public_institution` 事业单位,
            `state_enterprise` 国有企业, `private_enterprise` 非公企业, `social_organization` 社会组织,
            `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet` 互联网业
        covered (bool | Unset):
        vertical (bool | Unset):
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitList
    """

    return sync_detailed(
        client=client,
        within_org=within_org,
        area_id=area_id,
        field=field,
        covered=covered,
        vertical=vertical,
        q=q,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    within_org: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    field: Field | Unset = UNSET,
    covered: bool | Unset = UNSET,
    vertical: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[Problem | UnitList]:
    """List units in the caller's scope.

     List units in the caller's scope. Needs a person's access token whose roles allow it, or a service
    account's token with the `organizations:read` scope. Answers one page; pass `next_cursor` as
    `cursor` for the next (the page deep in a long list costs what the first one costs). With
    `updated_since`, only what changed since then, in the order of change. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        within_org (int | Unset):
        area_id (int | Unset):
        field (Field | Unset): `government_agency` 机关, `public_institution` 事业单位,
            `state_enterprise` 国有企业, `private_enterprise` 非公企业, `social_organization` 社会组织,
            `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet` 互联网业
        covered (bool | Unset):
        vertical (bool | Unset):
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitList]
    """

    kwargs = _get_kwargs(
        within_org=within_org,
        area_id=area_id,
        field=field,
        covered=covered,
        vertical=vertical,
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
    within_org: int | Unset = UNSET,
    area_id: int | Unset = UNSET,
    field: Field | Unset = UNSET,
    covered: bool | Unset = UNSET,
    vertical: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Problem | UnitList | None:
    """List units in the caller's scope.

     List units in the caller's scope. Needs a person's access token whose roles allow it, or a service
    account's token with the `organizations:read` scope. Answers one page; pass `next_cursor` as
    `cursor` for the next (the page deep in a long list costs what the first one costs). With
    `updated_since`, only what changed since then, in the order of change. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        within_org (int | Unset):
        area_id (int | Unset):
        field (Field | Unset): `government_agency` 机关, `public_institution` 事业单位,
            `state_enterprise` 国有企业, `private_enterprise` 非公企业, `social_organization` 社会组织,
            `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet` 互联网业
        covered (bool | Unset):
        vertical (bool | Unset):
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitList
    """

    return (
        await asyncio_detailed(
            client=client,
            within_org=within_org,
            area_id=area_id,
            field=field,
            covered=covered,
            vertical=vertical,
            q=q,
            limit=limit,
            offset=offset,
            cursor=cursor,
            updated_since=updated_since,
        )
    ).parsed
