from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level
from ..models.request_state import RequestState
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestEvent")


@_attrs_define
class RequestEvent:
    """A step in a request's life.

    Attributes:
        actor_name (str): Name of who took the step, for display (`SLA` for the clock, `resident` for a rating).
        level (Level | str): The level that holds the request after the step.
        occurred_at (datetime.datetime): When the step was taken (RFC 3339, UTC).
        step (str): `submit`, or the step taken.
        to_state (RequestState | str): The state after the step.
        actor_id (int | None | Unset): Who took it; none for the clock.
        from_state (None | RequestState | str | Unset):
        note (None | str | Unset): What was done, or why.
    """

    actor_name: str
    level: Level | str
    occurred_at: datetime.datetime
    step: str
    to_state: RequestState | str
    actor_id: int | None | Unset = UNSET
    from_state: None | RequestState | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_name = self.actor_name

        level: str
        if isinstance(self.level, Level):
            level = self.level.value
        else:
            level = self.level

        occurred_at = self.occurred_at.isoformat()

        step = self.step

        to_state: str
        if isinstance(self.to_state, RequestState):
            to_state = self.to_state.value
        else:
            to_state = self.to_state

        actor_id: int | None | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        from_state: None | str | Unset
        if isinstance(self.from_state, Unset):
            from_state = UNSET
        elif isinstance(self.from_state, RequestState):
            from_state = self.from_state.value
        else:
            from_state = self.from_state

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_name": actor_name,
                "level": level,
                "occurred_at": occurred_at,
                "step": step,
                "to_state": to_state,
            }
        )
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if from_state is not UNSET:
            field_dict["from_state"] = from_state
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actor_name = d.pop("actor_name")

        def _parse_level(data: object) -> Level | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = Level(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Level | str, data)

        level = _parse_level(d.pop("level"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        step = d.pop("step")

        def _parse_to_state(data: object) -> RequestState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_state_type_0 = RequestState(data)

                return to_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RequestState | str, data)

        to_state = _parse_to_state(d.pop("to_state"))

        def _parse_actor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actor_id = _parse_actor_id(d.pop("actor_id", UNSET))

        def _parse_from_state(data: object) -> None | RequestState | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_state_type_0_type_0 = RequestState(data)

                return from_state_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestState | str | Unset, data)

        from_state = _parse_from_state(d.pop("from_state", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        request_event = cls(
            actor_name=actor_name,
            level=level,
            occurred_at=occurred_at,
            step=step,
            to_state=to_state,
            actor_id=actor_id,
            from_state=from_state,
            note=note,
        )

        request_event.additional_properties = d
        return request_event

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
