from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purpose import Purpose
from ..models.step_kind import StepKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vote_result import VoteResult


T = TypeVar("T", bound="DevelopmentStep")


@_attrs_define
class DevelopmentStep:
    """A recorded step.

    Attributes:
        created_at (datetime.datetime): When the step was recorded (RFC 3339, UTC).
        id (int): The step's id.
        kind (StepKind | str): What the step was (application, talk, training, branch meeting, stage change, ...).
        occurred_on (datetime.date): The date of the step (China Standard Time).
        contacts (None | str | Unset): Names of the two contacts (培养联系人).
        decision_record (None | str | Unset): Decision record (决议/记录), or for a stage change the stage reached.
        months (int | None | Unset): Months of a probation extension.
        purpose (None | Purpose | str | Unset):
        recorded_by_name (None | str | Unset): Name of the user who recorded the step, for display.
        training_days (int | None | Unset): Training: days of centralized training (集中培训).
        training_hours (int | None | Unset): Training: class hours (学时).
        vote (None | Unset | VoteResult):
    """

    created_at: datetime.datetime
    id: int
    kind: StepKind | str
    occurred_on: datetime.date
    contacts: None | str | Unset = UNSET
    decision_record: None | str | Unset = UNSET
    months: int | None | Unset = UNSET
    purpose: None | Purpose | str | Unset = UNSET
    recorded_by_name: None | str | Unset = UNSET
    training_days: int | None | Unset = UNSET
    training_hours: int | None | Unset = UNSET
    vote: None | Unset | VoteResult = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vote_result import VoteResult  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        id = self.id

        kind: str
        if isinstance(self.kind, StepKind):
            kind = self.kind.value
        else:
            kind = self.kind

        occurred_on = self.occurred_on.isoformat()

        contacts: None | str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        else:
            contacts = self.contacts

        decision_record: None | str | Unset
        if isinstance(self.decision_record, Unset):
            decision_record = UNSET
        else:
            decision_record = self.decision_record

        months: int | None | Unset
        if isinstance(self.months, Unset):
            months = UNSET
        else:
            months = self.months

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        elif isinstance(self.purpose, Purpose):
            purpose = self.purpose.value
        else:
            purpose = self.purpose

        recorded_by_name: None | str | Unset
        if isinstance(self.recorded_by_name, Unset):
            recorded_by_name = UNSET
        else:
            recorded_by_name = self.recorded_by_name

        training_days: int | None | Unset
        if isinstance(self.training_days, Unset):
            training_days = UNSET
        else:
            training_days = self.training_days

        training_hours: int | None | Unset
        if isinstance(self.training_hours, Unset):
            training_hours = UNSET
        else:
            training_hours = self.training_hours

        vote: dict[str, Any] | None | Unset
        if isinstance(self.vote, Unset):
            vote = UNSET
        elif isinstance(self.vote, VoteResult):
            vote = self.vote.to_dict()
        else:
            vote = self.vote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "kind": kind,
                "occurred_on": occurred_on,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if decision_record is not UNSET:
            field_dict["decision_record"] = decision_record
        if months is not UNSET:
            field_dict["months"] = months
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if recorded_by_name is not UNSET:
            field_dict["recorded_by_name"] = recorded_by_name
        if training_days is not UNSET:
            field_dict["training_days"] = training_days
        if training_hours is not UNSET:
            field_dict["training_hours"] = training_hours
        if vote is not UNSET:
            field_dict["vote"] = vote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vote_result import VoteResult  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        def _parse_kind(data: object) -> StepKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = StepKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StepKind | str, data)

        kind = _parse_kind(d.pop("kind"))

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        def _parse_contacts(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        def _parse_decision_record(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_record = _parse_decision_record(d.pop("decision_record", UNSET))

        def _parse_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        months = _parse_months(d.pop("months", UNSET))

        def _parse_purpose(data: object) -> None | Purpose | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purpose_type_0_type_0 = Purpose(data)

                return purpose_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Purpose | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_recorded_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recorded_by_name = _parse_recorded_by_name(d.pop("recorded_by_name", UNSET))

        def _parse_training_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        training_days = _parse_training_days(d.pop("training_days", UNSET))

        def _parse_training_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        training_hours = _parse_training_hours(d.pop("training_hours", UNSET))

        def _parse_vote(data: object) -> None | Unset | VoteResult:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vote_type_0 = VoteResult.from_dict(data)

                return vote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoteResult, data)

        vote = _parse_vote(d.pop("vote", UNSET))

        development_step = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            occurred_on=occurred_on,
            contacts=contacts,
            decision_record=decision_record,
            months=months,
            purpose=purpose,
            recorded_by_name=recorded_by_name,
            training_days=training_days,
            training_hours=training_hours,
            vote=vote,
        )

        development_step.additional_properties = d
        return development_step

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
