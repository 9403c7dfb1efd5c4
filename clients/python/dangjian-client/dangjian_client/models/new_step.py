from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.purpose import Purpose
from ..models.step_kind import StepKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.excluded_member import ExcludedMember


T = TypeVar("T", bound="NewStep")


@_attrs_define
class NewStep:
    """A step to record.

    Attributes:
        kind (StepKind): `application` 递交入党申请书, `talk` 谈话, `contacts` 确定培养联系人, `political_review` 政治审查, `training` 集中培训,
            `filing` 报上级党委备案, `branch_meeting` 支部党员大会, `committee_approval` 上级党委审批, `probation_extension` 延长预备期,
            `stage_change` 阶段变更
        occurred_on (datetime.date): The date of the step (China Standard Time); not after today.
        contacts (None | str | Unset): Contacts: the two names, separated by 、 or commas.
        decision_record (None | str | Unset): Decision record (决议/记录); required for branch meetings and committee
            approval.
        entitled (int | None | Unset): Branch meetings: members entitled to vote, if typed in as a check. The number is
            derived from the roster (the branch's full members on the meeting date, less
            `excluded`); a typed number that differs is refused with `/problems/entitled-mismatch`.
        excluded (list[ExcludedMember] | None | Unset): Branch meetings: full members not entitled to vote, by name,
            with the reason.
        in_favour (int | None | Unset): Branch meetings: votes in favour.
        months (int | None | Unset): Probation extension: months (at most 12 by default).
        present (int | None | Unset): Branch meetings: entitled members present.
        purpose (None | Purpose | Unset):
        training_days (int | None | Unset): Training: days of centralized training (集中培训).
        training_hours (int | None | Unset): Training: class hours (学时).
    """

    kind: StepKind
    occurred_on: datetime.date
    contacts: None | str | Unset = UNSET
    decision_record: None | str | Unset = UNSET
    entitled: int | None | Unset = UNSET
    excluded: list[ExcludedMember] | None | Unset = UNSET
    in_favour: int | None | Unset = UNSET
    months: int | None | Unset = UNSET
    present: int | None | Unset = UNSET
    purpose: None | Purpose | Unset = UNSET
    training_days: int | None | Unset = UNSET
    training_hours: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

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

        entitled: int | None | Unset
        if isinstance(self.entitled, Unset):
            entitled = UNSET
        else:
            entitled = self.entitled

        excluded: list[dict[str, Any]] | None | Unset
        if isinstance(self.excluded, Unset):
            excluded = UNSET
        elif isinstance(self.excluded, list):
            excluded = []
            for excluded_type_0_item_data in self.excluded:
                excluded_type_0_item = excluded_type_0_item_data.to_dict()
                excluded.append(excluded_type_0_item)

        else:
            excluded = self.excluded

        in_favour: int | None | Unset
        if isinstance(self.in_favour, Unset):
            in_favour = UNSET
        else:
            in_favour = self.in_favour

        months: int | None | Unset
        if isinstance(self.months, Unset):
            months = UNSET
        else:
            months = self.months

        present: int | None | Unset
        if isinstance(self.present, Unset):
            present = UNSET
        else:
            present = self.present

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        elif isinstance(self.purpose, Purpose):
            purpose = self.purpose.value
        else:
            purpose = self.purpose

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "occurred_on": occurred_on,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if decision_record is not UNSET:
            field_dict["decision_record"] = decision_record
        if entitled is not UNSET:
            field_dict["entitled"] = entitled
        if excluded is not UNSET:
            field_dict["excluded"] = excluded
        if in_favour is not UNSET:
            field_dict["in_favour"] = in_favour
        if months is not UNSET:
            field_dict["months"] = months
        if present is not UNSET:
            field_dict["present"] = present
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if training_days is not UNSET:
            field_dict["training_days"] = training_days
        if training_hours is not UNSET:
            field_dict["training_hours"] = training_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.excluded_member import ExcludedMember  # noqa: PLC0415

        d = dict(src_dict)
        kind = StepKind(d.pop("kind"))

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

        def _parse_entitled(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        entitled = _parse_entitled(d.pop("entitled", UNSET))

        def _parse_excluded(data: object) -> list[ExcludedMember] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                excluded_type_0 = []
                _excluded_type_0 = data
                for excluded_type_0_item_data in _excluded_type_0:
                    excluded_type_0_item = ExcludedMember.from_dict(excluded_type_0_item_data)

                    excluded_type_0.append(excluded_type_0_item)

                return excluded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExcludedMember] | None | Unset, data)

        excluded = _parse_excluded(d.pop("excluded", UNSET))

        def _parse_in_favour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        in_favour = _parse_in_favour(d.pop("in_favour", UNSET))

        def _parse_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        months = _parse_months(d.pop("months", UNSET))

        def _parse_present(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        present = _parse_present(d.pop("present", UNSET))

        def _parse_purpose(data: object) -> None | Purpose | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purpose_type_0 = Purpose(data)

                return purpose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Purpose | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

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

        new_step = cls(
            kind=kind,
            occurred_on=occurred_on,
            contacts=contacts,
            decision_record=decision_record,
            entitled=entitled,
            excluded=excluded,
            in_favour=in_favour,
            months=months,
            present=present,
            purpose=purpose,
            training_days=training_days,
            training_hours=training_hours,
        )

        return new_step
