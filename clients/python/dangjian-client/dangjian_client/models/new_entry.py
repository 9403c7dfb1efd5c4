from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NewEntry")


@_attrs_define
class NewEntry:
    """A points award.

    Attributes:
        evidence (str): What happened (evidence).
        member_id (int): The member awarded or deducted.
        occurred_on (datetime.date): The date of the fact the points are for (China Standard Time); not after today.
        rule_id (int): The current version of the rule.
    """

    evidence: str
    member_id: int
    occurred_on: datetime.date
    rule_id: int

    def to_dict(self) -> dict[str, Any]:
        evidence = self.evidence

        member_id = self.member_id

        occurred_on = self.occurred_on.isoformat()

        rule_id = self.rule_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "evidence": evidence,
                "member_id": member_id,
                "occurred_on": occurred_on,
                "rule_id": rule_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence = d.pop("evidence")

        member_id = d.pop("member_id")

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        rule_id = d.pop("rule_id")

        new_entry = cls(
            evidence=evidence,
            member_id=member_id,
            occurred_on=occurred_on,
            rule_id=rule_id,
        )

        return new_entry
