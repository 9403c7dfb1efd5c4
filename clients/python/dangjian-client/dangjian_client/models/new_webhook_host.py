from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewWebhookHost")


@_attrs_define
class NewWebhookHost:
    """A host to allow.

    Attributes:
        pattern (str): A host name, or `*.` and a domain for every host below it. Example: *.hotline.example.gov.cn.
        private (bool | None | Unset): Default false.
    """

    pattern: str
    private: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        private: bool | None | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        else:
            private = self.private

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pattern": pattern,
            }
        )
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pattern = d.pop("pattern")

        def _parse_private(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        private = _parse_private(d.pop("private", UNSET))

        new_webhook_host = cls(
            pattern=pattern,
            private=private,
        )

        return new_webhook_host
