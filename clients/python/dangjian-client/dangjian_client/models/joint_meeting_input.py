from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JointMeetingInput")


@_attrs_define
class JointMeetingInput:
    """A meeting to plan: its day and agenda.

    Attributes:
        agenda (str): The agenda (议程).
        meets_on (datetime.date): The day it meets.
        agenda_sent_on (datetime.date | None | Unset): The day the agenda was sent to the seats, if it was; not after
            today.
    """

    agenda: str
    meets_on: datetime.date
    agenda_sent_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agenda = self.agenda

        meets_on = self.meets_on.isoformat()

        agenda_sent_on: None | str | Unset
        if isinstance(self.agenda_sent_on, Unset):
            agenda_sent_on = UNSET
        elif isinstance(self.agenda_sent_on, datetime.date):
            agenda_sent_on = self.agenda_sent_on.isoformat()
        else:
            agenda_sent_on = self.agenda_sent_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agenda": agenda,
                "meets_on": meets_on,
            }
        )
        if agenda_sent_on is not UNSET:
            field_dict["agenda_sent_on"] = agenda_sent_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agenda = d.pop("agenda")

        meets_on = datetime.date.fromisoformat(d.pop("meets_on"))

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

        joint_meeting_input = cls(
            agenda=agenda,
            meets_on=meets_on,
            agenda_sent_on=agenda_sent_on,
        )

        return joint_meeting_input
