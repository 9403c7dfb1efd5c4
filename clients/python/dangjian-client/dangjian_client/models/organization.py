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
        created_at (datetime.datetime):
        depth (int): 0 for a root organization.
        field (Field): `government_agency` 机关, `public_institution` 事业单位, `state_enterprise` 国有企业, `private_enterprise`
            非公企业, `social_organization` 社会组织, `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet`
            互联网业
        id (int):
        kind (OrgKind): `committee` 党委, `working_committee` 党工委, `general_branch` 党总支, `branch` 党支部, `group` 党小组
        name (str):
        online (bool): A 网络党支部 (online branch, §10).
        setting_type (SettingType): `independent` 独立型, `joint` 联合型, `affiliated` 挂靠型, `extended` 拓展型, `special` 特设型,
            `regional` 区域性, `industry` 行业性
        updated_at (datetime.datetime):
        code (None | str | Unset):
        led_area_id (int | None | Unset): The area it leads, if any (a street's 党工委 leads the street).
        parent_id (int | None | Unset): The organization above in the Party hierarchy.
    """

    area_id: int
    created_at: datetime.datetime
    depth: int
    field: Field
    id: int
    kind: OrgKind
    name: str
    online: bool
    setting_type: SettingType
    updated_at: datetime.datetime
    code: None | str | Unset = UNSET
    led_area_id: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        created_at = self.created_at.isoformat()

        depth = self.depth

        field = self.field.value

        id = self.id

        kind = self.kind.value

        name = self.name

        online = self.online

        setting_type = self.setting_type.value

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

        field = Field(d.pop("field"))

        id = d.pop("id")

        kind = OrgKind(d.pop("kind"))

        name = d.pop("name")

        online = d.pop("online")

        setting_type = SettingType(d.pop("setting_type"))

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
