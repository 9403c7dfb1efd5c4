from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.category import Category
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferConfirmation")


@_attrs_define
class TransferConfirmation:
    """The receiving organization's confirmation.

    Attributes:
        category (Category | None | Unset):
        residence_area_id (int | None | Unset): The community, grid or central household the member lives in from now
            on.
        residence_org_id (int | None | Unset): Where the member lives from now on, when that changes too.
    """

    category: Category | None | Unset = UNSET
    residence_area_id: int | None | Unset = UNSET
    residence_org_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, Category):
            category = self.category.value
        else:
            category = self.category

        residence_area_id: int | None | Unset
        if isinstance(self.residence_area_id, Unset):
            residence_area_id = UNSET
        else:
            residence_area_id = self.residence_area_id

        residence_org_id: int | None | Unset
        if isinstance(self.residence_org_id, Unset):
            residence_org_id = UNSET
        else:
            residence_org_id = self.residence_org_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if residence_area_id is not UNSET:
            field_dict["residence_area_id"] = residence_area_id
        if residence_org_id is not UNSET:
            field_dict["residence_org_id"] = residence_org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_category(data: object) -> Category | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = Category(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_residence_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        residence_area_id = _parse_residence_area_id(d.pop("residence_area_id", UNSET))

        def _parse_residence_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        residence_org_id = _parse_residence_org_id(d.pop("residence_org_id", UNSET))

        transfer_confirmation = cls(
            category=category,
            residence_area_id=residence_area_id,
            residence_org_id=residence_org_id,
        )

        return transfer_confirmation
