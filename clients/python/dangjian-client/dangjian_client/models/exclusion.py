from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exclusion_reason import ExclusionReason

T = TypeVar("T", bound="Exclusion")


@_attrs_define
class Exclusion:
    """A full member not counted among those entitled to vote.

    Attributes:
        member_id (int): The excluded full member.
        name (str): Name of the member, for display.
        reason (ExclusionReason | str): Why the member is not counted (abroad, serious illness, voting rights
            suspended).
    """

    member_id: int
    name: str
    reason: ExclusionReason | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        name = self.name

        reason: str
        if isinstance(self.reason, ExclusionReason):
            reason = self.reason.value
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_id": member_id,
                "name": name,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("member_id")

        name = d.pop("name")

        def _parse_reason(data: object) -> ExclusionReason | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = ExclusionReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExclusionReason | str, data)

        reason = _parse_reason(d.pop("reason"))

        exclusion = cls(
            member_id=member_id,
            name=name,
            reason=reason,
        )

        exclusion.additional_properties = d
        return exclusion

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
