from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_list import ItemList
from ..models.item_state import ItemState
from ..models.list_type import ListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AffairsItem")


@_attrs_define
class AffairsItem:
    """An item of the access list or of the Party-building work-item list.

    Attributes:
        area_id (int): The city, county or street whose list it is; it covers the communities below.
        area_name (str): Name of that area, for display.
        authority_follows (bool): Whether the authority to do it goes with it (权随责走).
        department (str): The department that assigns it to communities.
        editable (bool): Whether the caller keeps this list (may change or withdraw the item).
        funding_follows (bool): Whether funding goes with it (费随事转).
        id (int): The item's id.
        legal_basis (str): The law, regulation or document it rests on.
        list_ (ItemList | str): Which list holds it.
        list_type (ListType | str): Statutory (依法履职), assisting (协助) or negative (负面: never handed to a community).
        state (ItemState | str): Admitted or withdrawn.
        title (str): What the work is.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        funding_yuan (int | None | Unset): Yuan that follow each assignment, when funding follows.
    """

    area_id: int
    area_name: str
    authority_follows: bool
    department: str
    editable: bool
    funding_follows: bool
    id: int
    legal_basis: str
    list_: ItemList | str
    list_type: ListType | str
    state: ItemState | str
    title: str
    updated_at: datetime.datetime
    funding_yuan: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        authority_follows = self.authority_follows

        department = self.department

        editable = self.editable

        funding_follows = self.funding_follows

        id = self.id

        legal_basis = self.legal_basis

        list_: str
        if isinstance(self.list_, ItemList):
            list_ = self.list_.value
        else:
            list_ = self.list_

        list_type: str
        if isinstance(self.list_type, ListType):
            list_type = self.list_type.value
        else:
            list_type = self.list_type

        state: str
        if isinstance(self.state, ItemState):
            state = self.state.value
        else:
            state = self.state

        title = self.title

        updated_at = self.updated_at.isoformat()

        funding_yuan: int | None | Unset
        if isinstance(self.funding_yuan, Unset):
            funding_yuan = UNSET
        else:
            funding_yuan = self.funding_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "authority_follows": authority_follows,
                "department": department,
                "editable": editable,
                "funding_follows": funding_follows,
                "id": id,
                "legal_basis": legal_basis,
                "list": list_,
                "list_type": list_type,
                "state": state,
                "title": title,
                "updated_at": updated_at,
            }
        )
        if funding_yuan is not UNSET:
            field_dict["funding_yuan"] = funding_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        authority_follows = d.pop("authority_follows")

        department = d.pop("department")

        editable = d.pop("editable")

        funding_follows = d.pop("funding_follows")

        id = d.pop("id")

        legal_basis = d.pop("legal_basis")

        def _parse_list_(data: object) -> ItemList | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                list_type_0 = ItemList(data)

                return list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemList | str, data)

        list_ = _parse_list_(d.pop("list"))

        def _parse_list_type(data: object) -> ListType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                list_type_type_0 = ListType(data)

                return list_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListType | str, data)

        list_type = _parse_list_type(d.pop("list_type"))

        def _parse_state(data: object) -> ItemState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ItemState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemState | str, data)

        state = _parse_state(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_funding_yuan(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        funding_yuan = _parse_funding_yuan(d.pop("funding_yuan", UNSET))

        affairs_item = cls(
            area_id=area_id,
            area_name=area_name,
            authority_follows=authority_follows,
            department=department,
            editable=editable,
            funding_follows=funding_follows,
            id=id,
            legal_basis=legal_basis,
            list_=list_,
            list_type=list_type,
            state=state,
            title=title,
            updated_at=updated_at,
            funding_yuan=funding_yuan,
        )

        affairs_item.additional_properties = d
        return affairs_item

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
