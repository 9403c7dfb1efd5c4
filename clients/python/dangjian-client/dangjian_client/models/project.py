from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_state import ProjectState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.co_resource import CoResource
    from ..models.progress import Progress


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A co-building project.

    Attributes:
        area_id (int): The community (or street) the project serves.
        area_name (str): Name of the area, for display.
        due_on (datetime.date): The day it is due.
        id (int): The project's id.
        need_id (int): The need it meets.
        overdue (bool): Whether it is still open after its due day.
        owner_unit_id (int): The unit that owns it.
        owner_unit_name (str): Name of the owner unit, for display.
        progress (list[Progress]): Progress updates, latest first.
        resources (list[CoResource]): The resources matched with the need.
        state (ProjectState | str): Planned, in progress, completed or cancelled.
        title (str): A short title.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        completed_on (datetime.date | None | Unset): The day it was completed.
        rating (int | None | Unset): The community's rating, 1 to 5, once completed.
        rating_comment (None | str | Unset): The community's comment with its rating.
        resolution_id (int | None | Unset): The joint-meeting resolution it came from.
    """

    area_id: int
    area_name: str
    due_on: datetime.date
    id: int
    need_id: int
    overdue: bool
    owner_unit_id: int
    owner_unit_name: str
    progress: list[Progress]
    resources: list[CoResource]
    state: ProjectState | str
    title: str
    updated_at: datetime.datetime
    completed_on: datetime.date | None | Unset = UNSET
    rating: int | None | Unset = UNSET
    rating_comment: None | str | Unset = UNSET
    resolution_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        due_on = self.due_on.isoformat()

        id = self.id

        need_id = self.need_id

        overdue = self.overdue

        owner_unit_id = self.owner_unit_id

        owner_unit_name = self.owner_unit_name

        progress = []
        for progress_item_data in self.progress:
            progress_item = progress_item_data.to_dict()
            progress.append(progress_item)

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        state: str
        if isinstance(self.state, ProjectState):
            state = self.state.value
        else:
            state = self.state

        title = self.title

        updated_at = self.updated_at.isoformat()

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

        rating_comment: None | str | Unset
        if isinstance(self.rating_comment, Unset):
            rating_comment = UNSET
        else:
            rating_comment = self.rating_comment

        resolution_id: int | None | Unset
        if isinstance(self.resolution_id, Unset):
            resolution_id = UNSET
        else:
            resolution_id = self.resolution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "due_on": due_on,
                "id": id,
                "need_id": need_id,
                "overdue": overdue,
                "owner_unit_id": owner_unit_id,
                "owner_unit_name": owner_unit_name,
                "progress": progress,
                "resources": resources,
                "state": state,
                "title": title,
                "updated_at": updated_at,
            }
        )
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on
        if rating is not UNSET:
            field_dict["rating"] = rating
        if rating_comment is not UNSET:
            field_dict["rating_comment"] = rating_comment
        if resolution_id is not UNSET:
            field_dict["resolution_id"] = resolution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.co_resource import CoResource  # noqa: PLC0415
        from ..models.progress import Progress  # noqa: PLC0415

        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        id = d.pop("id")

        need_id = d.pop("need_id")

        overdue = d.pop("overdue")

        owner_unit_id = d.pop("owner_unit_id")

        owner_unit_name = d.pop("owner_unit_name")

        progress = []
        _progress = d.pop("progress")
        for progress_item_data in _progress:
            progress_item = Progress.from_dict(progress_item_data)

            progress.append(progress_item)

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = CoResource.from_dict(resources_item_data)

            resources.append(resources_item)

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        def _parse_rating_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rating_comment = _parse_rating_comment(d.pop("rating_comment", UNSET))

        def _parse_resolution_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resolution_id = _parse_resolution_id(d.pop("resolution_id", UNSET))

        project = cls(
            area_id=area_id,
            area_name=area_name,
            due_on=due_on,
            id=id,
            need_id=need_id,
            overdue=overdue,
            owner_unit_id=owner_unit_id,
            owner_unit_name=owner_unit_name,
            progress=progress,
            resources=resources,
            state=state,
            title=title,
            updated_at=updated_at,
            completed_on=completed_on,
            rating=rating,
            rating_comment=rating_comment,
            resolution_id=resolution_id,
        )

        project.additional_properties = d
        return project

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
