from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.gender import Gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="CadreInput")


@_attrs_define
class CadreInput:
    """A cadre to record.

    Attributes:
        area_id (int): The community.
        birth_year (int): Year of birth.
        gender (Gender): `male` 男, `female` 女
        graduate (bool): A young graduate of the talent pool; a community takes at most three (`graduates-full`).
        name (str): The cadre's name.
        post (str): Post.
        since (datetime.date): The day the cadre started; not after today.
        education (None | str | Unset): Education.
    """

    area_id: int
    birth_year: int
    gender: Gender
    graduate: bool
    name: str
    post: str
    since: datetime.date
    education: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        birth_year = self.birth_year

        gender = self.gender.value

        graduate = self.graduate

        name = self.name

        post = self.post

        since = self.since.isoformat()

        education: None | str | Unset
        if isinstance(self.education, Unset):
            education = UNSET
        else:
            education = self.education

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "birth_year": birth_year,
                "gender": gender,
                "graduate": graduate,
                "name": name,
                "post": post,
                "since": since,
            }
        )
        if education is not UNSET:
            field_dict["education"] = education

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        birth_year = d.pop("birth_year")

        gender = Gender(d.pop("gender"))

        graduate = d.pop("graduate")

        name = d.pop("name")

        post = d.pop("post")

        since = datetime.date.fromisoformat(d.pop("since"))

        def _parse_education(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        education = _parse_education(d.pop("education", UNSET))

        cadre_input = cls(
            area_id=area_id,
            birth_year=birth_year,
            gender=gender,
            graduate=graduate,
            name=name,
            post=post,
            since=since,
            education=education,
        )

        return cadre_input
