from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewObjection")


@_attrs_define
class NewObjection:
    """An objection to a publicity.

    Attributes:
        content (str): What the objection says.
        raised_on (datetime.date): The date the objection was raised, inside the site's period (China Standard Time).
        contact (None | str | Unset): How to reach whoever raised it (kept masked in answers).
    """

    content: str
    raised_on: datetime.date
    contact: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        raised_on = self.raised_on.isoformat()

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "raised_on": raised_on,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        new_objection = cls(
            content=content,
            raised_on=raised_on,
            contact=contact,
        )

        return new_objection
