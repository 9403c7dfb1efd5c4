from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reported_project import ReportedProject
    from ..models.reported_task import ReportedTask


T = TypeVar("T", bound="FeedbackContent")


@_attrs_define
class FeedbackContent:
    """What a feedback report says, as composed when it was made.

    Attributes:
        credit_code (str): Its unified social credit code.
        from_ (datetime.date): The first day of the half year.
        members (int): Party members working at the unit.
        projects (list[ReportedProject]): The projects the unit owned in the half year.
        reported_in (int): Of them, members who reported in to the community they live in during the half year.
        service_hours (float): Hours of volunteer service those members recorded in the half year.
        street_name (str): The street that reports.
        superior_name (str): The superior Party organization the report goes to.
        tasks (list[ReportedTask]): The tasks assigned to the unit in the half year.
        to (datetime.date): The last day of the half year.
        unit_name (str): The unit's name.
    """

    credit_code: str
    from_: datetime.date
    members: int
    projects: list[ReportedProject]
    reported_in: int
    service_hours: float
    street_name: str
    superior_name: str
    tasks: list[ReportedTask]
    to: datetime.date
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_code = self.credit_code

        from_ = self.from_.isoformat()

        members = self.members

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        reported_in = self.reported_in

        service_hours = self.service_hours

        street_name = self.street_name

        superior_name = self.superior_name

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        to = self.to.isoformat()

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_code": credit_code,
                "from": from_,
                "members": members,
                "projects": projects,
                "reported_in": reported_in,
                "service_hours": service_hours,
                "street_name": street_name,
                "superior_name": superior_name,
                "tasks": tasks,
                "to": to,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reported_project import ReportedProject  # noqa: PLC0415
        from ..models.reported_task import ReportedTask  # noqa: PLC0415

        d = dict(src_dict)
        credit_code = d.pop("credit_code")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        members = d.pop("members")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = ReportedProject.from_dict(projects_item_data)

            projects.append(projects_item)

        reported_in = d.pop("reported_in")

        service_hours = d.pop("service_hours")

        street_name = d.pop("street_name")

        superior_name = d.pop("superior_name")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = ReportedTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        to = datetime.date.fromisoformat(d.pop("to"))

        unit_name = d.pop("unit_name")

        feedback_content = cls(
            credit_code=credit_code,
            from_=from_,
            members=members,
            projects=projects,
            reported_in=reported_in,
            service_hours=service_hours,
            street_name=street_name,
            superior_name=superior_name,
            tasks=tasks,
            to=to,
            unit_name=unit_name,
        )

        feedback_content.additional_properties = d
        return feedback_content

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
