from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category
from ..models.education import Education
from ..models.gender import Gender
from ..models.management_side import ManagementSide
from ..models.stage import Stage
from ..types import UNSET, Unset

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A member as shown: ID number, phone and address are always masked here and the birth
    date is shown as a year only, so that no masked value can be rebuilt from the rest; the
    full values come from `/members/{id}/personal-data` for callers allowed to see them.

        Attributes:
            birth_year (int): Year of birth (the full date is personal data).
            category (Category): `registered` 在籍党员, `in_service` 在职党员, `mobile` 流动党员, `relocated` 搬迁入住党员
            created_at (datetime.datetime):
            ethnicity (str): 民族
            gender (Gender): `male` 男, `female` 女
            id (int):
            id_number (str): Masked: `6109**********123X` (province and city, and the last four characters).
            managed_as (ManagementSide): Which management link the caller holds for a member.
            membership_org_id (int): 组织关系所在党组织.
            membership_org_name (str):
            name (str):
            residence_area_id (int): Community, grid or central household the member lives in.
            residence_area_name (str):
            residence_org_id (int): The organization leading the community the member lives in.
            residence_org_name (str):
            stage (Stage): `applicant` 入党申请人, `activist` 入党积极分子, `candidate` 发展对象, `probationary` 预备党员, `full` 正式党员
            updated_at (datetime.datetime):
            address (None | str | Unset): Masked to the community the member lives in: `育才社区****`.
            conversion_date (datetime.date | None | Unset): 转正日期.
            education (Education | None | Unset):
            join_date (datetime.date | None | Unset): 入党日期 (admission as probationary member).
            phone (None | str | Unset): Masked: `138****5678`.
            work_unit_id (int | None | Unset): The work unit (in-service members).
    """

    birth_year: int
    category: Category
    created_at: datetime.datetime
    ethnicity: str
    gender: Gender
    id: int
    id_number: str
    managed_as: ManagementSide
    membership_org_id: int
    membership_org_name: str
    name: str
    residence_area_id: int
    residence_area_name: str
    residence_org_id: int
    residence_org_name: str
    stage: Stage
    updated_at: datetime.datetime
    address: None | str | Unset = UNSET
    conversion_date: datetime.date | None | Unset = UNSET
    education: Education | None | Unset = UNSET
    join_date: datetime.date | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    work_unit_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        birth_year = self.birth_year

        category = self.category.value

        created_at = self.created_at.isoformat()

        ethnicity = self.ethnicity

        gender = self.gender.value

        id = self.id

        id_number = self.id_number

        managed_as = self.managed_as.value

        membership_org_id = self.membership_org_id

        membership_org_name = self.membership_org_name

        name = self.name

        residence_area_id = self.residence_area_id

        residence_area_name = self.residence_area_name

        residence_org_id = self.residence_org_id

        residence_org_name = self.residence_org_name

        stage = self.stage.value

        updated_at = self.updated_at.isoformat()

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        conversion_date: None | str | Unset
        if isinstance(self.conversion_date, Unset):
            conversion_date = UNSET
        elif isinstance(self.conversion_date, datetime.date):
            conversion_date = self.conversion_date.isoformat()
        else:
            conversion_date = self.conversion_date

        education: None | str | Unset
        if isinstance(self.education, Unset):
            education = UNSET
        elif isinstance(self.education, Education):
            education = self.education.value
        else:
            education = self.education

        join_date: None | str | Unset
        if isinstance(self.join_date, Unset):
            join_date = UNSET
        elif isinstance(self.join_date, datetime.date):
            join_date = self.join_date.isoformat()
        else:
            join_date = self.join_date

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        work_unit_id: int | None | Unset
        if isinstance(self.work_unit_id, Unset):
            work_unit_id = UNSET
        else:
            work_unit_id = self.work_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "birth_year": birth_year,
                "category": category,
                "created_at": created_at,
                "ethnicity": ethnicity,
                "gender": gender,
                "id": id,
                "id_number": id_number,
                "managed_as": managed_as,
                "membership_org_id": membership_org_id,
                "membership_org_name": membership_org_name,
                "name": name,
                "residence_area_id": residence_area_id,
                "residence_area_name": residence_area_name,
                "residence_org_id": residence_org_id,
                "residence_org_name": residence_org_name,
                "stage": stage,
                "updated_at": updated_at,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if conversion_date is not UNSET:
            field_dict["conversion_date"] = conversion_date
        if education is not UNSET:
            field_dict["education"] = education
        if join_date is not UNSET:
            field_dict["join_date"] = join_date
        if phone is not UNSET:
            field_dict["phone"] = phone
        if work_unit_id is not UNSET:
            field_dict["work_unit_id"] = work_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        birth_year = d.pop("birth_year")

        category = Category(d.pop("category"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        ethnicity = d.pop("ethnicity")

        gender = Gender(d.pop("gender"))

        id = d.pop("id")

        id_number = d.pop("id_number")

        managed_as = ManagementSide(d.pop("managed_as"))

        membership_org_id = d.pop("membership_org_id")

        membership_org_name = d.pop("membership_org_name")

        name = d.pop("name")

        residence_area_id = d.pop("residence_area_id")

        residence_area_name = d.pop("residence_area_name")

        residence_org_id = d.pop("residence_org_id")

        residence_org_name = d.pop("residence_org_name")

        stage = Stage(d.pop("stage"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_conversion_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversion_date_type_0 = datetime.date.fromisoformat(data)

                return conversion_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        conversion_date = _parse_conversion_date(d.pop("conversion_date", UNSET))

        def _parse_education(data: object) -> Education | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                education_type_0 = Education(data)

                return education_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Education | None | Unset, data)

        education = _parse_education(d.pop("education", UNSET))

        def _parse_join_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                join_date_type_0 = datetime.date.fromisoformat(data)

                return join_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        join_date = _parse_join_date(d.pop("join_date", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_work_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_unit_id = _parse_work_unit_id(d.pop("work_unit_id", UNSET))

        member = cls(
            birth_year=birth_year,
            category=category,
            created_at=created_at,
            ethnicity=ethnicity,
            gender=gender,
            id=id,
            id_number=id_number,
            managed_as=managed_as,
            membership_org_id=membership_org_id,
            membership_org_name=membership_org_name,
            name=name,
            residence_area_id=residence_area_id,
            residence_area_name=residence_area_name,
            residence_org_id=residence_org_id,
            residence_org_name=residence_org_name,
            stage=stage,
            updated_at=updated_at,
            address=address,
            conversion_date=conversion_date,
            education=education,
            join_date=join_date,
            phone=phone,
            work_unit_id=work_unit_id,
        )

        member.additional_properties = d
        return member

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
