from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.co_resource import CoResource


T = TypeVar("T", bound="Suggestion")


@_attrs_define
class Suggestion:
    """A resource proposed for a need, with how well it fits.

    Attributes:
        resource (CoResource): A resource a unit offers.
        score (int): How well it fits: the kind asked for counts 4, the same community 3 (the same street 1),
            the unit's field 2.
    """

    resource: CoResource
    score: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.to_dict()

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.co_resource import CoResource  # noqa: PLC0415

        d = dict(src_dict)
        resource = CoResource.from_dict(d.pop("resource"))

        score = d.pop("score")

        suggestion = cls(
            resource=resource,
            score=score,
        )

        suggestion.additional_properties = d
        return suggestion

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
