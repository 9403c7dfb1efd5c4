from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.presence import Presence


T = TypeVar("T", bound="JointMeetingChange")


@_attrs_define
class JointMeetingChange:
    """A change to a meeting's record; absent fields stay as they are.

    Attributes:
        agenda (None | str | Unset): The agenda.
        agenda_sent_on (datetime.date | None | Unset): The day the agenda was sent; not after today.
        attendance (list[Presence] | None | Unset): Who was present, by seat of the joint meeting (replaces the
            attendance recorded).
        held (bool | None | Unset): Whether it was held; a held meeting has minutes.
        meets_on (datetime.date | None | Unset): The day it meets or met; a held meeting's day is not after today.
        minutes (None | str | Unset): The minutes (纪要).
    """

    agenda: None | str | Unset = UNSET
    agenda_sent_on: datetime.date | None | Unset = UNSET
    attendance: list[Presence] | None | Unset = UNSET
    held: bool | None | Unset = UNSET
    meets_on: datetime.date | None | Unset = UNSET
    minutes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agenda: None | str | Unset
        if isinstance(self.agenda, Unset):
            agenda = UNSET
        else:
            agenda = self.agenda

        agenda_sent_on: None | str | Unset
        if isinstance(self.agenda_sent_on, Unset):
            agenda_sent_on = UNSET
        elif isinstance(self.agenda_sent_on, datetime.date):
            agenda_sent_on = self.agenda_sent_on.isoformat()
        else:
            agenda_sent_on = self.agenda_sent_on

        attendance: list[dict[str, Any]] | None | Unset
        if isinstance(self.attendance, Unset):
            attendance = UNSET
        elif isinstance(self.attendance, list):
            attendance = []
            for attendance_type_0_item_data in self.attendance:
                attendance_type_0_item = attendance_type_0_item_data.to_dict()
                attendance.append(attendance_type_0_item)

        else:
            attendance = self.attendance

        held: bool | None | Unset
        if isinstance(self.held, Unset):
            held = UNSET
        else:
            held = self.held

        meets_on: None | str | Unset
        if isinstance(self.meets_on, Unset):
            meets_on = UNSET
        elif isinstance(self.meets_on, datetime.date):
            meets_on = self.meets_on.isoformat()
        else:
            meets_on = self.meets_on

        minutes: None | str | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if agenda is not UNSET:
            field_dict["agenda"] = agenda
        if agenda_sent_on is not UNSET:
            field_dict["agenda_sent_on"] = agenda_sent_on
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if held is not UNSET:
            field_dict["held"] = held
        if meets_on is not UNSET:
            field_dict["meets_on"] = meets_on
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.presence import Presence  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_agenda(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agenda = _parse_agenda(d.pop("agenda", UNSET))

        def _parse_agenda_sent_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agenda_sent_on_type_0 = datetime.date.fromisoformat(data)

                return agenda_sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        agenda_sent_on = _parse_agenda_sent_on(d.pop("agenda_sent_on", UNSET))

        def _parse_attendance(data: object) -> list[Presence] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attendance_type_0 = []
                _attendance_type_0 = data
                for attendance_type_0_item_data in _attendance_type_0:
                    attendance_type_0_item = Presence.from_dict(attendance_type_0_item_data)

                    attendance_type_0.append(attendance_type_0_item)

                return attendance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Presence] | None | Unset, data)

        attendance = _parse_attendance(d.pop("attendance", UNSET))

        def _parse_held(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        held = _parse_held(d.pop("held", UNSET))

        def _parse_meets_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meets_on_type_0 = datetime.date.fromisoformat(data)

                return meets_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        meets_on = _parse_meets_on(d.pop("meets_on", UNSET))

        def _parse_minutes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        joint_meeting_change = cls(
            agenda=agenda,
            agenda_sent_on=agenda_sent_on,
            attendance=attendance,
            held=held,
            meets_on=meets_on,
            minutes=minutes,
        )

        return joint_meeting_change
