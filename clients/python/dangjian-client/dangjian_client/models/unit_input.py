from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.field import Field
from ..models.unit_coverage import UnitCoverage
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitInput")


@_attrs_define
class UnitInput:
    """A unit as written (create replaces nothing; update replaces every field).

    Attributes:
        area_id (int): The area it is located in.
        coverage (UnitCoverage): `own` 单独组建, `joint` 联合组建, `affiliated` 挂靠, `none` 未覆盖
        credit_code (str): 统一社会信用代码: 18 characters with a valid GB 32100 check character.
        field (Field): `government_agency` 机关, `public_institution` 事业单位, `state_enterprise` 国有企业, `private_enterprise`
            非公企业, `social_organization` 社会组织, `community` 社区, `business_building` 商务楼宇, `park` 园区, `market` 商圈市场, `internet`
            互联网业
        name (str): The unit's name.
        party_member_count (int): Party members among the staff (at most `staff_count`).
        staff_count (int): Number of staff.
        covering_org_id (int | None | Unset): The organization that covers it; required unless `coverage` is `none`,
            absent then.
        instructor (None | str | Unset): Party-building instructor (党建工作指导员), for units in buildings.
        superior_name (None | str | Unset): For a vertically managed unit whose superior is outside the tree: its name.
        superior_org_id (int | None | Unset): For a vertically managed unit (条管单位): its superior Party organization in
            the tree,
            which the street's half-year co-building feedback goes to.
    """

    area_id: int
    coverage: UnitCoverage
    credit_code: str
    field: Field
    name: str
    party_member_count: int
    staff_count: int
    covering_org_id: int | None | Unset = UNSET
    instructor: None | str | Unset = UNSET
    superior_name: None | str | Unset = UNSET
    superior_org_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        coverage = self.coverage.value

        credit_code = self.credit_code

        field = self.field.value

        name = self.name

        party_member_count = self.party_member_count

        staff_count = self.staff_count

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

        field_dict.update(
            {
                "area_id": area_id,
                "coverage": coverage,
                "credit_code": credit_code,
                "field": field,
                "name": name,
                "party_member_count": party_member_count,
                "staff_count": staff_count,
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

        coverage = UnitCoverage(d.pop("coverage"))

        credit_code = d.pop("credit_code")

        field = Field(d.pop("field"))

        name = d.pop("name")

        party_member_count = d.pop("party_member_count")

        staff_count = d.pop("staff_count")

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

        unit_input = cls(
            area_id=area_id,
            coverage=coverage,
            credit_code=credit_code,
            field=field,
            name=name,
            party_member_count=party_member_count,
            staff_count=staff_count,
            covering_org_id=covering_org_id,
            instructor=instructor,
            superior_name=superior_name,
            superior_org_id=superior_org_id,
        )

        return unit_input
