from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.item_state import ItemState
from ..models.list_type import ListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AffairsItemChange")


@_attrs_define
class AffairsItemChange:
    """A change of an item; absent fields stay as they are.

    Attributes:
        authority_follows (bool | None | Unset): Whether the authority goes with the work.
        department (None | str | Unset): The department that assigns it.
        funding_follows (bool | None | Unset): Whether funding goes with the work.
        funding_yuan (int | None | Unset): Yuan that follow each assignment.
        legal_basis (None | str | Unset): The law, regulation or document it rests on.
        list_type (ListType | None | Unset):
        state (ItemState | None | Unset):
        title (None | str | Unset): What the work is.
    """

    authority_follows: bool | None | Unset = UNSET
    department: None | str | Unset = UNSET
    funding_follows: bool | None | Unset = UNSET
    funding_yuan: int | None | Unset = UNSET
    legal_basis: None | str | Unset = UNSET
    list_type: ListType | None | Unset = UNSET
    state: ItemState | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        authority_follows: bool | None | Unset
        if isinstance(self.authority_follows, Unset):
            authority_follows = UNSET
        else:
            authority_follows = self.authority_follows

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        funding_follows: bool | None | Unset
        if isinstance(self.funding_follows, Unset):
            funding_follows = UNSET
        else:
            funding_follows = self.funding_follows

        funding_yuan: int | None | Unset
        if isinstance(self.funding_yuan, Unset):
            funding_yuan = UNSET
        else:
            funding_yuan = self.funding_yuan

        legal_basis: None | str | Unset
        if isinstance(self.legal_basis, Unset):
            legal_basis = UNSET
        else:
            legal_basis = self.legal_basis

        list_type: None | str | Unset
        if isinstance(self.list_type, Unset):
            list_type = UNSET
        elif isinstance(self.list_type, ListType):
            list_type = self.list_type.value
        else:
            list_type = self.list_type

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ItemState):
            state = self.state.value
        else:
            state = self.state

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if authority_follows is not UNSET:
            field_dict["authority_follows"] = authority_follows
        if department is not UNSET:
            field_dict["department"] = department
        if funding_follows is not UNSET:
            field_dict["funding_follows"] = funding_follows
        if funding_yuan is not UNSET:
            field_dict["funding_yuan"] = funding_yuan
        if legal_basis is not UNSET:
            field_dict["legal_basis"] = legal_basis
        if list_type is not UNSET:
            field_dict["list_type"] = list_type
        if state is not UNSET:
            field_dict["state"] = state
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authority_follows(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        authority_follows = _parse_authority_follows(d.pop("authority_follows", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_funding_follows(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        funding_follows = _parse_funding_follows(d.pop("funding_follows", UNSET))

        def _parse_funding_yuan(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        funding_yuan = _parse_funding_yuan(d.pop("funding_yuan", UNSET))

        def _parse_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis", UNSET))

        def _parse_list_type(data: object) -> ListType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                list_type_type_0 = ListType(data)

                return list_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListType | None | Unset, data)

        list_type = _parse_list_type(d.pop("list_type", UNSET))

        def _parse_state(data: object) -> ItemState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ItemState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        affairs_item_change = cls(
            authority_follows=authority_follows,
            department=department,
            funding_follows=funding_follows,
            funding_yuan=funding_yuan,
            legal_basis=legal_basis,
            list_type=list_type,
            state=state,
            title=title,
        )

        return affairs_item_change
