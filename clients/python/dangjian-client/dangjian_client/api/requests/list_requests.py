import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel import Channel
from ...models.level import Level
from ...models.list_requests_sort import ListRequestsSort
from ...models.problem import Problem
from ...models.request_state import RequestState
from ...models.request_type import RequestType
from ...models.resident_request_list import ResidentRequestList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: RequestState | Unset = UNSET,
    open_: bool | Unset = UNSET,
    level: Level | Unset = UNSET,
    request_type: RequestType | Unset = UNSET,
    category_id: int | Unset = UNSET,
    channel: Channel | Unset = UNSET,
    area_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
    sort: ListRequestsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["open"] = open_

    json_level: str | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.value

    params["level"] = json_level

    json_request_type: str | Unset = UNSET
    if not isinstance(request_type, Unset):
        json_request_type = request_type.value

    params["request_type"] = json_request_type

    params["category_id"] = category_id

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    params["area_id"] = area_id

    params["overdue"] = overdue

    params["mine"] = mine

    params["external_id"] = external_id

    params["source"] = source

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/api/v1/requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResidentRequestList | None:
    if response.status_code == 200:
        response_200 = ResidentRequestList.from_dict(response.json())

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
) -> Response[Problem | ResidentRequestList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: RequestState | Unset = UNSET,
    open_: bool | Unset = UNSET,
    level: Level | Unset = UNSET,
    request_type: RequestType | Unset = UNSET,
    category_id: int | Unset = UNSET,
    channel: Channel | Unset = UNSET,
    area_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
    sort: ListRequestsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[Problem | ResidentRequestList]:
    """List resident requests: the queue of the caller's platform, sorted by the last day of the
    running clock with overdue first, or its tasks (`mine=true`).

     List resident requests: the queue of the caller's platform, sorted by the last day of the
    running clock with overdue first, or its tasks (`mine=true`). Needs a person's access token whose
    roles allow it, or a service account's token with the `requests:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        state (RequestState | Unset): `submitted` 已提交, `accepted` 已受理, `in_progress` 办理中,
            `suspended` 挂起, `resolved` 已办结, `closed` 已关闭, `rejected` 不予受理, `escalated` 已上报, `reopened`
            已重办
        open_ (bool | Unset):
        level (Level | Unset): `community` 社区, `street` 街道, `department` 区级部门
        request_type (RequestType | Unset): `consultation` 咨询, `help` 求助, `complaint` 投诉, `report`
            举报, `suggestion` 建议
        category_id (int | Unset):
        channel (Channel | Unset): `grid_phone` 网格长手机终端, `central_household` 中心户长,
            `community_window` 社区窗口, `street_platform` 街镇服务平台, `hotline` 12345热线, `open311` Open311接口,
            `other_system` 其他系统
        area_id (int | Unset):
        overdue (bool | Unset):
        mine (bool | Unset):
        external_id (str | Unset):
        source (str | Unset):
        sort (ListRequestsSort | Unset): How the list is ordered.
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResidentRequestList]
    """

    kwargs = _get_kwargs(
        state=state,
        open_=open_,
        level=level,
        request_type=request_type,
        category_id=category_id,
        channel=channel,
        area_id=area_id,
        overdue=overdue,
        mine=mine,
        external_id=external_id,
        source=source,
        sort=sort,
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
    state: RequestState | Unset = UNSET,
    open_: bool | Unset = UNSET,
    level: Level | Unset = UNSET,
    request_type: RequestType | Unset = UNSET,
    category_id: int | Unset = UNSET,
    channel: Channel | Unset = UNSET,
    area_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
    sort: ListRequestsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Problem | ResidentRequestList | None:
    """List resident requests: the queue of the caller's platform, sorted by the last day of the
    running clock with overdue first, or its tasks (`mine=true`).

     List resident requests: the queue of the caller's platform, sorted by the last day of the
    running clock with overdue first, or its tasks (`mine=true`). Needs a person's access token whose
    roles allow it, or a service account's token with the `requests:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        state (RequestState | Unset): `submitted` 已提交, `accepted` 已受理, `in_progress` 办理中,
            `suspended` 挂起, `resolved` 已办结, `closed` 已关闭, `rejected` 不予受理, `escalated` 已上报, `reopened`
            已重办
        open_ (bool | Unset):
        level (Level | Unset): `community` 社区, `street` 街道, `department` 区级部门
        request_type (RequestType | Unset): `consultation` 咨询, `help` 求助, `complaint` 投诉, `report`
            举报, `suggestion` 建议
        category_id (int | Unset):
        channel (Channel | Unset): `grid_phone` 网格长手机终端, `central_household` 中心户长,
            `community_window` 社区窗口, `street_platform` 街镇服务平台, `hotline` 12345热线, `open311` Open311接口,
            `other_system` 其他系统
        area_id (int | Unset):
        overdue (bool | Unset):
        mine (bool | Unset):
        external_id (str | Unset):
        source (str | Unset):
        sort (ListRequestsSort | Unset): How the list is ordered.
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResidentRequestList
    """

    return sync_detailed(
        client=client,
        state=state,
        open_=open_,
        level=level,
        request_type=request_type,
        category_id=category_id,
        channel=channel,
        area_id=area_id,
        overdue=overdue,
        mine=mine,
        external_id=external_id,
        source=source,
        sort=sort,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: RequestState | Unset = UNSET,
    open_: bool | Unset = UNSET,
    level: Level | Unset = UNSET,
    request_type: RequestType | Unset = UNSET,
    category_id: int | Unset = UNSET,
    channel: Channel | Unset = UNSET,
    area_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
    sort: ListRequestsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[Problem | ResidentRequestList]:
    """List resident requests: the queue of the caller's platform, sorted by the last day of the
    running clock with overdue first, or its tasks (`mine=true`).

     List resident requests: the queue of the caller's platform, sorted by the last day of the
    running clock with overdue first, or its tasks (`mine=true`). Needs a person's access token whose
    roles allow it, or a service account's token with the `requests:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        state (RequestState | Unset): `submitted` 已提交, `accepted` 已受理, `in_progress` 办理中,
            `suspended` 挂起, `resolved` 已办结, `closed` 已关闭, `rejected` 不予受理, `escalated` 已上报, `reopened`
            已重办
        open_ (bool | Unset):
        level (Level | Unset): `community` 社区, `street` 街道, `department` 区级部门
        request_type (RequestType | Unset): `consultation` 咨询, `help` 求助, `complaint` 投诉, `report`
            举报, `suggestion` 建议
        category_id (int | Unset):
        channel (Channel | Unset): `grid_phone` 网格长手机终端, `central_household` 中心户长,
            `community_window` 社区窗口, `street_platform` 街镇服务平台, `hotline` 12345热线, `open311` Open311接口,
            `other_system` 其他系统
        area_id (int | Unset):
        overdue (bool | Unset):
        mine (bool | Unset):
        external_id (str | Unset):
        source (str | Unset):
        sort (ListRequestsSort | Unset): How the list is ordered.
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResidentRequestList]
    """

    kwargs = _get_kwargs(
        state=state,
        open_=open_,
        level=level,
        request_type=request_type,
        category_id=category_id,
        channel=channel,
        area_id=area_id,
        overdue=overdue,
        mine=mine,
        external_id=external_id,
        source=source,
        sort=sort,
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
    state: RequestState | Unset = UNSET,
    open_: bool | Unset = UNSET,
    level: Level | Unset = UNSET,
    request_type: RequestType | Unset = UNSET,
    category_id: int | Unset = UNSET,
    channel: Channel | Unset = UNSET,
    area_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
    external_id: str | Unset = UNSET,
    source: str | Unset = UNSET,
    sort: ListRequestsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Problem | ResidentRequestList | None:
    """List resident requests: the queue of the caller's platform, sorted by the last day of the
    running clock with overdue first, or its tasks (`mine=true`).

     List resident requests: the queue of the caller's platform, sorted by the last day of the
    running clock with overdue first, or its tasks (`mine=true`). Needs a person's access token whose
    roles allow it, or a service account's token with the `requests:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        state (RequestState | Unset): `submitted` 已提交, `accepted` 已受理, `in_progress` 办理中,
            `suspended` 挂起, `resolved` 已办结, `closed` 已关闭, `rejected` 不予受理, `escalated` 已上报, `reopened`
            已重办
        open_ (bool | Unset):
        level (Level | Unset): `community` 社区, `street` 街道, `department` 区级部门
        request_type (RequestType | Unset): `consultation` 咨询, `help` 求助, `complaint` 投诉, `report`
            举报, `suggestion` 建议
        category_id (int | Unset):
        channel (Channel | Unset): `grid_phone` 网格长手机终端, `central_household` 中心户长,
            `community_window` 社区窗口, `street_platform` 街镇服务平台, `hotline` 12345热线, `open311` Open311接口,
            `other_system` 其他系统
        area_id (int | Unset):
        overdue (bool | Unset):
        mine (bool | Unset):
        external_id (str | Unset):
        source (str | Unset):
        sort (ListRequestsSort | Unset): How the list is ordered.
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResidentRequestList
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            open_=open_,
            level=level,
            request_type=request_type,
            category_id=category_id,
            channel=channel,
            area_id=area_id,
            overdue=overdue,
            mine=mine,
            external_id=external_id,
            source=source,
            sort=sort,
            limit=limit,
            offset=offset,
            cursor=cursor,
            updated_since=updated_since,
        )
    ).parsed
