from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_state import ProjectState

T = TypeVar("T", bound="ProjectCount")


@_attrs_define
class ProjectCount:
    """A count of one state.

    Attributes:
        projects (int): Projects in it.
        state (ProjectState | str): The state.
    """

    projects: int
    state: ProjectState | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects = self.projects

        state: str
        if isinstance(self.state, ProjectState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projects": projects,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        projects = d.pop("projects")

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

        project_count = cls(
            projects=projects,
            state=state,
        )

        project_count.additional_properties = d
        return project_count

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
