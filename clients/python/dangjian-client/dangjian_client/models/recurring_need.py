from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecurringNeed")


@_attrs_define
class RecurringNeed:
    """A kind of resident request that keeps coming back in a community.

    Attributes:
        category_name (str): Name of the category, for display.
        request_category_id (int): The request category.
        requests (int): Requests of the category in the community in the last 90 days.
    """

    category_name: str
    request_category_id: int
    requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_name = self.category_name

        request_category_id = self.request_category_id

        requests = self.requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_name": category_name,
                "request_category_id": request_category_id,
                "requests": requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_name = d.pop("category_name")

        request_category_id = d.pop("request_category_id")

        requests = d.pop("requests")

        recurring_need = cls(
            category_name=category_name,
            request_category_id=request_category_id,
            requests=requests,
        )

        recurring_need.additional_properties = d
        return recurring_need

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
