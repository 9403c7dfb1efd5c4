import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.field import Field
from ...models.list_organizations_sort import ListOrganizationsSort
from ...models.org_kind import OrgKind
from ...models.organization_list import OrganizationList
from ...models.problem import Problem
from ...models.setting_type import SettingType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    within: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    roots: bool | Unset = UNSET,
    kind: OrgKind | Unset = UNSET,
    field: Field | Unset = UNSET,
    setting_type: SettingType | Unset = UNSET,
    online: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListOrganizationsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["within"] = within

    params["parent_id"] = parent_id

    params["roots"] = roots

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_field: str | Unset = UNSET
    if not isinstance(field, Unset):
        json_field = field.value

    params["field"] = json_field

    json_setting_type: str | Unset = UNSET
    if not isinstance(setting_type, Unset):
        json_setting_type = setting_type.value

    params["setting_type"] = json_setting_type

    params["online"] = online

    params["q"] = q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/api/v1/organizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganizationList | Problem | None:
    if response.status_code == 200:
        response_200 = OrganizationList.from_dict(response.json())

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
) -> Response[OrganizationList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    within: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    roots: bool | Unset = UNSET,
    kind: OrgKind | Unset = UNSET,
    field: Field | Unset = UNSET,
    setting_type: SettingType | Unset = UNSET,
    online: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListOrganizationsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[OrganizationList | Problem]:
    """List organizations in the caller's scope, with filters.

     List organizations in the caller's scope, with filters. Needs a person's access token whose roles
    allow it, or a service account's token with the `organizations:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        within (int | Unset):
        parent_id (int | Unset):
        roots (bool | Unset):
        kind (OrgKind | Unset): `committee` 党委, `working_committee` 党工委, `general_branch` 党总支,
            `branch` 党支部, `group` 党小组
        field (Field | Unset): `government_agency` 机关, `public_institution` 事业单位,
            `state_enterprise` 国有企业, `private_enterprise` 非公企业, `social_organization` 社会组织,
            `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet` 互联网业
        setting_type (SettingType | Unset): `independent` 独立型, `joint` 联合型, `affiliated` 挂靠型,
            `extended` 拓展型, `special` 特设型, `regional` 区域性, `industry` 行业性
        online (bool | Unset):
        q (str | Unset):
        sort (ListOrganizationsSort | Unset): Sort orders of the organization list.
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationList | Problem]
    """

    kwargs = _get_kwargs(
        within=within,
        parent_id=parent_id,
        roots=roots,
        kind=kind,
        field=field,
        setting_type=setting_type,
        online=online,
        q=q,
        sort=sort,
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
    within: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    roots: bool | Unset = UNSET,
    kind: OrgKind | Unset = UNSET,
    field: Field | Unset = UNSET,
    setting_type: SettingType | Unset = UNSET,
    online: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListOrganizationsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> OrganizationList | Problem | None:
    """List organizations in the caller's scope, with filters.

     List organizations in the caller's scope, with filters. Needs a person's access token whose roles
    allow it, or a service account's token with the `organizations:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        within (int | Unset):
        parent_id (int | Unset):
        roots (bool | Unset):
        kind (OrgKind | Unset): `committee` 党委, `working_committee` 党工委, `general_branch` 党总支,
            `branch` 党支部, `group` 党小组
        field (Field | Unset): `government_agency` 机关, `public_institution` 事业单位,
            `state_enterprise` 国有企业, `private_enterprise` 非公企业, `social_organization` 社会组织,
            `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet` 互联网业
        setting_type (SettingType | Unset): `independent` 独立型, `joint` 联合型, `affiliated` 挂靠型,
            `extended` 拓展型, `special` 特设型, `regional` 区域性, `industry` 行业性
        online (bool | Unset):
        q (str | Unset):
        sort (ListOrganizationsSort | Unset): Sort orders of the organization list.
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationList | Problem
    """

    return sync_detailed(
        client=client,
        within=within,
        parent_id=parent_id,
        roots=roots,
        kind=kind,
        field=field,
        setting_type=setting_type,
        online=online,
        q=q,
        sort=sort,
        limit=limit,
        offset=offset,
        cursor=cursor,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    within: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    roots: bool | Unset = UNSET,
    kind: OrgKind | Unset = UNSET,
    field: Field | Unset = UNSET,
    setting_type: SettingType | Unset = UNSET,
    online: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListOrganizationsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[OrganizationList | Problem]:
    """List organizations in the caller's scope, with filters.

     List organizations in the caller's scope, with filters. Needs a person's access token whose roles
    allow it, or a service account's token with the `organizations:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        within (int | Unset):
        parent_id (int | Unset):
        roots (bool | Unset):
        kind (OrgKind | Unset): `committee` 党委, `working_committee` 党工委, `general_branch` 党总支,
            `branch` 党支部, `group` 党小组
        field (Field | Unset): `government_agency` 机关, `public_institution` 事业单位,
            `state_enterprise` 国有企业, `private_enterprise` 非公企业, `social_organization` 社会组织,
            `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet` 互联网业
        setting_type (SettingType | Unset): `independent` 独立型, `joint` 联合型, `affiliated` 挂靠型,
            `extended` 拓展型, `special` 特设型, `regional` 区域性, `industry` 行业性
        online (bool | Unset):
        q (str | Unset):
        sort (ListOrganizationsSort | Unset): Sort orders of the organization list.
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationList | Problem]
    """

    kwargs = _get_kwargs(
        within=within,
        parent_id=parent_id,
        roots=roots,
        kind=kind,
        field=field,
        setting_type=setting_type,
        online=online,
        q=q,
        sort=sort,
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
    within: int | Unset = UNSET,
    parent_id: int | Unset = UNSET,
    roots: bool | Unset = UNSET,
    kind: OrgKind | Unset = UNSET,
    field: Field | Unset = UNSET,
    setting_type: SettingType | Unset = UNSET,
    online: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListOrganizationsSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> OrganizationList | Problem | None:
    """List organizations in the caller's scope, with filters.

     List organizations in the caller's scope, with filters. Needs a person's access token whose roles
    allow it, or a service account's token with the `organizations:read` scope. Answers one page; pass
    `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one
    costs). With `updated_since`, only what changed since then, in the order of change. Refusals are
    problem documents whose `type` is listed in `Problem`.

    Args:
        within (int | Unset):
        parent_id (int | Unset):
        roots (bool | Unset):
        kind (OrgKind | Unset): `committee` 党委, `working_committee` 党工委, `general_branch` 党总支,
            `branch` 党支部, `group` 党小组
        field (Field | Unset): `government_agency` 机关, `public_institution` 事业单位,
            `state_enterprise` 国有企业, `private_enterprise` 非公企业, `social_organization` 社会组织,
            `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet` 互联网业
        setting_type (SettingType | Unset): `independent` 独立型, `joint` 联合型, `affiliated` 挂靠型,
            `extended` 拓展型, `special` 特设型, `regional` 区域性, `industry` 行业性
        online (bool | Unset):
        q (str | Unset):
        sort (ListOrganizationsSort | Unset): Sort orders of the organization list.
        limit (int | Unset):
        offset (int | Unset):
        cursor (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            within=within,
            parent_id=parent_id,
            roots=roots,
            kind=kind,
            field=field,
            setting_type=setting_type,
            online=online,
            q=q,
            sort=sort,
            limit=limit,
            offset=offset,
            cursor=cursor,
            updated_since=updated_since,
        )
    ).parsed
