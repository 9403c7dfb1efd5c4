from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendance import Attendance
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendanceLine")


@_attrs_define
class AttendanceLine:
    """One member's attendance.

    Attributes:
        attendance (Attendance | str): `present` (出席), `leave` (请假) or `absent` (缺席: neither present nor on leave).
        member_id (int): The member (a member of the organization when the meeting was held).
        name (str): Name of the member, for display.
        checked_in_at (datetime.datetime | None | Unset): When the member checked in online (RFC 3339, UTC): a meeting
            held online counts a
            check-in as attendance.
        leave_reason (None | str | Unset): Why the member was on leave, when on leave.
    """

    attendance: Attendance | str
    member_id: int
    name: str
    checked_in_at: datetime.datetime | None | Unset = UNSET
    leave_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendance: str
        if isinstance(self.attendance, Attendance):
            attendance = self.attendance.value
        else:
            attendance = self.attendance

        member_id = self.member_id

        name = self.name

        checked_in_at: None | str | Unset
        if isinstance(self.checked_in_at, Unset):
            checked_in_at = UNSET
        elif isinstance(self.checked_in_at, datetime.datetime):
            checked_in_at = self.checked_in_at.isoformat()
        else:
            checked_in_at = self.checked_in_at

        leave_reason: None | str | Unset
        if isinstance(self.leave_reason, Unset):
            leave_reason = UNSET
        else:
            leave_reason = self.leave_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "member_id": member_id,
                "name": name,
            }
        )
        if checked_in_at is not UNSET:
            field_dict["checked_in_at"] = checked_in_at
        if leave_reason is not UNSET:
            field_dict["leave_reason"] = leave_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_attendance(data: object) -> Attendance | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attendance_type_0 = Attendance(data)

                return attendance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Attendance | str, data)

        attendance = _parse_attendance(d.pop("attendance"))

        member_id = d.pop("member_id")

        name = d.pop("name")

        def _parse_checked_in_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checked_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return checked_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        checked_in_at = _parse_checked_in_at(d.pop("checked_in_at", UNSET))

        def _parse_leave_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        leave_reason = _parse_leave_reason(d.pop("leave_reason", UNSET))

        attendance_line = cls(
            attendance=attendance,
            member_id=member_id,
            name=name,
            checked_in_at=checked_in_at,
            leave_reason=leave_reason,
        )

        attendance_line.additional_properties = d
        return attendance_line

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
