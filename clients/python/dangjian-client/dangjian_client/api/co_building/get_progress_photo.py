from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import File, Response


def _get_kwargs(
    id: int,
    photo_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/co-building/projects/{id}/photos/{photo_id}".format(
            id=quote(str(id), safe=""),
            photo_id=quote(str(photo_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    photo_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[File | Problem]:
    """Download a photo of a project's progress as it was uploaded.

     Download a photo of a project's progress as it was uploaded. Needs a person's access token whose
    roles allow it, or a service account's token with the `cobuilding:read` scope. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        photo_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        photo_id=photo_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    photo_id: int,
    *,
    client: AuthenticatedClient,
) -> File | Problem | None:
    """Download a photo of a project's progress as it was uploaded.

     Download a photo of a project's progress as it was uploaded. Needs a person's access token whose
    roles allow it, or a service account's token with the `cobuilding:read` scope. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        photo_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        id=id,
        photo_id=photo_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    photo_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[File | Problem]:
    """Download a photo of a project's progress as it was uploaded.

     Download a photo of a project's progress as it was uploaded. Needs a person's access token whose
    roles allow it, or a service account's token with the `cobuilding:read` scope. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        photo_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        photo_id=photo_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    photo_id: int,
    *,
    client: AuthenticatedClient,
) -> File | Problem | None:
    """Download a photo of a project's progress as it was uploaded.

     Download a photo of a project's progress as it was uploaded. Needs a person's access token whose
    roles allow it, or a service account's token with the `cobuilding:read` scope. Refusals are problem
    documents whose `type` is listed in `Problem`.

    Args:
        id (int):
        photo_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            photo_id=photo_id,
            client=client,
        )
    ).parsed
