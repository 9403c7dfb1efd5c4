from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseUpdate")


@_attrs_define
class CourseUpdate:
    """A change to a course: only the fields sent change.

    Attributes:
        closes_on (datetime.date | None | Unset): The last day it can be completed; `null` leaves it open.
        link (None | str | Unset): Where the recording or slides are; `null` removes it.
        material (None | str | Unset): The material.
        minutes (int | None | Unset): Minutes the course takes (completions recorded before keep their standing).
        title (None | str | Unset): Title of the course.
    """

    closes_on: datetime.date | None | Unset = UNSET
    link: None | str | Unset = UNSET
    material: None | str | Unset = UNSET
    minutes: int | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        closes_on: None | str | Unset
        if isinstance(self.closes_on, Unset):
            closes_on = UNSET
        elif isinstance(self.closes_on, datetime.date):
            closes_on = self.closes_on.isoformat()
        else:
            closes_on = self.closes_on

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        material: None | str | Unset
        if isinstance(self.material, Unset):
            material = UNSET
        else:
            material = self.material

        minutes: int | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if closes_on is not UNSET:
            field_dict["closes_on"] = closes_on
        if link is not UNSET:
            field_dict["link"] = link
        if material is not UNSET:
            field_dict["material"] = material
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_closes_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closes_on_type_0 = datetime.date.fromisoformat(data)

                return closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closes_on = _parse_closes_on(d.pop("closes_on", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_material(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        material = _parse_material(d.pop("material", UNSET))

        def _parse_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        course_update = cls(
            closes_on=closes_on,
            link=link,
            material=material,
            minutes=minutes,
            title=title,
        )

        return course_update
