import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opinion_list import OpinionList
from ...models.opinion_purpose import OpinionPurpose
from ...models.opinion_state import OpinionState
from ...models.opinion_subject import OpinionSubject
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    area_id: int | Unset = UNSET,
    mine: bool | Unset = UNSET,
    subject_kind: OpinionSubject | Unset = UNSET,
    purpose: OpinionPurpose | Unset = UNSET,
    state: OpinionState | Unset = UNSET,
    member_id: int | Unset = UNSET,
    unit_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["area_id"] = area_id

    params["mine"] = mine

    json_subject_kind: str | Unset = UNSET
    if not isinstance(subject_kind, Unset):
        json_subject_kind = subject_kind.value

    params["subject_kind"] = json_subject_kind

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = purpose.value

    params["purpose"] = json_purpose

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["member_id"] = member_id

    params["unit_id"] = unit_id

    params["overdue"] = overdue

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
        "url": "/api/v1/opinions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OpinionList | Problem | None:
    if response.status_code == 200:
        response_200 = OpinionList.from_dict(response.json())

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
) -> Response[OpinionList | Problem]:
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
    mine: bool | Unset = UNSET,
    subject_kind: OpinionSubject | Unset = UNSET,
    purpose: OpinionPurpose | Unset = UNSET,
    state: OpinionState | Unset = UNSET,
    member_id: int | Unset = UNSET,
    unit_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[OpinionList | Problem]:
    """List the opinions of the caller's communities, or the requests the caller made, newest first.

     List the opinions of the caller's communities, or the requests the caller made, newest first. Needs
    a person's access token whose roles allow it, or a service account's token with the `opinions:read`
    scope. Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a long list
    costs what the first one costs). With `updated_since`, only what changed since then, in the order of
    change. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        mine (bool | Unset):
        subject_kind (OpinionSubject | Unset): `unit` 驻区单位, `resident` 居民, `cadre` 干部
        purpose (OpinionPurpose | Unset): `annual_assessment` 年度考核, `award` 评先评优, `promotion`
            提拔使用, `party_admission` 发展入党, `cadre_evaluation` 干部考察
        state (OpinionState | Unset): `requested` 待答复, `given` 已出具
        member_id (int | Unset):
        unit_id (int | Unset):
        overdue (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpinionList | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        mine=mine,
        subject_kind=subject_kind,
        purpose=purpose,
        state=state,
        member_id=member_id,
        unit_id=unit_id,
        overdue=overdue,
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
    mine: bool | Unset = UNSET,
    subject_kind: OpinionSubject | Unset = UNSET,
    purpose: OpinionPurpose | Unset = UNSET,
    state: OpinionState | Unset = UNSET,
    member_id: int | Unset = UNSET,
    unit_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> OpinionList | Problem | None:
    """List the opinions of the caller's communities, or the requests the caller made, newest first.

     List the opinions of the caller's communities, or the requests the caller made, newest first. Needs
    a person's access token whose roles allow it, or a service account's token with the `opinions:read`
    scope. Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a long list
    costs what the first one costs). With `updated_since`, only what changed since then, in the order of
    change. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        mine (bool | Unset):
        subject_kind (OpinionSubject | Unset): `unit` 驻区单位, `resident` 居民, `cadre` 干部
        purpose (OpinionPurpose | Unset): `annual_assessment` 年度考核, `award` 评先评优, `promotion`
            提拔使用, `party_admission` 发展入党, `cadre_evaluation` 干部考察
        state (OpinionState | Unset): `requested` 待答复, `given` 已出具
        member_id (int | Unset):
        unit_id (int | Unset):
        overdue (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpinionList | Problem
    """

    return sync_detailed(
        client=client,
        area_id=area_id,
        mine=mine,
        subject_kind=subject_kind,
        purpose=purpose,
        state=state,
        member_id=member_id,
        unit_id=unit_id,
        overdue=overdue,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    mine: bool | Unset = UNSET,
    subject_kind: OpinionSubject | Unset = UNSET,
    purpose: OpinionPurpose | Unset = UNSET,
    state: OpinionState | Unset = UNSET,
    member_id: int | Unset = UNSET,
    unit_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[OpinionList | Problem]:
    """List the opinions of the caller's communities, or the requests the caller made, newest first.

     List the opinions of the caller's communities, or the requests the caller made, newest first. Needs
    a person's access token whose roles allow it, or a service account's token with the `opinions:read`
    scope. Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a long list
    costs what the first one costs). With `updated_since`, only what changed since then, in the order of
    change. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        mine (bool | Unset):
        subject_kind (OpinionSubject | Unset): `unit` 驻区单位, `resident` 居民, `cadre` 干部
        purpose (OpinionPurpose | Unset): `annual_assessment` 年度考核, `award` 评先评优, `promotion`
            提拔使用, `party_admission` 发展入党, `cadre_evaluation` 干部考察
        state (OpinionState | Unset): `requested` 待答复, `given` 已出具
        member_id (int | Unset):
        unit_id (int | Unset):
        overdue (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpinionList | Problem]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        mine=mine,
        subject_kind=subject_kind,
        purpose=purpose,
        state=state,
        member_id=member_id,
        unit_id=unit_id,
        overdue=overdue,
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
    mine: bool | Unset = UNSET,
    subject_kind: OpinionSubject | Unset = UNSET,
    purpose: OpinionPurpose | Unset = UNSET,
    state: OpinionState | Unset = UNSET,
    member_id: int | Unset = UNSET,
    unit_id: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> OpinionList | Problem | None:
    """List the opinions of the caller's communities, or the requests the caller made, newest first.

     List the opinions of the caller's communities, or the requests the caller made, newest first. Needs
    a person's access token whose roles allow it, or a service account's token with the `opinions:read`
    scope. Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a long list
    costs what the first one costs). With `updated_since`, only what changed since then, in the order of
    change. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        mine (bool | Unset):
        subject_kind (OpinionSubject | Unset): `unit` 驻区单位, `resident` 居民, `cadre` 干部
        purpose (OpinionPurpose | Unset): `annual_assessment` 年度考核, `award` 评先评优, `promotion`
            提拔使用, `party_admission` 发展入党, `cadre_evaluation` 干部考察
        state (OpinionState | Unset): `requested` 待答复, `given` 已出具
        member_id (int | Unset):
        unit_id (int | Unset):
        overdue (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpinionList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            area_id=area_id,
            mine=mine,
            subject_kind=subject_kind,
            purpose=purpose,
            state=state,
            member_id=member_id,
            unit_id=unit_id,
            overdue=overdue,
            limit=limit,
            offset=offset,
            cursor=cursor,
            updated_since=updated_since,
        )
    ).parsed
