from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.item_list import ItemList
from ..models.list_type import ListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AffairsItemInput")


@_attrs_define
class AffairsItemInput:
    """An item to put on a list.

    Attributes:
        area_id (int): The city, county or street keeping the list.
        authority_follows (bool): Whether the authority goes with the work.
        department (str): The department that assigns it.
        funding_follows (bool): Whether funding goes with the work.
        legal_basis (str): The law, regulation or document it rests on.
        list_ (ItemList): `affairs` 社区事务准入清单, `party_work` 社区党建工作事项清单
        list_type (ListType): `statutory` 依法履职, `assisting` 协助, `negative` 负面
        title (str): What the work is.
        funding_yuan (int | None | Unset): Yuan that follow each assignment.
    """

    area_id: int
    authority_follows: bool
    department: str
    funding_follows: bool
    legal_basis: str
    list_: ItemList
    list_type: ListType
    title: str
    funding_yuan: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        authority_follows = self.authority_follows

        department = self.department

        funding_follows = self.funding_follows

        legal_basis = self.legal_basis

        list_ = self.list_.value

        list_type = self.list_type.value

        title = self.title

        funding_yuan: int | None | Unset
        if isinstance(self.funding_yuan, Unset):
            funding_yuan = UNSET
        else:
            funding_yuan = self.funding_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "authority_follows": authority_follows,
                "department": department,
                "funding_follows": funding_follows,
                "legal_basis": legal_basis,
                "list": list_,
                "list_type": list_type,
                "title": title,
            }
        )
        if funding_yuan is not UNSET:
            field_dict["funding_yuan"] = funding_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        authority_follows = d.pop("authority_follows")

        department = d.pop("department")

        funding_follows = d.pop("funding_follows")

        legal_basis = d.pop("legal_basis")

        list_ = ItemList(d.pop("list"))

        list_type = ListType(d.pop("list_type"))

        title = d.pop("title")

        def _parse_funding_yuan(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        funding_yuan = _parse_funding_yuan(d.pop("funding_yuan", UNSET))

        affairs_item_input = cls(
            area_id=area_id,
            authority_follows=authority_follows,
            department=department,
            funding_follows=funding_follows,
            legal_basis=legal_basis,
            list_=list_,
            list_type=list_type,
            title=title,
            funding_yuan=funding_yuan,
        )

        return affairs_item_input
