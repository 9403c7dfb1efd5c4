from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.field import Field
from ..models.setting_type import SettingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrganization")


@_attrs_define
class UpdateOrganization:
    """Changes to an organization; absent fields stay as they are.

    Attributes:
        area_id (int | None | Unset): The area it is now located in (驻地).
        code (None | str | Unset): New code; `null` removes it.
        field (Field | None | Unset):
        led_area_id (int | None | Unset): The area it now leads; `null` when it leads none.
        name (None | str | Unset): New name.
        online (bool | None | Unset): Whether it is an online branch (网络党支部).
        parent_id (int | None | Unset): Move the organization and its whole subtree under another organization.
        setting_type (None | SettingType | Unset):
    """

    area_id: int | None | Unset = UNSET
    code: None | str | Unset = UNSET
    field: Field | None | Unset = UNSET
    led_area_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    online: bool | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    setting_type: None | SettingType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        elif isinstance(self.field, Field):
            field = self.field.value
        else:
            field = self.field

        led_area_id: int | None | Unset
        if isinstance(self.led_area_id, Unset):
            led_area_id = UNSET
        else:
            led_area_id = self.led_area_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        online: bool | None | Unset
        if isinstance(self.online, Unset):
            online = UNSET
        else:
            online = self.online

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        setting_type: None | str | Unset
        if isinstance(self.setting_type, Unset):
            setting_type = UNSET
        elif isinstance(self.setting_type, SettingType):
            setting_type = self.setting_type.value
        else:
            setting_type = self.setting_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if area_id is not UNSET:
            field_dict["area_id"] = area_id
        if code is not UNSET:
            field_dict["code"] = code
        if field is not UNSET:
            field_dict["field"] = field
        if led_area_id is not UNSET:
            field_dict["led_area_id"] = led_area_id
        if name is not UNSET:
            field_dict["name"] = name
        if online is not UNSET:
            field_dict["online"] = online
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if setting_type is not UNSET:
            field_dict["setting_type"] = setting_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("area_id", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_field(data: object) -> Field | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_0 = Field(data)

                return field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Field | None | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_led_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        led_area_id = _parse_led_area_id(d.pop("led_area_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_online(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        online = _parse_online(d.pop("online", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_setting_type(data: object) -> None | SettingType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setting_type_type_0 = SettingType(data)

                return setting_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SettingType | Unset, data)

        setting_type = _parse_setting_type(d.pop("setting_type", UNSET))

        update_organization = cls(
            area_id=area_id,
            code=code,
            field=field,
            led_area_id=led_area_id,
            name=name,
            online=online,
            parent_id=parent_id,
            setting_type=setting_type,
        )

        return update_organization
