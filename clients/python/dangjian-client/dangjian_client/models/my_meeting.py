from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendance import Attendance
from ..models.meeting_type import MeetingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MyMeeting")


@_attrs_define
class MyMeeting:
    """A meeting of the caller's organization with the caller's own attendance (我的组织生活).

    Attributes:
        attendance (Attendance | str): The caller's attendance.
        check_in_open (bool): Whether the caller may check in now (`POST /meetings/{id}/check-ins`): an online
            meeting, not yet present, on the meeting day or within the configured days after.
        held_on (datetime.date): The day it was held (China Standard Time).
        meeting_id (int): Meeting id.
        meeting_type (MeetingType | str): Type of meeting.
        online (bool): Held online.
        org_id (int): The organization that held it.
        org_name (str): Name of the organization, for display.
        topic (str): Topic of the meeting.
        checked_in_at (datetime.datetime | None | Unset): When the caller checked in online (RFC 3339, UTC).
    """

    attendance: Attendance | str
    check_in_open: bool
    held_on: datetime.date
    meeting_id: int
    meeting_type: MeetingType | str
    online: bool
    org_id: int
    org_name: str
    topic: str
    checked_in_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendance: str
        if isinstance(self.attendance, Attendance):
            attendance = self.attendance.value
        else:
            attendance = self.attendance

        check_in_open = self.check_in_open

        held_on = self.held_on.isoformat()

        meeting_id = self.meeting_id

        meeting_type: str
        if isinstance(self.meeting_type, MeetingType):
            meeting_type = self.meeting_type.value
        else:
            meeting_type = self.meeting_type

        online = self.online

        org_id = self.org_id

        org_name = self.org_name

        topic = self.topic

        checked_in_at: None | str | Unset
        if isinstance(self.checked_in_at, Unset):
            checked_in_at = UNSET
        elif isinstance(self.checked_in_at, datetime.datetime):
            checked_in_at = self.checked_in_at.isoformat()
        else:
            checked_in_at = self.checked_in_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "check_in_open": check_in_open,
                "held_on": held_on,
                "meeting_id": meeting_id,
                "meeting_type": meeting_type,
                "online": online,
                "org_id": org_id,
                "org_name": org_name,
                "topic": topic,
            }
        )
        if checked_in_at is not UNSET:
            field_dict["checked_in_at"] = checked_in_at

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

        check_in_open = d.pop("check_in_open")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        meeting_id = d.pop("meeting_id")

        def _parse_meeting_type(data: object) -> MeetingType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_type_type_0 = MeetingType(data)

                return meeting_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingType | str, data)

        meeting_type = _parse_meeting_type(d.pop("meeting_type"))

        online = d.pop("online")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        topic = d.pop("topic")

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

        my_meeting = cls(
            attendance=attendance,
            check_in_open=check_in_open,
            held_on=held_on,
            meeting_id=meeting_id,
            meeting_type=meeting_type,
            online=online,
            org_id=org_id,
            org_name=org_name,
            topic=topic,
            checked_in_at=checked_in_at,
        )

        my_meeting.additional_properties = d
        return my_meeting

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
