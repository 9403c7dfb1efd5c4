from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category import Category
from ...models.get_member_export_link import GetMemberExportLink
from ...models.get_member_export_sort import GetMemberExportSort
from ...models.problem import Problem
from ...models.stage import Stage
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    org_id: int | Unset = UNSET,
    link: GetMemberExportLink | Unset = UNSET,
    category: Category | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: GetMemberExportSort | Unset = UNSET,
    personal_data: bool | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    json_link: str | Unset = UNSET
    if not isinstance(link, Unset):
        json_link = link.value

    params["link"] = json_link

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage.value

    params["stage"] = json_stage

    params["area_id"] = area_id

    params["q"] = q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["personal_data"] = personal_data

    params["reason"] = reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/members/export.xlsx",
        "params": params,
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
    *,
    client: AuthenticatedClient,
    org_id: int | Unset = UNSET,
    link: GetMemberExportLink | Unset = UNSET,
    category: Category | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: GetMemberExportSort | Unset = UNSET,
    personal_data: bool | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Response[File | Problem]:
    """Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
    are masked and birth dates shown as years, as in the member list. With
    `personal_data=true` and a `reason`, a caller who may read personal data gets the full
    values of the members whose membership organization it holds; the audit event names
    those members and the reason. Every export is audited.

     Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
    are masked and birth dates shown as years, as in the member list. With
    `personal_data=true` and a `reason`, a caller who may read personal data gets the full
    values of the members whose membership organization it holds; the audit event names
    those members and the reason. Every export is audited. Needs a person's access token whose roles
    allow it, or a service account's token with the `members:read` scope. Refusals are problem documents
    whose `type` is listed in `Problem`.

    Args:
        org_id (int | Unset):
        link (GetMemberExportLink | Unset): Through which link a list reaches members.
        category (Category | Unset): `registered` 在籍党员, `in_service` 在职党员, `mobile` 流动党员,
            `relocated` 搬迁入住党员
        stage (Stage | Unset): `applicant` 入党申请人, `activist` 入党积极分子, `candidate` 发展对象,
            `probationary` 预备党员, `full` 正式党员
        area_id (int | Unset):
        q (str | Unset):
        sort (GetMemberExportSort | Unset): Sort orders of the member list.
        personal_data (bool | Unset):
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        link=link,
        category=category,
        stage=stage,
        area_id=area_id,
        q=q,
        sort=sort,
        personal_data=personal_data,
        reason=reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    org_id: int | Unset = UNSET,
    link: GetMemberExportLink | Unset = UNSET,
    category: Category | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: GetMemberExportSort | Unset = UNSET,
    personal_data: bool | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> File | Problem | None:
    """Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
    are masked and birth dates shown as years, as in the member list. With
    `personal_data=true` and a `reason`, a caller who may read personal data gets the full
    values of the members whose membership organization it holds; the audit event names
    those members and the reason. Every export is audited.

     Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
    are masked and birth dates shown as years, as in the member list. With
    `personal_data=true` and a `reason`, a caller who may read personal data gets the full
    values of the members whose membership organization it holds; the audit event names
    those members and the reason. Every export is audited. Needs a person's access token whose roles
    allow it, or a service account's token with the `members:read` scope. Refusals are problem documents
    whose `type` is listed in `Problem`.

    Args:
        org_id (int | Unset):
        link (GetMemberExportLink | Unset): Through which link a list reaches members.
        category (Category | Unset): `registered` 在籍党员, `in_service` 在职党员, `mobile` 流动党员,
            `relocated` 搬迁入住党员
        stage (Stage | Unset): `applicant` 入党申请人, `activist` 入党积极分子, `candidate` 发展对象,
            `probationary` 预备党员, `full` 正式党员
        area_id (int | Unset):
        q (str | Unset):
        sort (GetMemberExportSort | Unset): Sort orders of the member list.
        personal_data (bool | Unset):
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
        link=link,
        category=category,
        stage=stage,
        area_id=area_id,
        q=q,
        sort=sort,
        personal_data=personal_data,
        reason=reason,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_id: int | Unset = UNSET,
    link: GetMemberExportLink | Unset = UNSET,
    category: Category | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: GetMemberExportSort | Unset = UNSET,
    personal_data: bool | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Response[File | Problem]:
    """Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
    are masked and birth dates shown as years, as in the member list. With
    `personal_data=true` and a `reason`, a caller who may read personal data gets the full
    values of the members whose membership organization it holds; the audit event names
    those members and the reason. Every export is audited.

     Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
    are masked and birth dates shown as years, as in the member list. With
    `personal_data=true` and a `reason`, a caller who may read personal data gets the full
    values of the members whose membership organization it holds; the audit event names
    those members and the reason. Every export is audited. Needs a person's access token whose roles
    allow it, or a service account's token with the `members:read` scope. Refusals are problem documents
    whose `type` is listed in `Problem`.

    Args:
        org_id (int | Unset):
        link (GetMemberExportLink | Unset): Through which link a list reaches members.
        category (Category | Unset): `registered` 在籍党员, `in_service` 在职党员, `mobile` 流动党员,
            `relocated` 搬迁入住党员
        stage (Stage | Unset): `applicant` 入党申请人, `activist` 入党积极分子, `candidate` 发展对象,
            `probationary` 预备党员, `full` 正式党员
        area_id (int | Unset):
        q (str | Unset):
        sort (GetMemberExportSort | Unset): Sort orders of the member list.
        personal_data (bool | Unset):
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        link=link,
        category=category,
        stage=stage,
        area_id=area_id,
        q=q,
        sort=sort,
        personal_data=personal_data,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    org_id: int | Unset = UNSET,
    link: GetMemberExportLink | Unset = UNSET,
    category: Category | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    area_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: GetMemberExportSort | Unset = UNSET,
    personal_data: bool | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> File | Problem | None:
    """Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
    are masked and birth dates shown as years, as in the member list. With
    `personal_data=true` and a `reason`, a caller who may read personal data gets the full
    values of the members whose membership organization it holds; the audit event names
    those members and the reason. Every export is audited.

     Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
    are masked and birth dates shown as years, as in the member list. With
    `personal_data=true` and a `reason`, a caller who may read personal data gets the full
    values of the members whose membership organization it holds; the audit event names
    those members and the reason. Every export is audited. Needs a person's access token whose roles
    allow it, or a service account's token with the `members:read` scope. Refusals are problem documents
    whose `type` is listed in `Problem`.

    Args:
        org_id (int | Unset):
        link (GetMemberExportLink | Unset): Through which link a list reaches members.
        category (Category | Unset): `registered` 在籍党员, `in_service` 在职党员, `mobile` 流动党员,
            `relocated` 搬迁入住党员
        stage (Stage | Unset): `applicant` 入党申请人, `activist` 入党积极分子, `candidate` 发展对象,
            `probationary` 预备党员, `full` 正式党员
        area_id (int | Unset):
        q (str | Unset):
        sort (GetMemberExportSort | Unset): Sort orders of the member list.
        personal_data (bool | Unset):
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
            link=link,
            category=category,
            stage=stage,
            area_id=area_id,
            q=q,
            sort=sort,
            personal_data=personal_data,
            reason=reason,
        )
    ).parsed
