from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.site_role import SiteRole
from ..models.site_status import SiteStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.objection import Objection


T = TypeVar("T", bound="PublicitySite")


@_attrs_define
class PublicitySite:
    """One place a publicity is posted.

    Attributes:
        id (int): Site id.
        objections (list[Objection]): Objections raised at this site.
        org_id (int): The organization posting the publicity at this site.
        org_name (str): Name of the organization, for display.
        role (SiteRole | str): Which of the member's organizations posts it.
        status (SiteStatus | str): `running`, `passed`, `failed` (objection upheld) or `blocked` (objection open after
            the period); `running` also before a period is set.
        version (int): The site's version, for `If-Match` when setting its period.
        end_on (datetime.date | None | Unset): Last day of the period (China Standard Time); absent until set.
        start_on (datetime.date | None | Unset): First day of the period (China Standard Time); absent until set.
        working_days (int | None | Unset): Working days in the period, on the calendar.
    """

    id: int
    objections: list[Objection]
    org_id: int
    org_name: str
    role: SiteRole | str
    status: SiteStatus | str
    version: int
    end_on: datetime.date | None | Unset = UNSET
    start_on: datetime.date | None | Unset = UNSET
    working_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        objections = []
        for objections_item_data in self.objections:
            objections_item = objections_item_data.to_dict()
            objections.append(objections_item)

        org_id = self.org_id

        org_name = self.org_name

        role: str
        if isinstance(self.role, SiteRole):
            role = self.role.value
        else:
            role = self.role

        status: str
        if isinstance(self.status, SiteStatus):
            status = self.status.value
        else:
            status = self.status

        version = self.version

        end_on: None | str | Unset
        if isinstance(self.end_on, Unset):
            end_on = UNSET
        elif isinstance(self.end_on, datetime.date):
            end_on = self.end_on.isoformat()
        else:
            end_on = self.end_on

        start_on: None | str | Unset
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.date):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        working_days: int | None | Unset
        if isinstance(self.working_days, Unset):
            working_days = UNSET
        else:
            working_days = self.working_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "objections": objections,
                "org_id": org_id,
                "org_name": org_name,
                "role": role,
                "status": status,
                "version": version,
            }
        )
        if end_on is not UNSET:
            field_dict["end_on"] = end_on
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if working_days is not UNSET:
            field_dict["working_days"] = working_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.objection import Objection  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        objections = []
        _objections = d.pop("objections")
        for objections_item_data in _objections:
            objections_item = Objection.from_dict(objections_item_data)

            objections.append(objections_item)

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        def _parse_role(data: object) -> SiteRole | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = SiteRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SiteRole | str, data)

        role = _parse_role(d.pop("role"))

        def _parse_status(data: object) -> SiteStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SiteStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SiteStatus | str, data)

        status = _parse_status(d.pop("status"))

        version = d.pop("version")

        def _parse_end_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_on_type_0 = datetime.date.fromisoformat(data)

                return end_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_on = _parse_end_on(d.pop("end_on", UNSET))

        def _parse_start_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_on_type_0 = datetime.date.fromisoformat(data)

                return start_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_on = _parse_start_on(d.pop("start_on", UNSET))

        def _parse_working_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        working_days = _parse_working_days(d.pop("working_days", UNSET))

        publicity_site = cls(
            id=id,
            objections=objections,
            org_id=org_id,
            org_name=org_name,
            role=role,
            status=status,
            version=version,
            end_on=end_on,
            start_on=start_on,
            working_days=working_days,
        )

        publicity_site.additional_properties = d
        return publicity_site

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
