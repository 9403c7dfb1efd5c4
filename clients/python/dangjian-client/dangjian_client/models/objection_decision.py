from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.objection_status import ObjectionStatus

T = TypeVar("T", bound="ObjectionDecision")


@_attrs_define
class ObjectionDecision:
    """The decision on an objection.

    Attributes:
        note (str): Why the objection is upheld or dismissed.
        status (ObjectionStatus): `open` 待处理, `upheld` 反映属实, `dismissed` 不属实
    """

    note: str
    status: ObjectionStatus

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "note": note,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note")

        status = ObjectionStatus(d.pop("status"))

        objection_decision = cls(
            note=note,
            status=status,
        )

        return objection_decision
