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
        actor_name (str):
        level (Level): `community` 社区, `street` 街道, `department` 区级部门
        occurred_at (datetime.datetime):
        step (str): `submit`, or the step taken.
        to_state (RequestState): `submitted` 已提交, `accepted` 已受理, `in_progress` 办理中, `suspended` 挂起, `resolved` 已办结,
            `closed` 已关闭, `rejected` 不予受理, `escalated` 已上报, `reopened` 已重办
        actor_id (int | None | Unset): Who took it; none for the clock.
        from_state (None | RequestState | Unset):
        note (None | str | Unset):
    """

    actor_name: str
    level: Level
    occurred_at: datetime.datetime
    step: str
    to_state: RequestState
    actor_id: int | None | Unset = UNSET
    from_state: None | RequestState | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_name = self.actor_name

        level = self.level.value

        occurred_at = self.occurred_at.isoformat()

        step = self.step

        to_state = self.to_state.value

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

        level = Level(d.pop("level"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        step = d.pop("step")

        to_state = RequestState(d.pop("to_state"))

        def _parse_actor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actor_id = _parse_actor_id(d.pop("actor_id", UNSET))

        def _parse_from_state(data: object) -> None | RequestState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_state_type_0 = RequestState(data)

                return from_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestState | Unset, data)

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
