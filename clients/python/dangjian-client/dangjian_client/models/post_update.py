from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostUpdate")


@_attrs_define
class PostUpdate:
    """A change to a practice post: only the fields sent change.

    Attributes:
        area_id (int | None | Unset): The area it covers; `null` removes it (not from a responsibility area).
        duty (None | str | Unset): What its members answer for.
        ended_on (datetime.date | None | Unset): The day it ended; not after today nor before it was set up; `null` runs
            it again.
        member_ids (list[int] | None | Unset): Its members, replacing those it had.
        name (None | str | Unset): Its name.
    """

    area_id: int | None | Unset = UNSET
    duty: None | str | Unset = UNSET
    ended_on: datetime.date | None | Unset = UNSET
    member_ids: list[int] | None | Unset = UNSET
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        area_id: int | None | Unset
        if isinstance(self.area_id, Unset):
            area_id = UNSET
        else:
            area_id = self.area_id

        duty: None | str | Unset
        if isinstance(self.duty, Unset):
            duty = UNSET
        else:
            duty = self.duty

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        member_ids: list[int] | None | Unset
        if isinstance(self.member_ids, Unset):
            member_ids = UNSET
        elif isinstance(self.member_ids, list):
            member_ids = self.member_ids

        else:
            member_ids = self.member_ids

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if area_id is not UNSET:
            field_dict["area_id"] = area_id
        if duty is not UNSET:
            field_dict["duty"] = duty
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_area_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        area_id = _parse_area_id(d.pop("area_id", UNSET))

        def _parse_duty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duty = _parse_duty(d.pop("duty", UNSET))

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))

        def _parse_member_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                member_ids_type_0 = cast(list[int], data)

                return member_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        member_ids = _parse_member_ids(d.pop("member_ids", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        post_update = cls(
            area_id=area_id,
            duty=duty,
            ended_on=ended_on,
            member_ids=member_ids,
            name=name,
        )

        return post_update
