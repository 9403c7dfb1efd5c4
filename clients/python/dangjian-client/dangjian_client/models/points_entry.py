from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_status import EntryStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointsEntry")


@_attrs_define
class PointsEntry:
    """A ledger entry.

    Attributes:
        awarding_org_id (int): The organization that awarded it (either management link).
        awarding_org_name (str): Name of the awarding organization, for display.
        created_at (datetime.datetime): When the entry was recorded (RFC 3339, UTC).
        evidence (str): What happened (evidence); for a reversal, the entry reversed and why.
        hash_ (str): SHA-256 chained to the member's previous entry.
        id (int): Entry id.
        member_id (int): The member the entry is for.
        member_name (str): Name of the member, for display.
        occurred_on (datetime.date): The date of the fact the points are for (China Standard Time).
        points (int): Points of the entry; negative for deductions (扣分) and reversals of awards.
        rule_code (str): Code of the rule, e.g. `A01`.
        rule_id (int): The rule version the entry was scored under.
        rule_name (str): Name of the rule, for display.
        rule_version (int): Version of the rule the entry was scored under.
        source (str): `manual`, `meeting` (attendance), `course` (a micro Party course completed) or `reversal` (a
            correction; its evidence is the reason, the entry it reverses is `reverses_entry_id`).
        status (EntryStatus | str): Approval state: `pending` (待审核), `approved` (已生效) or `rejected` (已驳回).
        veto (bool): A veto (一票否决), which zeroes the year; also set on the reversal that lifts one.
        year (int): The year the entry counts in (a reversal counts in the reversed entry's year).
        decided_on (datetime.date | None | Unset): The date it was approved or rejected (China Standard Time); absent if
            never decided.
        meeting_id (int | None | Unset): For an entry from attendance (`meeting`): the meeting attended.
        reverses_entry_id (int | None | Unset): For a correction: the entry it reverses.
    """

    awarding_org_id: int
    awarding_org_name: str
    created_at: datetime.datetime
    evidence: str
    hash_: str
    id: int
    member_id: int
    member_name: str
    occurred_on: datetime.date
    points: int
    rule_code: str
    rule_id: int
    rule_name: str
    rule_version: int
    source: str
    status: EntryStatus | str
    veto: bool
    year: int
    decided_on: datetime.date | None | Unset = UNSET
    meeting_id: int | None | Unset = UNSET
    reverses_entry_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        awarding_org_id = self.awarding_org_id

        awarding_org_name = self.awarding_org_name

        created_at = self.created_at.isoformat()

        evidence = self.evidence

        hash_ = self.hash_

        id = self.id

        member_id = self.member_id

        member_name = self.member_name

        occurred_on = self.occurred_on.isoformat()

        points = self.points

        rule_code = self.rule_code

        rule_id = self.rule_id

        rule_name = self.rule_name

        rule_version = self.rule_version

        source = self.source

        status: str
        if isinstance(self.status, EntryStatus):
            status = self.status.value
        else:
            status = self.status

        veto = self.veto

        year = self.year

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        meeting_id: int | None | Unset
        if isinstance(self.meeting_id, Unset):
            meeting_id = UNSET
        else:
            meeting_id = self.meeting_id

        reverses_entry_id: int | None | Unset
        if isinstance(self.reverses_entry_id, Unset):
            reverses_entry_id = UNSET
        else:
            reverses_entry_id = self.reverses_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awarding_org_id": awarding_org_id,
                "awarding_org_name": awarding_org_name,
                "created_at": created_at,
                "evidence": evidence,
                "hash": hash_,
                "id": id,
                "member_id": member_id,
                "member_name": member_name,
                "occurred_on": occurred_on,
                "points": points,
                "rule_code": rule_code,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "rule_version": rule_version,
                "source": source,
                "status": status,
                "veto": veto,
                "year": year,
            }
        )
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if meeting_id is not UNSET:
            field_dict["meeting_id"] = meeting_id
        if reverses_entry_id is not UNSET:
            field_dict["reverses_entry_id"] = reverses_entry_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        awarding_org_id = d.pop("awarding_org_id")

        awarding_org_name = d.pop("awarding_org_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        evidence = d.pop("evidence")

        hash_ = d.pop("hash")

        id = d.pop("id")

        member_id = d.pop("member_id")

        member_name = d.pop("member_name")

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        points = d.pop("points")

        rule_code = d.pop("rule_code")

        rule_id = d.pop("rule_id")

        rule_name = d.pop("rule_name")

        rule_version = d.pop("rule_version")

        source = d.pop("source")

        def _parse_status(data: object) -> EntryStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EntryStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntryStatus | str, data)

        status = _parse_status(d.pop("status"))

        veto = d.pop("veto")

        year = d.pop("year")

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))

        def _parse_meeting_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        meeting_id = _parse_meeting_id(d.pop("meeting_id", UNSET))

        def _parse_reverses_entry_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reverses_entry_id = _parse_reverses_entry_id(d.pop("reverses_entry_id", UNSET))

        points_entry = cls(
            awarding_org_id=awarding_org_id,
            awarding_org_name=awarding_org_name,
            created_at=created_at,
            evidence=evidence,
            hash_=hash_,
            id=id,
            member_id=member_id,
            member_name=member_name,
            occurred_on=occurred_on,
            points=points,
            rule_code=rule_code,
            rule_id=rule_id,
            rule_name=rule_name,
            rule_version=rule_version,
            source=source,
            status=status,
            veto=veto,
            year=year,
            decided_on=decided_on,
            meeting_id=meeting_id,
            reverses_entry_id=reverses_entry_id,
        )

        points_entry.additional_properties = d
        return points_entry

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
