from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_meeting import MyMeeting
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/meetings/{id}/check-ins".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MyMeeting | Problem | None:
    if response.status_code == 201:
        response_201 = MyMeeting.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MyMeeting | Problem]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[MyMeeting | Problem]:
    """Check in to a meeting held online (网上签到), as the member of the caller's account. It
    counts as attendance: a member recorded absent or on leave becomes present, the absence
    deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
    the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
    held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
    already (`checked-in`).

     Check in to a meeting held online (网上签到), as the member of the caller's account. It
    counts as attendance: a member recorded absent or on leave becomes present, the absence
    deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
    the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
    held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
    already (`checked-in`). Needs a person's access token whose roles allow it, or a service account's
    token with the `points:write` scope. Safe to retry with an `Idempotency-Key`. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyMeeting | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> MyMeeting | Problem | None:
    """Check in to a meeting held online (网上签到), as the member of the caller's account. It
    counts as attendance: a member recorded absent or on leave becomes present, the absence
    deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
    the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
    held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
    already (`checked-in`).

     Check in to a meeting held online (网上签到), as the member of the caller's account. It
    counts as attendance: a member recorded absent or on leave becomes present, the absence
    deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
    the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
    held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
    already (`checked-in`). Needs a person's access token whose roles allow it, or a service account's
    token with the `points:write` scope. Safe to retry with an `Idempotency-Key`. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyMeeting | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[MyMeeting | Problem]:
    """Check in to a meeting held online (网上签到), as the member of the caller's account. It
    counts as attendance: a member recorded absent or on leave becomes present, the absence
    deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
    the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
    held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
    already (`checked-in`).

     Check in to a meeting held online (网上签到), as the member of the caller's account. It
    counts as attendance: a member recorded absent or on leave becomes present, the absence
    deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
    the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
    held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
    already (`checked-in`). Needs a person's access token whose roles allow it, or a service account's
    token with the `points:write` scope. Safe to retry with an `Idempotency-Key`. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyMeeting | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> MyMeeting | Problem | None:
    """Check in to a meeting held online (网上签到), as the member of the caller's account. It
    counts as attendance: a member recorded absent or on leave becomes present, the absence
    deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
    the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
    held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
    already (`checked-in`).

     Check in to a meeting held online (网上签到), as the member of the caller's account. It
    counts as attendance: a member recorded absent or on leave becomes present, the absence
    deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
    the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
    held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
    already (`checked-in`). Needs a person's access token whose roles allow it, or a service account's
    token with the `points:write` scope. Safe to retry with an `Idempotency-Key`. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyMeeting | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
