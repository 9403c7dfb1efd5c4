from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.progress_photo import ProgressPhoto
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    id: int,
    progress_id: int,
    *,
    body: File,
    name: str,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/co-building/projects/{id}/progress/{progress_id}/photos".format(
            id=quote(str(id), safe=""),
            progress_id=quote(str(progress_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProgressPhoto | None:
    if response.status_code == 201:
        response_201 = ProgressPhoto.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ProgressPhoto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    progress_id: int,
    *,
    client: AuthenticatedClient,
    body: File,
    name: str,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ProgressPhoto]:
    """Add a photo to a progress update of a project (the body is the image, `Content-Type` its
    type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`).

     Add a photo to a progress update of a project (the body is the image, `Content-Type` its
    type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`). Needs a person's access token whose roles
    allow it, or a service account's token with the `cobuilding:write` scope. Safe to retry with an
    `Idempotency-Key`. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        progress_id (int):
        name (str):
        idempotency_key (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressPhoto]
    """

    kwargs = _get_kwargs(
        id=id,
        progress_id=progress_id,
        body=body,
        name=name,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    progress_id: int,
    *,
    client: AuthenticatedClient,
    body: File,
    name: str,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ProgressPhoto | None:
    """Add a photo to a progress update of a project (the body is the image, `Content-Type` its
    type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`).

     Add a photo to a progress update of a project (the body is the image, `Content-Type` its
    type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`). Needs a person's access token whose roles
    allow it, or a service account's token with the `cobuilding:write` scope. Safe to retry with an
    `Idempotency-Key`. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        progress_id (int):
        name (str):
        idempotency_key (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressPhoto
    """

    return sync_detailed(
        id=id,
        progress_id=progress_id,
        client=client,
        body=body,
        name=name,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    progress_id: int,
    *,
    client: AuthenticatedClient,
    body: File,
    name: str,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | ProgressPhoto]:
    """Add a photo to a progress update of a project (the body is the image, `Content-Type` its
    type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`).

     Add a photo to a progress update of a project (the body is the image, `Content-Type` its
    type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`). Needs a person's access token whose roles
    allow it, or a service account's token with the `cobuilding:write` scope. Safe to retry with an
    `Idempotency-Key`. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        progress_id (int):
        name (str):
        idempotency_key (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressPhoto]
    """

    kwargs = _get_kwargs(
        id=id,
        progress_id=progress_id,
        body=body,
        name=name,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    progress_id: int,
    *,
    client: AuthenticatedClient,
    body: File,
    name: str,
    idempotency_key: str | Unset = UNSET,
) -> Problem | ProgressPhoto | None:
    """Add a photo to a progress update of a project (the body is the image, `Content-Type` its
    type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`).

     Add a photo to a progress update of a project (the body is the image, `Content-Type` its
    type: JPEG or PNG, up to `DANGJIAN_ATTACHMENT_MAX_MB`). Needs a person's access token whose roles
    allow it, or a service account's token with the `cobuilding:write` scope. Safe to retry with an
    `Idempotency-Key`. Refusals are problem documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        progress_id (int):
        name (str):
        idempotency_key (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressPhoto
    """

    return (
        await asyncio_detailed(
            id=id,
            progress_id=progress_id,
            client=client,
            body=body,
            name=name,
            idempotency_key=idempotency_key,
        )
    ).parsed
