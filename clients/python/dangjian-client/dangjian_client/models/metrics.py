from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metrics")


@_attrs_define
class Metrics:
    """The figures of a set of requests.

    Attributes:
        answered_in_time (int): Accepted or rejected within the accepting SLA.
        rated (int): Requests the resident rated.
        received (int): Requests received in the period.
        resolved (int): Resolved or closed.
        satisfied (int): Requests rated 4 or 5 (satisfied).
        median_hours_to_answer (float | None | Unset): Median hours from receipt to the first acceptance or rejection.
        median_hours_to_resolve (float | None | Unset): Median hours from receipt to the (last) resolution.
        per_thousand_households (float | None | Unset): Received per 1,000 households of the area.
        resolution_rate (float | None | Unset): Resolved or closed ÷ received and not rejected.
        response_rate (float | None | Unset): Answered within the SLA ÷ received.
        satisfaction_rate (float | None | Unset): Rated 4 or 5 ÷ rated.
    """

    answered_in_time: int
    rated: int
    received: int
    resolved: int
    satisfied: int
    median_hours_to_answer: float | None | Unset = UNSET
    median_hours_to_resolve: float | None | Unset = UNSET
    per_thousand_households: float | None | Unset = UNSET
    resolution_rate: float | None | Unset = UNSET
    response_rate: float | None | Unset = UNSET
    satisfaction_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_in_time = self.answered_in_time

        rated = self.rated

        received = self.received

        resolved = self.resolved

        satisfied = self.satisfied

        median_hours_to_answer: float | None | Unset
        if isinstance(self.median_hours_to_answer, Unset):
            median_hours_to_answer = UNSET
        else:
            median_hours_to_answer = self.median_hours_to_answer

        median_hours_to_resolve: float | None | Unset
        if isinstance(self.median_hours_to_resolve, Unset):
            median_hours_to_resolve = UNSET
        else:
            median_hours_to_resolve = self.median_hours_to_resolve

        per_thousand_households: float | None | Unset
        if isinstance(self.per_thousand_households, Unset):
            per_thousand_households = UNSET
        else:
            per_thousand_households = self.per_thousand_households

        resolution_rate: float | None | Unset
        if isinstance(self.resolution_rate, Unset):
            resolution_rate = UNSET
        else:
            resolution_rate = self.resolution_rate

        response_rate: float | None | Unset
        if isinstance(self.response_rate, Unset):
            response_rate = UNSET
        else:
            response_rate = self.response_rate

        satisfaction_rate: float | None | Unset
        if isinstance(self.satisfaction_rate, Unset):
            satisfaction_rate = UNSET
        else:
            satisfaction_rate = self.satisfaction_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered_in_time": answered_in_time,
                "rated": rated,
                "received": received,
                "resolved": resolved,
                "satisfied": satisfied,
            }
        )
        if median_hours_to_answer is not UNSET:
            field_dict["median_hours_to_answer"] = median_hours_to_answer
        if median_hours_to_resolve is not UNSET:
            field_dict["median_hours_to_resolve"] = median_hours_to_resolve
        if per_thousand_households is not UNSET:
            field_dict["per_thousand_households"] = per_thousand_households
        if resolution_rate is not UNSET:
            field_dict["resolution_rate"] = resolution_rate
        if response_rate is not UNSET:
            field_dict["response_rate"] = response_rate
        if satisfaction_rate is not UNSET:
            field_dict["satisfaction_rate"] = satisfaction_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answered_in_time = d.pop("answered_in_time")

        rated = d.pop("rated")

        received = d.pop("received")

        resolved = d.pop("resolved")

        satisfied = d.pop("satisfied")

        def _parse_median_hours_to_answer(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        median_hours_to_answer = _parse_median_hours_to_answer(d.pop("median_hours_to_answer", UNSET))

        def _parse_median_hours_to_resolve(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        median_hours_to_resolve = _parse_median_hours_to_resolve(d.pop("median_hours_to_resolve", UNSET))

        def _parse_per_thousand_households(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        per_thousand_households = _parse_per_thousand_households(d.pop("per_thousand_households", UNSET))

        def _parse_resolution_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        resolution_rate = _parse_resolution_rate(d.pop("resolution_rate", UNSET))

        def _parse_response_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        response_rate = _parse_response_rate(d.pop("response_rate", UNSET))

        def _parse_satisfaction_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        satisfaction_rate = _parse_satisfaction_rate(d.pop("satisfaction_rate", UNSET))

        metrics = cls(
            answered_in_time=answered_in_time,
            rated=rated,
            received=received,
            resolved=resolved,
            satisfied=satisfied,
            median_hours_to_answer=median_hours_to_answer,
            median_hours_to_resolve=median_hours_to_resolve,
            per_thousand_households=per_thousand_households,
            resolution_rate=resolution_rate,
            response_rate=response_rate,
            satisfaction_rate=satisfaction_rate,
        )

        metrics.additional_properties = d
        return metrics

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
