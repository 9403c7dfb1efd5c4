from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_count import ProjectCount


T = TypeVar("T", bound="CoBuildingFigures")


@_attrs_define
class CoBuildingFigures:
    """The co-building figures of an area's subtree.

    Attributes:
        assignments (int): Work handed to communities under the access list this year.
        counties_without_site (int): Counties without a demonstration site.
        funding_followed_yuan (int): Yuan that followed the work this year.
        graduates_short (int): Communities with fewer young graduates than the policy asks.
        joint_bodies (int): Joint meetings (联席会) set up.
        joint_meetings_held (int): Joint meetings held this year.
        opinions_overdue (int): Of those, past their last day.
        opinions_pending (int): Requests for a community's opinion unanswered.
        projects (list[ProjectCount]): Projects per state.
        refusals (int): Work refused at the communities' doors this year.
        spaces_below_standard (int): Communities below the office-space standard.
        tasks_done (int): Tasks done (with feedback).
        tasks_open (int): Tasks open.
        tasks_overdue (int): Tasks open after their due day.
        year (int): The year the yearly figures count.
    """

    assignments: int
    counties_without_site: int
    funding_followed_yuan: int
    graduates_short: int
    joint_bodies: int
    joint_meetings_held: int
    opinions_overdue: int
    opinions_pending: int
    projects: list[ProjectCount]
    refusals: int
    spaces_below_standard: int
    tasks_done: int
    tasks_open: int
    tasks_overdue: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignments = self.assignments

        counties_without_site = self.counties_without_site

        funding_followed_yuan = self.funding_followed_yuan

        graduates_short = self.graduates_short

        joint_bodies = self.joint_bodies

        joint_meetings_held = self.joint_meetings_held

        opinions_overdue = self.opinions_overdue

        opinions_pending = self.opinions_pending

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        refusals = self.refusals

        spaces_below_standard = self.spaces_below_standard

        tasks_done = self.tasks_done

        tasks_open = self.tasks_open

        tasks_overdue = self.tasks_overdue

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignments": assignments,
                "counties_without_site": counties_without_site,
                "funding_followed_yuan": funding_followed_yuan,
                "graduates_short": graduates_short,
                "joint_bodies": joint_bodies,
                "joint_meetings_held": joint_meetings_held,
                "opinions_overdue": opinions_overdue,
                "opinions_pending": opinions_pending,
                "projects": projects,
                "refusals": refusals,
                "spaces_below_standard": spaces_below_standard,
                "tasks_done": tasks_done,
                "tasks_open": tasks_open,
                "tasks_overdue": tasks_overdue,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_count import ProjectCount  # noqa: PLC0415

        d = dict(src_dict)
        assignments = d.pop("assignments")

        counties_without_site = d.pop("counties_without_site")

        funding_followed_yuan = d.pop("funding_followed_yuan")

        graduates_short = d.pop("graduates_short")

        joint_bodies = d.pop("joint_bodies")

        joint_meetings_held = d.pop("joint_meetings_held")

        opinions_overdue = d.pop("opinions_overdue")

        opinions_pending = d.pop("opinions_pending")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = ProjectCount.from_dict(projects_item_data)

            projects.append(projects_item)

        refusals = d.pop("refusals")

        spaces_below_standard = d.pop("spaces_below_standard")

        tasks_done = d.pop("tasks_done")

        tasks_open = d.pop("tasks_open")

        tasks_overdue = d.pop("tasks_overdue")

        year = d.pop("year")

        co_building_figures = cls(
            assignments=assignments,
            counties_without_site=counties_without_site,
            funding_followed_yuan=funding_followed_yuan,
            graduates_short=graduates_short,
            joint_bodies=joint_bodies,
            joint_meetings_held=joint_meetings_held,
            opinions_overdue=opinions_overdue,
            opinions_pending=opinions_pending,
            projects=projects,
            refusals=refusals,
            spaces_below_standard=spaces_below_standard,
            tasks_done=tasks_done,
            tasks_open=tasks_open,
            tasks_overdue=tasks_overdue,
            year=year,
        )

        co_building_figures.additional_properties = d
        return co_building_figures

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
