from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Course")


@_attrs_define
class Course:
    """A micro Party course (网上微党课).

    Attributes:
        completed_by (int): Members who completed it.
        id (int): The course's id.
        material (str): The material: the lesson's text, or what the recording covers.
        minutes (int): Minutes the course takes: a completion needs at least this much time spent.
        minutes_spent (int): Minutes they spent on it together.
        open_ (bool): Whether it can be completed today.
        opens_on (datetime.date): The first day it can be completed.
        org_id (int): The organization that published it: its members and those of its subtree take it.
        org_name (str): Name of the organization, for display.
        title (str): Title of the course.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        closes_on (datetime.date | None | Unset): The last day it can be completed (none: open).
        link (None | str | Unset): Where the recording or slides are.
    """

    completed_by: int
    id: int
    material: str
    minutes: int
    minutes_spent: int
    open_: bool
    opens_on: datetime.date
    org_id: int
    org_name: str
    title: str
    updated_at: datetime.datetime
    closes_on: datetime.date | None | Unset = UNSET
    link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_by = self.completed_by

        id = self.id

        material = self.material

        minutes = self.minutes

        minutes_spent = self.minutes_spent

        open_ = self.open_

        opens_on = self.opens_on.isoformat()

        org_id = self.org_id

        org_name = self.org_name

        title = self.title

        updated_at = self.updated_at.isoformat()

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed_by": completed_by,
                "id": id,
                "material": material,
                "minutes": minutes,
                "minutes_spent": minutes_spent,
                "open": open_,
                "opens_on": opens_on,
                "org_id": org_id,
                "org_name": org_name,
                "title": title,
                "updated_at": updated_at,
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
        completed_by = d.pop("completed_by")

        id = d.pop("id")

        material = d.pop("material")

        minutes = d.pop("minutes")

        minutes_spent = d.pop("minutes_spent")

        open_ = d.pop("open")

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        course = cls(
            completed_by=completed_by,
            id=id,
            material=material,
            minutes=minutes,
            minutes_spent=minutes_spent,
            open_=open_,
            opens_on=opens_on,
            org_id=org_id,
            org_name=org_name,
            title=title,
            updated_at=updated_at,
            closes_on=closes_on,
            link=link,
        )

        course.additional_properties = d
        return course

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
