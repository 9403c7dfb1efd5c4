from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.field import Field
from ..models.org_kind import OrgKind
from ..models.setting_type import SettingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganization")


@_attrs_define
class CreateOrganization:
    """New organization.

    Attributes:
        area_id (int): The area it is located in.
        field (Field): `government_agency` 机关, `public_institution` 事业单位, `state_enterprise` 国有企业, `private_enterprise`
            非公企业, `social_organization` 社会组织, `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet`
            互联网业
        kind (OrgKind): `committee` 党委, `working_committee` 党工委, `general_branch` 党总支, `branch` 党支部, `group` 党小组
        name (str): The organization's name.
        setting_type (SettingType): `independent` 独立型, `joint` 联合型, `affiliated` 挂靠型, `extended` 拓展型, `special` 特设型,
            `regional` 区域性, `industry` 行业性
        code (None | str | Unset): The organization's code, if it has one.
        led_area_id (int | None | Unset): The area it leads, if any.
        online (bool | Unset): A 网络党支部 (online branch).
        parent_id (int | None | Unset): The organization above (none only for a root committee, by the system
            administrator).
    """

    area_id: int
    field: Field
    kind: OrgKind
    name: str
    setting_type: SettingType
    code: None | str | Unset = UNSET
    led_area_id: int | None | Unset = UNSET
    online: bool | Unset = UNSET
    parent_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        field = self.field.value

        kind = self.kind.value

        name = self.name

        setting_type = self.setting_type.value

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

        online = self.online

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "field": field,
                "kind": kind,
                "name": name,
                "setting_type": setting_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if led_area_id is not UNSET:
            field_dict["led_area_id"] = led_area_id
        if online is not UNSET:
            field_dict["online"] = online
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        field = Field(d.pop("field"))

        kind = OrgKind(d.pop("kind"))

        name = d.pop("name")

        setting_type = SettingType(d.pop("setting_type"))

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

        online = d.pop("online", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        create_organization = cls(
            area_id=area_id,
            field=field,
            kind=kind,
            name=name,
            setting_type=setting_type,
            code=code,
            led_area_id=led_area_id,
            online=online,
            parent_id=parent_id,
        )

        return create_organization
