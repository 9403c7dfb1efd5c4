from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.stage import Stage

T = TypeVar("T", bound="StageChange")


@_attrs_define
class StageChange:
    """A stage change.

    Attributes:
        decision_record (str): The decision record (决议) behind the change.
        occurred_on (datetime.date): The date of the change (China Standard Time); not after today.
        to_stage (Stage): `applicant` 入党申请人, `activist` 入党积极分子, `candidate` 发展对象, `probationary` 预备党员, `full` 正式党员
    """

    decision_record: str
    occurred_on: datetime.date
    to_stage: Stage

    def to_dict(self) -> dict[str, Any]:
        decision_record = self.decision_record

        occurred_on = self.occurred_on.isoformat()

        to_stage = self.to_stage.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision_record": decision_record,
                "occurred_on": occurred_on,
                "to_stage": to_stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_record = d.pop("decision_record")

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        to_stage = Stage(d.pop("to_stage"))

        stage_change = cls(
            decision_record=decision_record,
            occurred_on=occurred_on,
            to_stage=to_stage,
        )

        return stage_change
