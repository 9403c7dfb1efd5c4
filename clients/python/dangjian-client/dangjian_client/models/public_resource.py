from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_kind import ResourceKind

T = TypeVar("T", bound="PublicResource")


@_attrs_define
class PublicResource:
    """A resource as residents see it.

    Attributes:
        kind (ResourceKind | str): Venue, volunteers, funds or skills.
        title (str): What is offered.
        unit_name (str): The unit offering it.
    """

    kind: ResourceKind | str
    title: str
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str
        if isinstance(self.kind, ResourceKind):
            kind = self.kind.value
        else:
            kind = self.kind

        title = self.title

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "title": title,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_kind(data: object) -> ResourceKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = ResourceKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResourceKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        title = d.pop("title")

        unit_name = d.pop("unit_name")

        public_resource = cls(
            kind=kind,
            title=title,
            unit_name=unit_name,
        )

        public_resource.additional_properties = d
        return public_resource

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
