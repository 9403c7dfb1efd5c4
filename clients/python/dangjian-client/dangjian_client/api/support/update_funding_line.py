from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.funding_change import FundingChange
from ...models.funding_line import FundingLine
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: FundingChange,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/support/funding/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FundingLine | Problem | None:
    if response.status_code == 200:
        response_200 = FundingLine.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[FundingLine | Problem]:
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
    body: FundingChange,
    idempotency_key: str | Unset = UNSET,
) -> Response[FundingLine | Problem]:
    """Correct a funding line's amount or note (`If-Match` with the line's ETag).

     Correct a funding line's amount or note (`If-Match` with the line's ETag). Needs a person's access
    token whose roles allow it, or a service account's token with the `support:write` scope. Safe to
    retry with an `Idempotency-Key`. Needs `If-Match` with the `ETag` last read. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (FundingChange): A funding line's amount or note as corrected; the community, year
            and kind stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FundingLine | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: FundingChange,
    idempotency_key: str | Unset = UNSET,
) -> FundingLine | Problem | None:
    """Correct a funding line's amount or note (`If-Match` with the line's ETag).

     Correct a funding line's amount or note (`If-Match` with the line's ETag). Needs a person's access
    token whose roles allow it, or a service account's token with the `support:write` scope. Safe to
    retry with an `Idempotency-Key`. Needs `If-Match` with the `ETag` last read. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (FundingChange): A funding line's amount or note as corrected; the community, year
            and kind stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FundingLine | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: FundingChange,
    idempotency_key: str | Unset = UNSET,
) -> Response[FundingLine | Problem]:
    """Correct a funding line's amount or note (`If-Match` with the line's ETag).

     Correct a funding line's amount or note (`If-Match` with the line's ETag). Needs a person's access
    token whose roles allow it, or a service account's token with the `support:write` scope. Safe to
    retry with an `Idempotency-Key`. Needs `If-Match` with the `ETag` last read. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (FundingChange): A funding line's amount or note as corrected; the community, year
            and kind stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FundingLine | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: FundingChange,
    idempotency_key: str | Unset = UNSET,
) -> FundingLine | Problem | None:
    """Correct a funding line's amount or note (`If-Match` with the line's ETag).

     Correct a funding line's amount or note (`If-Match` with the line's ETag). Needs a person's access
    token whose roles allow it, or a service account's token with the `support:write` scope. Safe to
    retry with an `Idempotency-Key`. Needs `If-Match` with the `ETag` last read. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (FundingChange): A funding line's amount or note as corrected; the community, year
            and kind stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FundingLine | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
