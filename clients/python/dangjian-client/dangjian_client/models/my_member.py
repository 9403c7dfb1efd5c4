from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member import Member
    from ..models.member_event import MemberEvent


T = TypeVar("T", bound="MyMember")


@_attrs_define
class MyMember:
    """The caller's own member record ("我的").

    Attributes:
        events (list[MemberEvent]): Report-ins, service, commitments and posts, newest first.
        member (Member): A member as shown: ID number, phone and address are always masked here and the birth
            date is shown as a year only, so that no masked value can be rebuilt from the rest; the
            full values come from `/members/{id}/personal-data` for callers allowed to see them.
        service_hours_this_year (float): Volunteer service hours recorded this calendar year.
    """

    events: list[MemberEvent]
    member: Member
    service_hours_this_year: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        member = self.member.to_dict()

        service_hours_this_year = self.service_hours_this_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "member": member,
                "service_hours_this_year": service_hours_this_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member  # noqa: PLC0415
        from ..models.member_event import MemberEvent  # noqa: PLC0415

        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = MemberEvent.from_dict(events_item_data)

            events.append(events_item)

        member = Member.from_dict(d.pop("member"))

        service_hours_this_year = d.pop("service_hours_this_year")

        my_member = cls(
            events=events,
            member=member,
            service_hours_this_year=service_hours_this_year,
        )

        my_member.additional_properties = d
        return my_member

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
