from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Missing")


@_attrs_define
class Missing:
    """A rule still standing between the person and the next stage.

    Attributes:
        code (str): The rule (`activist-period-not-met`, `publicity-incomplete`, `quorum-not-met`, ...).
        detail (str): What is missing, in words.
        met_on (datetime.date | None | Unset): When waiting is all it takes: the date it is met.
    """

    code: str
    detail: str
    met_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        met_on: None | str | Unset
        if isinstance(self.met_on, Unset):
            met_on = UNSET
        elif isinstance(self.met_on, datetime.date):
            met_on = self.met_on.isoformat()
        else:
            met_on = self.met_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
            }
        )
        if met_on is not UNSET:
            field_dict["met_on"] = met_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        def _parse_met_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                met_on_type_0 = datetime.date.fromisoformat(data)

                return met_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        met_on = _parse_met_on(d.pop("met_on", UNSET))

        missing = cls(
            code=code,
            detail=detail,
            met_on=met_on,
        )

        missing.additional_properties = d
        return missing

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
