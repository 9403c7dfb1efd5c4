from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.presence import Presence
    from ..models.resolution import Resolution


T = TypeVar("T", bound="JointMeeting")


@_attrs_define
class JointMeeting:
    """A meeting of a joint meeting.

    Attributes:
        agenda (str): The agenda (议程).
        agenda_due_on (datetime.date): The last day the agenda could be sent in time (15 days ahead by default).
        agenda_late (bool): Whether the agenda is late: not sent by its due day, or sent after it.
        attendance (list[Presence]): Who was present, by seat.
        body_id (int): The joint meeting it belongs to.
        held (bool): Whether the meeting was held.
        id (int): The meeting's id.
        meets_on (datetime.date): The day it meets or met (China Standard Time).
        resolutions (list[Resolution]): What it resolved.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        agenda_sent_on (datetime.date | None | Unset): The day the agenda was sent to the seats.
        minutes (None | str | Unset): The minutes (纪要) of a held meeting.
    """

    agenda: str
    agenda_due_on: datetime.date
    agenda_late: bool
    attendance: list[Presence]
    body_id: int
    held: bool
    id: int
    meets_on: datetime.date
    resolutions: list[Resolution]
    updated_at: datetime.datetime
    agenda_sent_on: datetime.date | None | Unset = UNSET
    minutes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agenda = self.agenda

        agenda_due_on = self.agenda_due_on.isoformat()

        agenda_late = self.agenda_late

        attendance = []
        for attendance_item_data in self.attendance:
            attendance_item = attendance_item_data.to_dict()
            attendance.append(attendance_item)

        body_id = self.body_id

        held = self.held

        id = self.id

        meets_on = self.meets_on.isoformat()

        resolutions = []
        for resolutions_item_data in self.resolutions:
            resolutions_item = resolutions_item_data.to_dict()
            resolutions.append(resolutions_item)

        updated_at = self.updated_at.isoformat()

        agenda_sent_on: None | str | Unset
        if isinstance(self.agenda_sent_on, Unset):
            agenda_sent_on = UNSET
        elif isinstance(self.agenda_sent_on, datetime.date):
            agenda_sent_on = self.agenda_sent_on.isoformat()
        else:
            agenda_sent_on = self.agenda_sent_on

        minutes: None | str | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agenda": agenda,
                "agenda_due_on": agenda_due_on,
                "agenda_late": agenda_late,
                "attendance": attendance,
                "body_id": body_id,
                "held": held,
                "id": id,
                "meets_on": meets_on,
                "resolutions": resolutions,
                "updated_at": updated_at,
            }
        )
        if agenda_sent_on is not UNSET:
            field_dict["agenda_sent_on"] = agenda_sent_on
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.presence import Presence  # noqa: PLC0415
        from ..models.resolution import Resolution  # noqa: PLC0415

        d = dict(src_dict)
        agenda = d.pop("agenda")

        agenda_due_on = datetime.date.fromisoformat(d.pop("agenda_due_on"))

        agenda_late = d.pop("agenda_late")

        attendance = []
        _attendance = d.pop("attendance")
        for attendance_item_data in _attendance:
            attendance_item = Presence.from_dict(attendance_item_data)

            attendance.append(attendance_item)

        body_id = d.pop("body_id")

        held = d.pop("held")

        id = d.pop("id")

        meets_on = datetime.date.fromisoformat(d.pop("meets_on"))

        resolutions = []
        _resolutions = d.pop("resolutions")
        for resolutions_item_data in _resolutions:
            resolutions_item = Resolution.from_dict(resolutions_item_data)

            resolutions.append(resolutions_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        def _parse_minutes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        joint_meeting = cls(
            agenda=agenda,
            agenda_due_on=agenda_due_on,
            agenda_late=agenda_late,
            attendance=attendance,
            body_id=body_id,
            held=held,
            id=id,
            meets_on=meets_on,
            resolutions=resolutions,
            updated_at=updated_at,
            agenda_sent_on=agenda_sent_on,
            minutes=minutes,
        )

        joint_meeting.additional_properties = d
        return joint_meeting

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
