import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.affairs_item_list import AffairsItemList
from ...models.item_list import ItemList
from ...models.item_state import ItemState
from ...models.list_type import ListType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    area_id: int | Unset = UNSET,
    list_: ItemList | Unset = UNSET,
    list_type: ListType | Unset = UNSET,
    state: ItemState | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["area_id"] = area_id

    json_list_: str | Unset = UNSET
    if not isinstance(list_, Unset):
        json_list_ = list_.value

    params["list"] = json_list_

    json_list_type: str | Unset = UNSET
    if not isinstance(list_type, Unset):
        json_list_type = list_type.value

    params["list_type"] = json_list_type

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

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
        "url": "/api/v1/community-affairs/items",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AffairsItemList | Problem | None:
    if response.status_code == 200:
        response_200 = AffairsItemList.from_dict(response.json())

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
) -> Response[AffairsItemList | Problem]:
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
    list_: ItemList | Unset = UNSET,
    list_type: ListType | Unset = UNSET,
    state: ItemState | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[AffairsItemList | Problem]:
    """List the access-list items in force for an area, newest first.

     List the access-list items in force for an area, newest first. Needs a person's access token whose
    roles allow it, or a service account's token with the `affairs:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        list_ (ItemList | Unset): `affairs` 社区事务准入清单, `party_work` 社区党建工作事项清单
        list_type (ListType | Unset): `statutory` 依法履职, `assisting` 协助, `negative` 负面
        state (ItemState | Unset): `admitted` 已准入, `withdrawn` 已退出
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffairsItemList | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        list_=list_,
        list_type=list_type,
        state=state,
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
    area_id: int | Unset = UNSET,
    list_: ItemList | Unset = UNSET,
    list_type: ListType | Unset = UNSET,
    state: ItemState | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> AffairsItemList | Problem | None:
    """List the access-list items in force for an area, newest first.

     List the access-list items in force for an area, newest first. Needs a person's access token whose
    roles allow it, or a service account's token with the `affairs:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        list_ (ItemList | Unset): `affairs` 社区事务准入清单, `party_work` 社区党建工作事项清单
        list_type (ListType | Unset): `statutory` 依法履职, `assisting` 协助, `negative` 负面
        state (ItemState | Unset): `admitted` 已准入, `withdrawn` 已退出
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffairsItemList | Problem
    """

    return sync_detailed(
        client=client,
        area_id=area_id,
        list_=list_,
        list_type=list_type,
        state=state,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    list_: ItemList | Unset = UNSET,
    list_type: ListType | Unset = UNSET,
    state: ItemState | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[AffairsItemList | Problem]:
    """List the access-list items in force for an area, newest first.

     List the access-list items in force for an area, newest first. Needs a person's access token whose
    roles allow it, or a service account's token with the `affairs:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        list_ (ItemList | Unset): `affairs` 社区事务准入清单, `party_work` 社区党建工作事项清单
        list_type (ListType | Unset): `statutory` 依法履职, `assisting` 协助, `negative` 负面
        state (ItemState | Unset): `admitted` 已准入, `withdrawn` 已退出
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffairsItemList | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        list_=list_,
        list_type=list_type,
        state=state,
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
    area_id: int | Unset = UNSET,
    list_: ItemList | Unset = UNSET,
    list_type: ListType | Unset = UNSET,
    state: ItemState | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> AffairsItemList | Problem | None:
    """List the access-list items in force for an area, newest first.

     List the access-list items in force for an area, newest first. Needs a person's access token whose
    roles allow it, or a service account's token with the `affairs:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        list_ (ItemList | Unset): `affairs` 社区事务准入清单, `party_work` 社区党建工作事项清单
        list_type (ListType | Unset): `statutory` 依法履职, `assisting` 协助, `negative` 负面
        state (ItemState | Unset): `admitted` 已准入, `withdrawn` 已退出
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffairsItemList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            area_id=area_id,
            list_=list_,
            list_type=list_type,
            state=state,
            limit=limit,
            offset=offset,
            cursor=cursor,
            updated_since=updated_since,
        )
    ).parsed
