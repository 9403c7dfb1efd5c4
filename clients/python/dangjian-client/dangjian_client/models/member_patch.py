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

T = TypeVar("T", bound="MemberPatch")


@_attrs_define
class MemberPatch:
    """Changes to a member; absent fields stay as they are.

    Attributes:
        address (None | str | Unset): New home address (stored encrypted, shown masked).
        birth_date (datetime.date | None | Unset): New date of birth; must equal the birth date in the ID number.
        category (Category | None | Unset):
        conversion_date (datetime.date | None | Unset): Date of becoming a full member (转正日期); not before `join_date`
            nor after today.
        education (Education | None | Unset):
        ethnicity (None | str | Unset): New ethnicity (民族).
        gender (Gender | None | Unset):
        id_number (None | str | Unset): New 18-character ID number (GB 11643 checksum).
        join_date (datetime.date | None | Unset): Date admitted as a probationary member (入党日期); not after today.
        name (None | str | Unset): New name.
        phone (None | str | Unset): New phone number: mobile (11 digits) or landline.
        residence_area_id (int | None | Unset): The community, grid or central household the member now lives in.
        residence_org_id (int | None | Unset): The organization leading the community the member now lives in.
        stage (None | Stage | Unset):
        work_unit_id (int | None | Unset): The work unit (required for `in_service` members).
    """

    address: None | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    category: Category | None | Unset = UNSET
    conversion_date: datetime.date | None | Unset = UNSET
    education: Education | None | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    gender: Gender | None | Unset = UNSET
    id_number: None | str | Unset = UNSET
    join_date: datetime.date | None | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    residence_area_id: int | None | Unset = UNSET
    residence_org_id: int | None | Unset = UNSET
    stage: None | Stage | Unset = UNSET
    work_unit_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, Category):
            category = self.category.value
        else:
            category = self.category

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

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        join_date: None | str | Unset
        if isinstance(self.join_date, Unset):
            join_date = UNSET
        elif isinstance(self.join_date, datetime.date):
            join_date = self.join_date.isoformat()
        else:
            join_date = self.join_date

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

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

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, Stage):
            stage = self.stage.value
        else:
            stage = self.stage

        work_unit_id: int | None | Unset
        if isinstance(self.work_unit_id, Unset):
            work_unit_id = UNSET
        else:
            work_unit_id = self.work_unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if category is not UNSET:
            field_dict["category"] = category
        if conversion_date is not UNSET:
            field_dict["conversion_date"] = conversion_date
        if education is not UNSET:
            field_dict["education"] = education
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if gender is not UNSET:
            field_dict["gender"] = gender
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if join_date is not UNSET:
            field_dict["join_date"] = join_date
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if residence_area_id is not UNSET:
            field_dict["residence_area_id"] = residence_area_id
        if residence_org_id is not UNSET:
            field_dict["residence_org_id"] = residence_org_id
        if stage is not UNSET:
            field_dict["stage"] = stage
        if work_unit_id is not UNSET:
            field_dict["work_unit_id"] = work_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

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

        def _parse_ethnicity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_gender(data: object) -> Gender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

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

        def _parse_stage(data: object) -> None | Stage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = Stage(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        def _parse_work_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_unit_id = _parse_work_unit_id(d.pop("work_unit_id", UNSET))

        member_patch = cls(
            address=address,
            birth_date=birth_date,
            category=category,
            conversion_date=conversion_date,
            education=education,
            ethnicity=ethnicity,
            gender=gender,
            id_number=id_number,
            join_date=join_date,
            name=name,
            phone=phone,
            residence_area_id=residence_area_id,
            residence_org_id=residence_org_id,
            stage=stage,
            work_unit_id=work_unit_id,
        )

        return member_patch
