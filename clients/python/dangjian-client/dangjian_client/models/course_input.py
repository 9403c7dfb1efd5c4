from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseInput")


@_attrs_define
class CourseInput:
    """A course to publish.

    Attributes:
        material (str): The material: the lesson's text, or what the recording covers.
        minutes (int): Minutes the course takes.
        opens_on (datetime.date): The first day it can be completed.
        org_id (int): The publishing organization (an online branch, or any organization for its subtree).
        title (str): Title of the course.
        closes_on (datetime.date | None | Unset): The last day it can be completed; not before `opens_on`.
        link (None | str | Unset): Where the recording or slides are (an address).
    """

    material: str
    minutes: int
    opens_on: datetime.date
    org_id: int
    title: str
    closes_on: datetime.date | None | Unset = UNSET
    link: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        material = self.material

        minutes = self.minutes

        opens_on = self.opens_on.isoformat()

        org_id = self.org_id

        title = self.title

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "material": material,
                "minutes": minutes,
                "opens_on": opens_on,
                "org_id": org_id,
                "title": title,
            }
        )
        if closes_on is not UNSET:
            field_dict["closes_on"] = closes_on
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        material = d.pop("material")

        minutes = d.pop("minutes")

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        org_id = d.pop("org_id")

        title = d.pop("title")

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

        course_input = cls(
            material=material,
            minutes=minutes,
            opens_on=opens_on,
            org_id=org_id,
            title=title,
            closes_on=closes_on,
            link=link,
        )

        return course_input
