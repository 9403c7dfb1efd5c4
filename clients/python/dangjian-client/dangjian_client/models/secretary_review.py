from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_result import ReviewResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_score import ReviewScore


T = TypeVar("T", bound="SecretaryReview")


@_attrs_define
class SecretaryReview:
    """A secretary's annual report and review on grassroots Party-building.

    Attributes:
        id (int): The review's id.
        org_id (int): The Party committee whose secretary reports.
        org_name (str): Name of the committee, for display.
        report (str): The report (述职报告).
        reported_on (datetime.date): The day it was given.
        scores (list[ReviewScore]): The committee's scores so far.
        secretary_name (str): The secretary's name.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        year (int): The year reported on.
        average_score (float | None | Unset): The average, once concluded.
        concluded_on (datetime.date | None | Unset): The day it was concluded.
        result (None | ReviewResult | str | Unset):
    """

    id: int
    org_id: int
    org_name: str
    report: str
    reported_on: datetime.date
    scores: list[ReviewScore]
    secretary_name: str
    updated_at: datetime.datetime
    year: int
    average_score: float | None | Unset = UNSET
    concluded_on: datetime.date | None | Unset = UNSET
    result: None | ReviewResult | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        org_name = self.org_name

        report = self.report

        reported_on = self.reported_on.isoformat()

        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)

        secretary_name = self.secretary_name

        updated_at = self.updated_at.isoformat()

        year = self.year

        average_score: float | None | Unset
        if isinstance(self.average_score, Unset):
            average_score = UNSET
        else:
            average_score = self.average_score

        concluded_on: None | str | Unset
        if isinstance(self.concluded_on, Unset):
            concluded_on = UNSET
        elif isinstance(self.concluded_on, datetime.date):
            concluded_on = self.concluded_on.isoformat()
        else:
            concluded_on = self.concluded_on

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ReviewResult):
            result = self.result.value
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "org_name": org_name,
                "report": report,
                "reported_on": reported_on,
                "scores": scores,
                "secretary_name": secretary_name,
                "updated_at": updated_at,
                "year": year,
            }
        )
        if average_score is not UNSET:
            field_dict["average_score"] = average_score
        if concluded_on is not UNSET:
            field_dict["concluded_on"] = concluded_on
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_score import ReviewScore  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        report = d.pop("report")

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        scores = []
        _scores = d.pop("scores")
        for scores_item_data in _scores:
            scores_item = ReviewScore.from_dict(scores_item_data)

            scores.append(scores_item)

        secretary_name = d.pop("secretary_name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        year = d.pop("year")

        def _parse_average_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_score = _parse_average_score(d.pop("average_score", UNSET))

        def _parse_concluded_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                concluded_on_type_0 = datetime.date.fromisoformat(data)

                return concluded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        concluded_on = _parse_concluded_on(d.pop("concluded_on", UNSET))

        def _parse_result(data: object) -> None | ReviewResult | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0_type_0 = ReviewResult(data)

                return result_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewResult | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        secretary_review = cls(
            id=id,
            org_id=org_id,
            org_name=org_name,
            report=report,
            reported_on=reported_on,
            scores=scores,
            secretary_name=secretary_name,
            updated_at=updated_at,
            year=year,
            average_score=average_score,
            concluded_on=concluded_on,
            result=result,
        )

        secretary_review.additional_properties = d
        return secretary_review

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
