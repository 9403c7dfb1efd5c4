from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.public_project import PublicProject
    from ..models.public_resource import PublicResource


T = TypeVar("T", bound="PublicSummary")


@_attrs_define
class PublicSummary:
    """A community's co-building as residents see it.

    Attributes:
        community_name (str): The community's name.
        open_needs (list[str]): The titles of its open needs (newest 20).
        open_needs_total (int): How many needs are open.
        projects (list[PublicProject]): Its projects (newest 20).
        projects_total (int): How many projects it has.
        resources (list[PublicResource]): Resources units offer in its street (newest 20).
        resources_total (int): How many resources units offer in its street.
    """

    community_name: str
    open_needs: list[str]
    open_needs_total: int
    projects: list[PublicProject]
    projects_total: int
    resources: list[PublicResource]
    resources_total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        community_name = self.community_name

        open_needs = self.open_needs

        open_needs_total = self.open_needs_total

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        projects_total = self.projects_total

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        resources_total = self.resources_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "community_name": community_name,
                "open_needs": open_needs,
                "open_needs_total": open_needs_total,
                "projects": projects,
                "projects_total": projects_total,
                "resources": resources,
                "resources_total": resources_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_project import PublicProject  # noqa: PLC0415
        from ..models.public_resource import PublicResource  # noqa: PLC0415

        d = dict(src_dict)
        community_name = d.pop("community_name")

        open_needs = cast(list[str], d.pop("open_needs"))

        open_needs_total = d.pop("open_needs_total")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = PublicProject.from_dict(projects_item_data)

            projects.append(projects_item)

        projects_total = d.pop("projects_total")

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = PublicResource.from_dict(resources_item_data)

            resources.append(resources_item)

        resources_total = d.pop("resources_total")

        public_summary = cls(
            community_name=community_name,
            open_needs=open_needs,
            open_needs_total=open_needs_total,
            projects=projects,
            projects_total=projects_total,
            resources=resources,
            resources_total=resources_total,
        )

        public_summary.additional_properties = d
        return public_summary

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
