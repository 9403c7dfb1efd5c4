from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_upload import CalendarUpload
from ...models.calendar_year import CalendarYear
from ...models.problem import Problem
from ...types import UNSET, File, Response


def _get_kwargs(
    year: int,
    *,
    body: CalendarUpload | File | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/calendar/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    if isinstance(body, CalendarUpload):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CalendarYear | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarYear.from_dict(response.json())

        return response_200

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarYear | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: CalendarUpload | File | Unset = UNSET,
) -> Response[CalendarYear | Problem]:
    """Load a year's holidays and adjusted working days (system administrator), as JSON
    `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides.

     Load a year's holidays and adjusted working days (system administrator), as JSON
    `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides. Needs a person's
    access token whose roles allow it, or a service account's token with the `organizations:write`
    scope. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        year (int):
        body (CalendarUpload): A year's overrides as loaded.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarYear | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    *,
    client: AuthenticatedClient,
    body: CalendarUpload | File | Unset = UNSET,
) -> CalendarYear | Problem | None:
    """Load a year's holidays and adjusted working days (system administrator), as JSON
    `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides.

     Load a year's holidays and adjusted working days (system administrator), as JSON
    `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides. Needs a person's
    access token whose roles allow it, or a service account's token with the `organizations:write`
    scope. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        year (int):
        body (CalendarUpload): A year's overrides as loaded.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarYear | Problem
    """

    return sync_detailed(
        year=year,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: CalendarUpload | File | Unset = UNSET,
) -> Response[CalendarYear | Problem]:
    """Load a year's holidays and adjusted working days (system administrator), as JSON
    `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides.

     Load a year's holidays and adjusted working days (system administrator), as JSON
    `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides. Needs a person's
    access token whose roles allow it, or a service account's token with the `organizations:write`
    scope. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        year (int):
        body (CalendarUpload): A year's overrides as loaded.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarYear | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient,
    body: CalendarUpload | File | Unset = UNSET,
) -> CalendarYear | Problem | None:
    """Load a year's holidays and adjusted working days (system administrator), as JSON
    `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides.

     Load a year's holidays and adjusted working days (system administrator), as JSON
    `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides. Needs a person's
    access token whose roles allow it, or a service account's token with the `organizations:write`
    scope. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        year (int):
        body (CalendarUpload): A year's overrides as loaded.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarYear | Problem
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
            body=body,
        )
    ).parsed
