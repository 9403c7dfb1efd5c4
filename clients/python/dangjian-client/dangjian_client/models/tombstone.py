from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.departure import Departure
from ..models.resource import Resource

T = TypeVar("T", bound="Tombstone")


@_attrs_define
class Tombstone:
    """An object that was deleted or left the caller's view.

    Attributes:
        id (int): The object's id.
        reason (Departure | str): `deleted` (gone for everyone) or `moved` (moved out of the caller's part of the tree).
        removed_at (datetime.datetime): When it was deleted or moved.
        resource (Resource | str): The kind of object: `member`, `organization`, `unit` or `area`.
    """

    id: int
    reason: Departure | str
    removed_at: datetime.datetime
    resource: Resource | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reason: str
        if isinstance(self.reason, Departure):
            reason = self.reason.value
        else:
            reason = self.reason

        removed_at = self.removed_at.isoformat()

        resource: str
        if isinstance(self.resource, Resource):
            resource = self.resource.value
        else:
            resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reason": reason,
                "removed_at": removed_at,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_reason(data: object) -> Departure | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = Departure(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Departure | str, data)

        reason = _parse_reason(d.pop("reason"))

        removed_at = datetime.datetime.fromisoformat(d.pop("removed_at"))

        def _parse_resource(data: object) -> Resource | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_0 = Resource(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Resource | str, data)

        resource = _parse_resource(d.pop("resource"))

        tombstone = cls(
            id=id,
            reason=reason,
            removed_at=removed_at,
            resource=resource,
        )

        tombstone.additional_properties = d
        return tombstone

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
