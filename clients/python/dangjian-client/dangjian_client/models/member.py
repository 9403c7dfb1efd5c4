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
            category (Category | str): How the residence community relates to the member (在籍, 在职, 流动 or 搬迁入住党员).
            created_at (datetime.datetime): When the member was registered (RFC 3339, UTC).
            ethnicity (str): 民族
            gender (Gender | str): Gender as on the ID card.
            id (int): The member's id.
            id_number (str): Masked: `6109**********123X` (province and city, and the last four characters).
            managed_as (ManagementSide | str): The link through which the caller sees this member.
            membership_org_id (int): 组织关系所在党组织.
            membership_org_name (str): Name of the membership organization, for display.
            name (str): The member's name.
            residence_area_id (int): Community, grid or central household the member lives in.
            residence_area_name (str): Name of the residence area, for display.
            residence_org_id (int): The organization leading the community the member lives in.
            residence_org_name (str): Name of the residence organization, for display.
            stage (Stage | str): Stage in the development pipeline (e.g. `probationary` 预备党员, `full` 正式党员).
            updated_at (datetime.datetime): When the member was last changed (RFC 3339, UTC).
            address (None | str | Unset): Masked to the community the member lives in: `育才社区****`.
            conversion_date (datetime.date | None | Unset): 转正日期.
            education (Education | None | str | Unset):
            join_date (datetime.date | None | Unset): 入党日期 (admission as probationary member).
            phone (None | str | Unset): Masked: `138****5678`.
            work_unit_id (int | None | Unset): The work unit (in-service members).
    """

    birth_year: int
    category: Category | str
    created_at: datetime.datetime
    ethnicity: str
    gender: Gender | str
    id: int
    id_number: str
    managed_as: ManagementSide | str
    membership_org_id: int
    membership_org_name: str
    name: str
    residence_area_id: int
    residence_area_name: str
    residence_org_id: int
    residence_org_name: str
    stage: Stage | str
    updated_at: datetime.datetime
    address: None | str | Unset = UNSET
    conversion_date: datetime.date | None | Unset = UNSET
    education: Education | None | str | Unset = UNSET
    join_date: datetime.date | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    work_unit_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        birth_year = self.birth_year

        category: str
        if isinstance(self.category, Category):
            category = self.category.value
        else:
            category = self.category

        created_at = self.created_at.isoformat()

        ethnicity = self.ethnicity

        gender: str
        if isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        id = self.id

        id_number = self.id_number

        managed_as: str
        if isinstance(self.managed_as, ManagementSide):
            managed_as = self.managed_as.value
        else:
            managed_as = self.managed_as

        membership_org_id = self.membership_org_id

        membership_org_name = self.membership_org_name

        name = self.name

        residence_area_id = self.residence_area_id

        residence_area_name = self.residence_area_name

        residence_org_id = self.residence_org_id

        residence_org_name = self.residence_org_name

        stage: str
        if isinstance(self.stage, Stage):
            stage = self.stage.value
        else:
            stage = self.stage

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

        def _parse_category(data: object) -> Category | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = Category(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | str, data)

        category = _parse_category(d.pop("category"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        ethnicity = d.pop("ethnicity")

        def _parse_gender(data: object) -> Gender | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | str, data)

        gender = _parse_gender(d.pop("gender"))

        id = d.pop("id")

        id_number = d.pop("id_number")

        def _parse_managed_as(data: object) -> ManagementSide | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                managed_as_type_0 = ManagementSide(data)

                return managed_as_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagementSide | str, data)

        managed_as = _parse_managed_as(d.pop("managed_as"))

        membership_org_id = d.pop("membership_org_id")

        membership_org_name = d.pop("membership_org_name")

        name = d.pop("name")

        residence_area_id = d.pop("residence_area_id")

        residence_area_name = d.pop("residence_area_name")

        residence_org_id = d.pop("residence_org_id")

        residence_org_name = d.pop("residence_org_name")

        def _parse_stage(data: object) -> Stage | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = Stage(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Stage | str, data)

        stage = _parse_stage(d.pop("stage"))

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

        def _parse_education(data: object) -> Education | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                education_type_0_type_0 = Education(data)

                return education_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Education | None | str | Unset, data)

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
