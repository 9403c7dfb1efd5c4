from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_type import MeetingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.attendance_line import AttendanceLine


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """A meeting.

    Attributes:
        attachments (list[Attachment]): Files kept with it (`POST /meetings/{id}/attachments`).
        attendance (list[AttendanceLine]): Every member of the organization when it was held: present, on leave, or
            absent
            (those neither present nor on leave).
        created_at (datetime.datetime): When the meeting was recorded (RFC 3339, UTC).
        held_on (datetime.date): The date the meeting was held (China Standard Time).
        id (int): Meeting id.
        meeting_type (MeetingType | str): Type of meeting (三会一课, 主题党日, 组织生活会, 联席会).
        online (bool): Held online (网络党支部, §10).
        org_id (int): The organization that held the meeting.
        org_name (str): Name of the organization, for display.
        topic (str): Topic of the meeting.
        host (None | str | Unset): Who chaired the meeting (主持人).
        minutes (None | str | Unset): The minutes (会议记录).
    """

    attachments: list[Attachment]
    attendance: list[AttendanceLine]
    created_at: datetime.datetime
    held_on: datetime.date
    id: int
    meeting_type: MeetingType | str
    online: bool
    org_id: int
    org_name: str
    topic: str
    host: None | str | Unset = UNSET
    minutes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        attendance = []
        for attendance_item_data in self.attendance:
            attendance_item = attendance_item_data.to_dict()
            attendance.append(attendance_item)

        created_at = self.created_at.isoformat()

        held_on = self.held_on.isoformat()

        id = self.id

        meeting_type: str
        if isinstance(self.meeting_type, MeetingType):
            meeting_type = self.meeting_type.value
        else:
            meeting_type = self.meeting_type

        online = self.online

        org_id = self.org_id

        org_name = self.org_name

        topic = self.topic

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        minutes: None | str | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachments": attachments,
                "attendance": attendance,
                "created_at": created_at,
                "held_on": held_on,
                "id": id,
                "meeting_type": meeting_type,
                "online": online,
                "org_id": org_id,
                "org_name": org_name,
                "topic": topic,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.attendance_line import AttendanceLine  # noqa: PLC0415

        d = dict(src_dict)
        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = Attachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        attendance = []
        _attendance = d.pop("attendance")
        for attendance_item_data in _attendance:
            attendance_item = AttendanceLine.from_dict(attendance_item_data)

            attendance.append(attendance_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        id = d.pop("id")

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

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        def _parse_minutes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        meeting = cls(
            attachments=attachments,
            attendance=attendance,
            created_at=created_at,
            held_on=held_on,
            id=id,
            meeting_type=meeting_type,
            online=online,
            org_id=org_id,
            org_name=org_name,
            topic=topic,
            host=host,
            minutes=minutes,
        )

        meeting.additional_properties = d
        return meeting

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
