from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field import Field
from ..models.unit_coverage import UnitCoverage
from ..types import UNSET, Unset

T = TypeVar("T", bound="Unit")


@_attrs_define
class Unit:
    """A unit located in an area.

    Attributes:
        area_id (int): The area it is located in.
        coverage (str | UnitCoverage): How a Party organization covers it: `own`, `joint`, `affiliated` or `none` (未覆盖).
        created_at (datetime.datetime): When the unit was created (RFC 3339, UTC).
        credit_code (str): 统一社会信用代码 (GB 32100).
        field (Field | str): The field (领域) the unit belongs to, e.g. private enterprise, business building.
        id (int): The unit's id.
        name (str): The unit's name.
        party_member_count (int): Party members among the staff.
        staff_count (int): Number of staff.
        updated_at (datetime.datetime): When the unit was last changed (RFC 3339, UTC).
        covering_org_id (int | None | Unset): The organization that covers it (own, joint or affiliated).
        instructor (None | str | Unset): 党建工作指导员 (Party-building instructor), for units in buildings.
        superior_name (None | str | Unset): For a vertically managed unit: its superior Party organization outside the
            tree, by name.
        superior_org_id (int | None | Unset): For a vertically managed unit (条管单位): its superior Party organization in
            the tree.
    """

    area_id: int
    coverage: str | UnitCoverage
    created_at: datetime.datetime
    credit_code: str
    field: Field | str
    id: int
    name: str
    party_member_count: int
    staff_count: int
    updated_at: datetime.datetime
    covering_org_id: int | None | Unset = UNSET
    instructor: None | str | Unset = UNSET
    superior_name: None | str | Unset = UNSET
    superior_org_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        coverage: str
        if isinstance(self.coverage, UnitCoverage):
            coverage = self.coverage.value
        else:
            coverage = self.coverage

        created_at = self.created_at.isoformat()

        credit_code = self.credit_code

        field: str
        if isinstance(self.field, Field):
            field = self.field.value
        else:
            field = self.field

        id = self.id

        name = self.name

        party_member_count = self.party_member_count

        staff_count = self.staff_count

        updated_at = self.updated_at.isoformat()

        covering_org_id: int | None | Unset
        if isinstance(self.covering_org_id, Unset):
            covering_org_id = UNSET
        else:
            covering_org_id = self.covering_org_id

        instructor: None | str | Unset
        if isinstance(self.instructor, Unset):
            instructor = UNSET
        else:
            instructor = self.instructor

        superior_name: None | str | Unset
        if isinstance(self.superior_name, Unset):
            superior_name = UNSET
        else:
            superior_name = self.superior_name

        superior_org_id: int | None | Unset
        if isinstance(self.superior_org_id, Unset):
            superior_org_id = UNSET
        else:
            superior_org_id = self.superior_org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "coverage": coverage,
                "created_at": created_at,
                "credit_code": credit_code,
                "field": field,
                "id": id,
                "name": name,
                "party_member_count": party_member_count,
                "staff_count": staff_count,
                "updated_at": updated_at,
            }
        )
        if covering_org_id is not UNSET:
            field_dict["covering_org_id"] = covering_org_id
        if instructor is not UNSET:
            field_dict["instructor"] = instructor
        if superior_name is not UNSET:
            field_dict["superior_name"] = superior_name
        if superior_org_id is not UNSET:
            field_dict["superior_org_id"] = superior_org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        def _parse_coverage(data: object) -> str | UnitCoverage:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coverage_type_0 = UnitCoverage(data)

                return coverage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | UnitCoverage, data)

        coverage = _parse_coverage(d.pop("coverage"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        credit_code = d.pop("credit_code")

        def _parse_field(data: object) -> Field | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_0 = Field(data)

                return field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Field | str, data)

        field = _parse_field(d.pop("field"))

        id = d.pop("id")

        name = d.pop("name")

        party_member_count = d.pop("party_member_count")

        staff_count = d.pop("staff_count")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_covering_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        covering_org_id = _parse_covering_org_id(d.pop("covering_org_id", UNSET))

        def _parse_instructor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructor = _parse_instructor(d.pop("instructor", UNSET))

        def _parse_superior_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        superior_name = _parse_superior_name(d.pop("superior_name", UNSET))

        def _parse_superior_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        superior_org_id = _parse_superior_org_id(d.pop("superior_org_id", UNSET))

        unit = cls(
            area_id=area_id,
            coverage=coverage,
            created_at=created_at,
            credit_code=credit_code,
            field=field,
            id=id,
            name=name,
            party_member_count=party_member_count,
            staff_count=staff_count,
            updated_at=updated_at,
            covering_org_id=covering_org_id,
            instructor=instructor,
            superior_name=superior_name,
            superior_org_id=superior_org_id,
        )

        unit.additional_properties = d
        return unit

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
