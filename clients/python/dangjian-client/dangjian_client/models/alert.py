from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_kind import AlertKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_params import AlertParams


T = TypeVar("T", bound="Alert")


@_attrs_define
class Alert:
    """Something due.

    Attributes:
        detail (str): The alert in English, for API users.
        due_on (datetime.date): The date it is due (or overdue since).
        kind (AlertKind | str): What kind of deadline or shortfall the alert is about.
        params (AlertParams): The values the alert's text is made of (dates, counts, codes), for rendering it in
            the reader's language from `kind`.
        area_id (int | None | Unset): For alerts about an area (a grid).
        area_name (None | str | Unset): Name of the area, for display.
        member_id (int | None | Unset): For alerts about a person (applicant, activist or member).
        member_name (None | str | Unset): Name of the person, for display.
        org_id (int | None | Unset): For alerts about an organization.
        org_name (None | str | Unset): Name of the organization, for display.
        request_id (int | None | Unset): For alerts about a resident request.
    """

    detail: str
    due_on: datetime.date
    kind: AlertKind | str
    params: AlertParams
    area_id: int | None | Unset = UNSET
    area_name: None | str | Unset = UNSET
    member_id: int | None | Unset = UNSET
    member_name: None | str | Unset = UNSET
    org_id: int | None | Unset = UNSET
    org_name: None | str | Unset = UNSET
    request_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        due_on = self.due_on.isoformat()

        kind: str
        if isinstance(self.kind, AlertKind):
            kind = self.kind.value
        else:
            kind = self.kind

        params = self.params.to_dict()

        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        area_name: None | str | Unset
        if isinstance(self.area_name, Unset):
            area_name = UNSET
        else:
            area_name = self.area_name

        member_id: int | None | Unset
        if isinstance(self.member_id, Unset):
            member_id = UNSET
        else:
            member_id = self.member_id

        member_name: None | str | Unset
        if isinstance(self.member_name, Unset):
            member_name = UNSET
        else:
            member_name = self.member_name

        org_id: int | None | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        org_name: None | str | Unset
        if isinstance(self.org_name, Unset):
            org_name = UNSET
        else:
            org_name = self.org_name

        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "due_on": due_on,
                "kind": kind,
                "params": params,
            }
        )
        if area_id is not UNSET:
            field_dict["area_id"] = area_id
        if area_name is not UNSET:
            field_dict["area_name"] = area_name
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if member_name is not UNSET:
            field_dict["member_name"] = member_name
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_params import AlertParams  # noqa: PLC0415

        d = dict(src_dict)
        detail = d.pop("detail")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        def _parse_kind(data: object) -> AlertKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = AlertKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        params = AlertParams.from_dict(d.pop("params"))

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("area_id", UNSET))

        def _parse_area_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        area_name = _parse_area_name(d.pop("area_name", UNSET))

        def _parse_member_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_id = _parse_member_id(d.pop("member_id", UNSET))

        def _parse_member_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_name = _parse_member_name(d.pop("member_name", UNSET))

        def _parse_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_name = _parse_org_name(d.pop("org_name", UNSET))

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        alert = cls(
            detail=detail,
            due_on=due_on,
            kind=kind,
            params=params,
            area_id=area_id,
            area_name=area_name,
            member_id=member_id,
            member_name=member_name,
            org_id=org_id,
            org_name=org_name,
            request_id=request_id,
        )

        alert.additional_properties = d
        return alert

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
