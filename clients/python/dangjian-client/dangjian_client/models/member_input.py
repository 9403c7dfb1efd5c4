from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.category import Category
from ..models.education import Education
from ..models.gender import Gender
from ..models.stage import Stage
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberInput")


@_attrs_define
class MemberInput:
    """A member as written.

    Attributes:
        birth_date (datetime.date): Must equal the birth date in the ID number.
        category (Category): `registered` 在籍党员, `in_service` 在职党员, `mobile` 流动党员, `relocated` 搬迁入住党员
        ethnicity (str): 民族, e.g. 汉族.
        gender (Gender): `male` 男, `female` 女
        id_number (str): 18-character ID number (GB 11643 checksum).
        membership_org_id (int): The membership organization (组织关系所在党组织).
        name (str): The member's name.
        residence_area_id (int): The community, grid or central household the member lives in.
        residence_org_id (int): The organization leading the community the member lives in.
        stage (Stage): `applicant` 入党申请人, `activist` 入党积极分子, `candidate` 发展对象, `probationary` 预备党员, `full` 正式党员
        address (None | str | Unset): Home address (stored encrypted, shown masked).
        conversion_date (datetime.date | None | Unset): Date of becoming a full member (转正日期); not before `join_date`
            nor after today.
        education (Education | None | Unset):
        join_date (datetime.date | None | Unset): Date admitted as a probationary member (入党日期); not after today (China
            Standard Time).
        phone (None | str | Unset): Mobile (11 digits) or landline.
        work_unit_id (int | None | Unset): Required for `in_service` members.
    """

    birth_date: datetime.date
    category: Category
    ethnicity: str
    gender: Gender
    id_number: str
    membership_org_id: int
    name: str
    residence_area_id: int
    residence_org_id: int
    stage: Stage
    address: None | str | Unset = UNSET
    conversion_date: datetime.date | None | Unset = UNSET
    education: Education | None | Unset = UNSET
    join_date: datetime.date | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    work_unit_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        birth_date = self.birth_date.isoformat()

        category = self.category.value

        ethnicity = self.ethnicity

        gender = self.gender.value

        id_number = self.id_number

        membership_org_id = self.membership_org_id

        name = self.name

        residence_area_id = self.residence_area_id

        residence_org_id = self.residence_org_id

        stage = self.stage.value

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

        field_dict.update(
            {
                "birth_date": birth_date,
                "category": category,
                "ethnicity": ethnicity,
                "gender": gender,
                "id_number": id_number,
                "membership_org_id": membership_org_id,
                "name": name,
                "residence_area_id": residence_area_id,
                "residence_org_id": residence_org_id,
                "stage": stage,
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
        birth_date = datetime.date.fromisoformat(d.pop("birth_date"))

        category = Category(d.pop("category"))

        ethnicity = d.pop("ethnicity")

        gender = Gender(d.pop("gender"))

        id_number = d.pop("id_number")

        membership_org_id = d.pop("membership_org_id")

        name = d.pop("name")

        residence_area_id = d.pop("residence_area_id")

        residence_org_id = d.pop("residence_org_id")

        stage = Stage(d.pop("stage"))

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

        member_input = cls(
            birth_date=birth_date,
            category=category,
            ethnicity=ethnicity,
            gender=gender,
            id_number=id_number,
            membership_org_id=membership_org_id,
            name=name,
            residence_area_id=residence_area_id,
            residence_org_id=residence_org_id,
            stage=stage,
            address=address,
            conversion_date=conversion_date,
            education=education,
            join_date=join_date,
            phone=phone,
            work_unit_id=work_unit_id,
        )

        return member_input
