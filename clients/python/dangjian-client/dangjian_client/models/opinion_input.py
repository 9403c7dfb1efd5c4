from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.opinion_purpose import OpinionPurpose
from ..models.opinion_subject import OpinionSubject
from ..models.verdict import Verdict
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpinionInput")


@_attrs_define
class OpinionInput:
    """An opinion the community gives on its own motion (or as a unit's or resident's file asks).

    Attributes:
        area_id (int): The community giving it.
        content (str): The opinion's text.
        purpose (OpinionPurpose): `annual_assessment` 年度考核, `award` 评先评优, `promotion` 提拔使用, `party_admission` 发展入党,
            `cadre_evaluation` 干部考察
        subject_id (int): The unit's or the member's id.
        subject_kind (OpinionSubject): `unit` 驻区单位, `resident` 居民, `cadre` 干部
        verdict (Verdict): `agree` 同意, `reserved` 有保留意见, `disagree` 不同意
        year (int): The year it is about.
        given_on (datetime.date | None | Unset): The day it is given; not after today (default today).
    """

    area_id: int
    content: str
    purpose: OpinionPurpose
    subject_id: int
    subject_kind: OpinionSubject
    verdict: Verdict
    year: int
    given_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        content = self.content

        purpose = self.purpose.value

        subject_id = self.subject_id

        subject_kind = self.subject_kind.value

        verdict = self.verdict.value

        year = self.year

        given_on: None | str | Unset
        if isinstance(self.given_on, Unset):
            given_on = UNSET
        elif isinstance(self.given_on, datetime.date):
            given_on = self.given_on.isoformat()
        else:
            given_on = self.given_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "content": content,
                "purpose": purpose,
                "subject_id": subject_id,
                "subject_kind": subject_kind,
                "verdict": verdict,
                "year": year,
            }
        )
        if given_on is not UNSET:
            field_dict["given_on"] = given_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        content = d.pop("content")

        purpose = OpinionPurpose(d.pop("purpose"))

        subject_id = d.pop("subject_id")

        subject_kind = OpinionSubject(d.pop("subject_kind"))

        verdict = Verdict(d.pop("verdict"))

        year = d.pop("year")

        def _parse_given_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                given_on_type_0 = datetime.date.fromisoformat(data)

                return given_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        given_on = _parse_given_on(d.pop("given_on", UNSET))

        opinion_input = cls(
            area_id=area_id,
            content=content,
            purpose=purpose,
            subject_id=subject_id,
            subject_kind=subject_kind,
            verdict=verdict,
            year=year,
            given_on=given_on,
        )

        return opinion_input
