from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_kind import FundingKind

T = TypeVar("T", bound="FundingTotal")


@_attrs_define
class FundingTotal:
    """A year's funding of one line.

    Attributes:
        kind (FundingKind | str): The funding line.
        yuan (int): Yuan in the year.
    """

    kind: FundingKind | str
    yuan: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str
        if isinstance(self.kind, FundingKind):
            kind = self.kind.value
        else:
            kind = self.kind

        yuan = self.yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "yuan": yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_kind(data: object) -> FundingKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = FundingKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        yuan = d.pop("yuan")

        funding_total = cls(
            kind=kind,
            yuan=yuan,
        )

        funding_total.additional_properties = d
        return funding_total

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
