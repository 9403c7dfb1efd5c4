from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="Cadre")


@_attrs_define
class Cadre:
    """A community cadre.

    Attributes:
        area_id (int): The community.
        area_name (str): Name of the community, for display.
        birth_year (int): Year of birth (the age is what the ledger shows).
        gender (Gender | str): Gender.
        graduate (bool): A young graduate of the talent pool (高校毕业生).
        id (int): The record's id.
        name (str): The cadre's name.
        post (str): Post (书记、主任、委员、专职工作者…).
        since (datetime.date): The day the cadre started.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        education (None | str | Unset): Education.
        left_on (datetime.date | None | Unset): The day the cadre left, if so.
    """

    area_id: int
    area_name: str
    birth_year: int
    gender: Gender | str
    graduate: bool
    id: int
    name: str
    post: str
    since: datetime.date
    updated_at: datetime.datetime
    education: None | str | Unset = UNSET
    left_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        birth_year = self.birth_year

        gender: str
        if isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        graduate = self.graduate

        id = self.id

        name = self.name

        post = self.post

        since = self.since.isoformat()

        updated_at = self.updated_at.isoformat()

        education: None | str | Unset
        if isinstance(self.education, Unset):
            education = UNSET
        else:
            education = self.education

        left_on: None | str | Unset
        if isinstance(self.left_on, Unset):
            left_on = UNSET
        elif isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "birth_year": birth_year,
                "gender": gender,
                "graduate": graduate,
                "id": id,
                "name": name,
                "post": post,
                "since": since,
                "updated_at": updated_at,
            }
        )
        if education is not UNSET:
            field_dict["education"] = education
        if left_on is not UNSET:
            field_dict["left_on"] = left_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        birth_year = d.pop("birth_year")

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

        graduate = d.pop("graduate")

        id = d.pop("id")

        name = d.pop("name")

        post = d.pop("post")

        since = datetime.date.fromisoformat(d.pop("since"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_education(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        education = _parse_education(d.pop("education", UNSET))

        def _parse_left_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)

                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        left_on = _parse_left_on(d.pop("left_on", UNSET))

        cadre = cls(
            area_id=area_id,
            area_name=area_name,
            birth_year=birth_year,
            gender=gender,
            graduate=graduate,
            id=id,
            name=name,
            post=post,
            since=since,
            updated_at=updated_at,
            education=education,
            left_on=left_on,
        )

        cadre.additional_properties = d
        return cadre

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
