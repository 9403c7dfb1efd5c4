from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SecondFactorCode")


@_attrs_define
class SecondFactorCode:
    """A code from the authenticator app.

    Attributes:
        code (str): The 6-digit code the authenticator app shows now.
    """

    code: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        second_factor_code = cls(
            code=code,
        )

        return second_factor_code
