import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_kind import EventKind
from ...models.member_event_list import MemberEventList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    kind: EventKind | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

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
        "url": "/api/v1/members/{id}/events".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MemberEventList | Problem | None:
    if response.status_code == 200:
        response_200 = MemberEventList.from_dict(response.json())

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
) -> Response[MemberEventList | Problem]:
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
    kind: EventKind | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[MemberEventList | Problem]:
    """A member's history (either management link may read it).

     A member's history (either management link may read it). Needs a person's access token whose roles
    allow it, or a service account's token with the `members:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        kind (EventKind | Unset): `registered` 登记, `updated` 信息变更, `transfer_issued` 转出,
            `transfer_confirmed` 转入, `transfer_returned` 退回, `inflow_registration` 流入登记,
            `outflow_registration` 流出登记, `relocation` 搬迁入住, `report_in` 报到, `service` 志愿服务,
            `commitment` 承诺, `post` 设岗定责, `note` 备注, `stage_change` 阶段变更
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MemberEventList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        kind=kind,
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
    id: int,
    *,
    client: AuthenticatedClient,
    kind: EventKind | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> MemberEventList | Problem | None:
    """A member's history (either management link may read it).

     A member's history (either management link may read it). Needs a person's access token whose roles
    allow it, or a service account's token with the `members:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        kind (EventKind | Unset): `registered` 登记, `updated` 信息变更, `transfer_issued` 转出,
            `transfer_confirmed` 转入, `transfer_returned` 退回, `inflow_registration` 流入登记,
            `outflow_registration` 流出登记, `relocation` 搬迁入住, `report_in` 报到, `service` 志愿服务,
            `commitment` 承诺, `post` 设岗定责, `note` 备注, `stage_change` 阶段变更
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MemberEventList | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        kind=kind,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    kind: EventKind | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[MemberEventList | Problem]:
    """A member's history (either management link may read it).

     A member's history (either management link may read it). Needs a person's access token whose roles
    allow it, or a service account's token with the `members:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        kind (EventKind | Unset): `registered` 登记, `updated` 信息变更, `transfer_issued` 转出,
            `transfer_confirmed` 转入, `transfer_returned` 退回, `inflow_registration` 流入登记,
            `outflow_registration` 流出登记, `relocation` 搬迁入住, `report_in` 报到, `service` 志愿服务,
            `commitment` 承诺, `post` 设岗定责, `note` 备注, `stage_change` 阶段变更
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MemberEventList | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        kind=kind,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    kind: EventKind | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> MemberEventList | Problem | None:
    """A member's history (either management link may read it).

     A member's history (either management link may read it). Needs a person's access token whose roles
    allow it, or a service account's token with the `members:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        kind (EventKind | Unset): `registered` 登记, `updated` 信息变更, `transfer_issued` 转出,
            `transfer_confirmed` 转入, `transfer_returned` 退回, `inflow_registration` 流入登记,
            `outflow_registration` 流出登记, `relocation` 搬迁入住, `report_in` 报到, `service` 志愿服务,
            `commitment` 承诺, `post` 设岗定责, `note` 备注, `stage_change` 阶段变更
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MemberEventList | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            kind=kind,
            limit=limit,
            offset=offset,
            cursor=cursor,
            updated_since=updated_since,
        )
    ).parsed
