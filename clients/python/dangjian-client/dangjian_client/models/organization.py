from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field import Field
from ..models.org_kind import OrgKind
from ..models.setting_type import SettingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """A Party organization.

    Attributes:
        area_id (int): The area it is located in (驻地).
        created_at (datetime.datetime): When the organization was created (RFC 3339, UTC).
        depth (int): 0 for a root organization.
        field (Field | str): The field (领域) it works in, e.g. government agency, private enterprise, community.
        id (int): The organization's id.
        kind (OrgKind | str): Committee 党委, working committee 党工委, general branch 党总支, branch 党支部 or group 党小组.
        name (str): The organization's name.
        online (bool): A 网络党支部 (online branch, §10).
        setting_type (SettingType | str): How it is set up (设置方式): independent, joint, affiliated, extended, ...
        updated_at (datetime.datetime): When the organization was last changed (RFC 3339, UTC).
        code (None | str | Unset): The organization's code, if it has one.
        led_area_id (int | None | Unset): The area it leads, if any (a street's 党工委 leads the street).
        parent_id (int | None | Unset): The organization above in the Party hierarchy.
    """

    area_id: int
    created_at: datetime.datetime
    depth: int
    field: Field | str
    id: int
    kind: OrgKind | str
    name: str
    online: bool
    setting_type: SettingType | str
    updated_at: datetime.datetime
    code: None | str | Unset = UNSET
    led_area_id: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        created_at = self.created_at.isoformat()

        depth = self.depth

        field: str
        if isinstance(self.field, Field):
            field = self.field.value
        else:
            field = self.field

        id = self.id

        kind: str
        if isinstance(self.kind, OrgKind):
            kind = self.kind.value
        else:
            kind = self.kind

        name = self.name

        online = self.online

        setting_type: str
        if isinstance(self.setting_type, SettingType):
            setting_type = self.setting_type.value
        else:
            setting_type = self.setting_type

        updated_at = self.updated_at.isoformat()

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        led_area_id: int | None | Unset
        if isinstance(self.led_area_id, Unset):
            led_area_id = UNSET
        else:
            led_area_id = self.led_area_id

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "created_at": created_at,
                "depth": depth,
                "field": field,
                "id": id,
                "kind": kind,
                "name": name,
                "online": online,
                "setting_type": setting_type,
                "updated_at": updated_at,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if led_area_id is not UNSET:
            field_dict["led_area_id"] = led_area_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        depth = d.pop("depth")

        def _parse_field(data: object) -> Field | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_0 = Field(data)

                return field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Field | str, data)

        field = _parse_field(d.pop("field"))

        id = d.pop("id")

        def _parse_kind(data: object) -> OrgKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = OrgKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrgKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        name = d.pop("name")

        online = d.pop("online")

        def _parse_setting_type(data: object) -> SettingType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setting_type_type_0 = SettingType(data)

                return setting_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SettingType | str, data)

        setting_type = _parse_setting_type(d.pop("setting_type"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_led_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        led_area_id = _parse_led_area_id(d.pop("led_area_id", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        organization = cls(
            area_id=area_id,
            created_at=created_at,
            depth=depth,
            field=field,
            id=id,
            kind=kind,
            name=name,
            online=online,
            setting_type=setting_type,
            updated_at=updated_at,
            code=code,
            led_area_id=led_area_id,
            parent_id=parent_id,
        )

        organization.additional_properties = d
        return organization

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
