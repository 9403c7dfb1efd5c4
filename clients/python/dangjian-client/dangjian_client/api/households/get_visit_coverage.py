import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.visit_coverage import VisitCoverage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    area_id: int | Unset = UNSET,
    on: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["area_id"] = area_id

    json_on: str | Unset = UNSET
    if not isinstance(on, Unset):
        json_on = on.isoformat()
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/visit-coverage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VisitCoverage | None:
    if response.status_code == 200:
        response_200 = VisitCoverage.from_dict(response.json())

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
) -> Response[Problem | VisitCoverage]:
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
    on: datetime.date | Unset = UNSET,
) -> Response[Problem | VisitCoverage]:
    """Visit coverage per grid for a period: households visited ÷ households, against the target
    (every household once a quarter by default).

     Visit coverage per grid for a period: households visited ÷ households, against the target
    (every household once a quarter by default). Needs a person's access token whose roles allow it, or
    a service account's token with the `requests:read` scope. Refusals are problem documents whose
    `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitCoverage]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    on: datetime.date | Unset = UNSET,
) -> Problem | VisitCoverage | None:
    """Visit coverage per grid for a period: households visited ÷ households, against the target
    (every household once a quarter by default).

     Visit coverage per grid for a period: households visited ÷ households, against the target
    (every household once a quarter by default). Needs a person's access token whose roles allow it, or
    a service account's token with the `requests:read` scope. Refusals are problem documents whose
    `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitCoverage
    """

    return sync_detailed(
        client=client,
        area_id=area_id,
        on=on,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    on: datetime.date | Unset = UNSET,
) -> Response[Problem | VisitCoverage]:
    """Visit coverage per grid for a period: households visited ÷ households, against the target
    (every household once a quarter by default).

     Visit coverage per grid for a period: households visited ÷ households, against the target
    (every household once a quarter by default). Needs a person's access token whose roles allow it, or
    a service account's token with the `requests:read` scope. Refusals are problem documents whose
    `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitCoverage]
    """

    kwargs = _get_kwargs(
        area_id=area_id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    area_id: int | Unset = UNSET,
    on: datetime.date | Unset = UNSET,
) -> Problem | VisitCoverage | None:
    """Visit coverage per grid for a period: households visited ÷ households, against the target
    (every household once a quarter by default).

     Visit coverage per grid for a period: households visited ÷ households, against the target
    (every household once a quarter by default). Needs a person's access token whose roles allow it, or
    a service account's token with the `requests:read` scope. Refusals are problem documents whose
    `type` is listed in `Problem`.

    Args:
        area_id (int | Unset):
        on (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitCoverage
    """

    return (
        await asyncio_detailed(
            client=client,
            area_id=area_id,
            on=on,
        )
    ).parsed
