from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_state import ProjectState
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicProject")


@_attrs_define
class PublicProject:
    """A project as residents see it.

    Attributes:
        due_on (datetime.date): The day it is due.
        owner_unit_name (str): The unit carrying it out.
        state (ProjectState | str): Where it stands.
        title (str): The project's title.
        completed_on (datetime.date | None | Unset): The day it was completed.
        rating (int | None | Unset): The community's rating (1–5) of a completed project.
    """

    due_on: datetime.date
    owner_unit_name: str
    state: ProjectState | str
    title: str
    completed_on: datetime.date | None | Unset = UNSET
    rating: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        owner_unit_name = self.owner_unit_name

        state: str
        if isinstance(self.state, ProjectState):
            state = self.state.value
        else:
            state = self.state

        title = self.title

        completed_on: None | str | Unset
        if isinstance(self.completed_on, Unset):
            completed_on = UNSET
        elif isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "due_on": due_on,
                "owner_unit_name": owner_unit_name,
                "state": state,
                "title": title,
            }
        )
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        owner_unit_name = d.pop("owner_unit_name")

        def _parse_state(data: object) -> ProjectState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ProjectState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectState | str, data)

        state = _parse_state(d.pop("state"))

        title = d.pop("title")

        def _parse_completed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        completed_on = _parse_completed_on(d.pop("completed_on", UNSET))

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        public_project = cls(
            due_on=due_on,
            owner_unit_name=owner_unit_name,
            state=state,
            title=title,
            completed_on=completed_on,
            rating=rating,
        )

        public_project.additional_properties = d
        return public_project

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
