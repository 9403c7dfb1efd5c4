from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.opinion_purpose import OpinionPurpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpinionRequestInput")


@_attrs_define
class OpinionRequestInput:
    """A request for a community's opinion on a cadre.

    Attributes:
        area_id (int): The community asked: the cadre's residence or location community (ask each in its own request).
        purpose (OpinionPurpose): `annual_assessment` 年度考核, `award` 评先评优, `promotion` 提拔使用, `party_admission` 发展入党,
            `cadre_evaluation` 干部考察
        question (str): What the asker wants to know.
        subject_name (str): The cadre's name.
        year (int): The year it is about.
        department (None | str | Unset): The department asking (default: the account's name).
        id_number (None | str | Unset): The cadre's ID number, so that the community finds its resident; used to look up
            and never stored.
    """

    area_id: int
    purpose: OpinionPurpose
    question: str
    subject_name: str
    year: int
    department: None | str | Unset = UNSET
    id_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        purpose = self.purpose.value

        question = self.question

        subject_name = self.subject_name

        year = self.year

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "purpose": purpose,
                "question": question,
                "subject_name": subject_name,
                "year": year,
            }
        )
        if department is not UNSET:
            field_dict["department"] = department
        if id_number is not UNSET:
            field_dict["id_number"] = id_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        purpose = OpinionPurpose(d.pop("purpose"))

        question = d.pop("question")

        subject_name = d.pop("subject_name")

        year = d.pop("year")

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        opinion_request_input = cls(
            area_id=area_id,
            purpose=purpose,
            question=question,
            subject_name=subject_name,
            year=year,
            department=department,
            id_number=id_number,
        )

        return opinion_request_input
