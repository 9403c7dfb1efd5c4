from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_type import MeetingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.leave import Leave


T = TypeVar("T", bound="NewMeeting")


@_attrs_define
class NewMeeting:
    """A meeting to record.

    Attributes:
        held_on (datetime.date): The date the meeting was held (China Standard Time); not after today.
        meeting_type (MeetingType): `branch_general_meeting` 支部党员大会, `branch_committee` 支委会, `group_meeting` 党小组会,
            `party_lecture` 党课, `themed_party_day` 主题党日, `organizational_life_meeting` 组织生活会, `joint_meeting` 联席会
        org_id (int): The organization holding it (a branch, usually).
        present (list[int]): Members present (of the organization's members).
        topic (str): Topic of the meeting.
        host (None | str | Unset): Who chaired the meeting (主持人).
        leave (list[Leave] | Unset): Members on leave, with the reason.
        minutes (None | str | Unset): The minutes (会议记录).
        online (bool | Unset): Held online (网络党支部, §10); default false.
    """

    held_on: datetime.date
    meeting_type: MeetingType
    org_id: int
    present: list[int]
    topic: str
    host: None | str | Unset = UNSET
    leave: list[Leave] | Unset = UNSET
    minutes: None | str | Unset = UNSET
    online: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        meeting_type = self.meeting_type.value

        org_id = self.org_id

        present = self.present

        topic = self.topic

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        leave: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leave, Unset):
            leave = []
            for leave_item_data in self.leave:
                leave_item = leave_item_data.to_dict()
                leave.append(leave_item)

        minutes: None | str | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        online = self.online

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "held_on": held_on,
                "meeting_type": meeting_type,
                "org_id": org_id,
                "present": present,
                "topic": topic,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host
        if leave is not UNSET:
            field_dict["leave"] = leave
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if online is not UNSET:
            field_dict["online"] = online

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leave import Leave  # noqa: PLC0415

        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        meeting_type = MeetingType(d.pop("meeting_type"))

        org_id = d.pop("org_id")

        present = cast(list[int], d.pop("present"))

        topic = d.pop("topic")

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        _leave = d.pop("leave", UNSET)
        leave: list[Leave] | Unset = UNSET
        if _leave is not UNSET:
            leave = []
            for leave_item_data in _leave:
                leave_item = Leave.from_dict(leave_item_data)

                leave.append(leave_item)

        def _parse_minutes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        online = d.pop("online", UNSET)

        new_meeting = cls(
            held_on=held_on,
            meeting_type=meeting_type,
            org_id=org_id,
            present=present,
            topic=topic,
            host=host,
            leave=leave,
            minutes=minutes,
            online=online,
        )

        return new_meeting
