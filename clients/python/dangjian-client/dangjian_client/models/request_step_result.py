from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.clock_kind import ClockKind
from ..models.level import Level
from ..models.request_state import RequestState
from ..models.request_step import RequestStep
from ..models.request_type import RequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignee import Assignee
    from ..models.request_attachment import RequestAttachment
    from ..models.request_event import RequestEvent


T = TypeVar("T", bound="RequestStepResult")


@_attrs_define
class RequestStepResult:
    """A request after a step; a resolution also answers the one-time rating link for the
    resident (shown once).

        Attributes:
            answered_in_time (bool): Accepted (or rejected) within the accepting SLA.
            area_id (int): Where it is: a grid, central household or community.
            area_name (str): Name of the area, for display.
            auto_escalated (bool): Escalated by the clock once, for running over at the community.
            channel (Channel | str): How it came in, e.g. `grid_phone`, `community_window`, `hotline` (12345) or
                `other_system`.
            clock (ClockKind | str): Which SLA clock runs: `accept`, `resolve`, or `stopped`.
            community_area_id (int): The community the request is located in.
            community_name (str): Name of the community, for display.
            created_at (datetime.datetime): When the request was registered (RFC 3339, UTC).
            description (str): What the resident asks or reports.
            id (int): Request id.
            level (Level | str): The level that holds it: community, street or department.
            overdue (bool): Past `due_on` today.
            received_at (datetime.datetime): When the resident asked; the SLA clock counts from this day (RFC 3339, UTC).
            request_type (RequestType | str): Type: consultation (咨询), help (求助), complaint (投诉), report (举报) or suggestion
                (建议).
            state (RequestState | str): Where the request stands, e.g. `submitted`, `in_progress`, `resolved` or `closed`.
            street_area_id (int): The street or town the request is located in.
            street_name (str): Name of the street or town, for display.
            updated_at (datetime.datetime): When the request last changed (RFC 3339, UTC).
            attachments (list[RequestAttachment]): Photos of the spot and of the work done, oldest first.
            available_steps (list[RequestStep | str]): Steps the caller may take now.
            events (list[RequestEvent]): The request's steps, oldest first.
            answered_at (datetime.datetime | None | Unset): When the request was first accepted or rejected (RFC 3339, UTC).
            assignee (Assignee | None | Unset):
            category_id (int | None | Unset): The category from the catalogue (`GET /request-categories`), if given.
            category_name (None | str | Unset): Name of the category, for display.
            department_id (int | None | Unset): The department it was escalated to.
            department_name (None | str | Unset): Name of the department, for display.
            due_on (datetime.date | None | Unset): The last working day of the running clock (China Standard Time).
            external_id (None | str | Unset): The request's id in the system that handed it over.
            household_id (int | None | Unset): The household it concerns, if known.
            rating (int | None | Unset): The resident's rating, 1–5.
            resolved_at (datetime.datetime | None | Unset): When the request was last resolved (RFC 3339, UTC); cleared when
                it is reopened.
            source (None | str | Unset): The account of the system that handed it over, with its own id there.
            address (None | str | Unset): The resident's address, masked (only the community is shown).
            latitude (float | None | Unset): Latitude of the place, in decimal degrees, if given.
            longitude (float | None | Unset): Longitude of the place, in decimal degrees, if given.
            rating_comment (None | str | Unset): The resident's comment given with the rating through the rating link.
            resident_name (None | str | Unset): Masked; `GET /requests/{id}/resident` reads it in full (audited).
            resident_phone (None | str | Unset): The resident's phone, masked.
            rating_link (None | str | Unset): `/rate/<token>`: the page where the resident rates the resolution (after
                `resolve`).
    """

    answered_in_time: bool
    area_id: int
    area_name: str
    auto_escalated: bool
    channel: Channel | str
    clock: ClockKind | str
    community_area_id: int
    community_name: str
    created_at: datetime.datetime
    description: str
    id: int
    level: Level | str
    overdue: bool
    received_at: datetime.datetime
    request_type: RequestType | str
    state: RequestState | str
    street_area_id: int
    street_name: str
    updated_at: datetime.datetime
    attachments: list[RequestAttachment]
    available_steps: list[RequestStep | str]
    events: list[RequestEvent]
    answered_at: datetime.datetime | None | Unset = UNSET
    assignee: Assignee | None | Unset = UNSET
    category_id: int | None | Unset = UNSET
    category_name: None | str | Unset = UNSET
    department_id: int | None | Unset = UNSET
    department_name: None | str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    household_id: int | None | Unset = UNSET
    rating: int | None | Unset = UNSET
    resolved_at: datetime.datetime | None | Unset = UNSET
    source: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    rating_comment: None | str | Unset = UNSET
    resident_name: None | str | Unset = UNSET
    resident_phone: None | str | Unset = UNSET
    rating_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assignee import Assignee  # noqa: PLC0415

        answered_in_time = self.answered_in_time

        area_id = self.area_id

        area_name = self.area_name

        auto_escalated = self.auto_escalated

        channel: str
        if isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        clock: str
        if isinstance(self.clock, ClockKind):
            clock = self.clock.value
        else:
            clock = self.clock

        community_area_id = self.community_area_id

        community_name = self.community_name

        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        level: str
        if isinstance(self.level, Level):
            level = self.level.value
        else:
            level = self.level

        overdue = self.overdue

        received_at = self.received_at.isoformat()

        request_type: str
        if isinstance(self.request_type, RequestType):
            request_type = self.request_type.value
        else:
            request_type = self.request_type

        state: str
        if isinstance(self.state, RequestState):
            state = self.state.value
        else:
            state = self.state

        street_area_id = self.street_area_id

        street_name = self.street_name

        updated_at = self.updated_at.isoformat()

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        available_steps = []
        for available_steps_item_data in self.available_steps:
            available_steps_item: str
            if isinstance(available_steps_item_data, RequestStep):
                available_steps_item = available_steps_item_data.value
            else:
                available_steps_item = available_steps_item_data
            available_steps.append(available_steps_item)

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        answered_at: None | str | Unset
        if isinstance(self.answered_at, Unset):
            answered_at = UNSET
        elif isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, Assignee):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        category_name: None | str | Unset
        if isinstance(self.category_name, Unset):
            category_name = UNSET
        else:
            category_name = self.category_name

        department_id: int | None | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        department_name: None | str | Unset
        if isinstance(self.department_name, Unset):
            department_name = UNSET
        else:
            department_name = self.department_name

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        household_id: int | None | Unset
        if isinstance(self.household_id, Unset):
            household_id = UNSET
        else:
            household_id = self.household_id

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        resolved_at: None | str | Unset
        if isinstance(self.resolved_at, Unset):
            resolved_at = UNSET
        elif isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        rating_comment: None | str | Unset
        if isinstance(self.rating_comment, Unset):
            rating_comment = UNSET
        else:
            rating_comment = self.rating_comment

        resident_name: None | str | Unset
        if isinstance(self.resident_name, Unset):
            resident_name = UNSET
        else:
            resident_name = self.resident_name

        resident_phone: None | str | Unset
        if isinstance(self.resident_phone, Unset):
            resident_phone = UNSET
        else:
            resident_phone = self.resident_phone

        rating_link: None | str | Unset
        if isinstance(self.rating_link, Unset):
            rating_link = UNSET
        else:
            rating_link = self.rating_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered_in_time": answered_in_time,
                "area_id": area_id,
                "area_name": area_name,
                "auto_escalated": auto_escalated,
                "channel": channel,
                "clock": clock,
                "community_area_id": community_area_id,
                "community_name": community_name,
                "created_at": created_at,
                "description": description,
                "id": id,
                "level": level,
                "overdue": overdue,
                "received_at": received_at,
                "request_type": request_type,
                "state": state,
                "street_area_id": street_area_id,
                "street_name": street_name,
                "updated_at": updated_at,
                "attachments": attachments,
                "available_steps": available_steps,
                "events": events,
            }
        )
        if answered_at is not UNSET:
            field_dict["answered_at"] = answered_at
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if department_name is not UNSET:
            field_dict["department_name"] = department_name
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if household_id is not UNSET:
            field_dict["household_id"] = household_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = resolved_at
        if source is not UNSET:
            field_dict["source"] = source
        if address is not UNSET:
            field_dict["address"] = address
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if rating_comment is not UNSET:
            field_dict["rating_comment"] = rating_comment
        if resident_name is not UNSET:
            field_dict["resident_name"] = resident_name
        if resident_phone is not UNSET:
            field_dict["resident_phone"] = resident_phone
        if rating_link is not UNSET:
            field_dict["rating_link"] = rating_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignee import Assignee  # noqa: PLC0415
        from ..models.request_attachment import RequestAttachment  # noqa: PLC0415
        from ..models.request_event import RequestEvent  # noqa: PLC0415

        d = dict(src_dict)
        answered_in_time = d.pop("answered_in_time")

        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        auto_escalated = d.pop("auto_escalated")

        def _parse_channel(data: object) -> Channel | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | str, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_clock(data: object) -> ClockKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clock_type_0 = ClockKind(data)

                return clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClockKind | str, data)

        clock = _parse_clock(d.pop("clock"))

        community_area_id = d.pop("community_area_id")

        community_name = d.pop("community_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        id = d.pop("id")

        def _parse_level(data: object) -> Level | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = Level(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Level | str, data)

        level = _parse_level(d.pop("level"))

        overdue = d.pop("overdue")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        def _parse_request_type(data: object) -> RequestType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_type_type_0 = RequestType(data)

                return request_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RequestType | str, data)

        request_type = _parse_request_type(d.pop("request_type"))

        def _parse_state(data: object) -> RequestState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = RequestState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RequestState | str, data)

        state = _parse_state(d.pop("state"))

        street_area_id = d.pop("street_area_id")

        street_name = d.pop("street_name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = RequestAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        available_steps = []
        _available_steps = d.pop("available_steps")
        for available_steps_item_data in _available_steps:

            def _parse_available_steps_item(data: object) -> RequestStep | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    available_steps_item_type_0 = RequestStep(data)

                    return available_steps_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(RequestStep | str, data)

            available_steps_item = _parse_available_steps_item(available_steps_item_data)

            available_steps.append(available_steps_item)

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = RequestEvent.from_dict(events_item_data)

            events.append(events_item)

        def _parse_answered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        answered_at = _parse_answered_at(d.pop("answered_at", UNSET))

        def _parse_assignee(data: object) -> Assignee | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_0 = Assignee.from_dict(data)

                return assignee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Assignee | None | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_category_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category_name = _parse_category_name(d.pop("category_name", UNSET))

        def _parse_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_department_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department_name = _parse_department_name(d.pop("department_name", UNSET))

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_household_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        household_id = _parse_household_id(d.pop("household_id", UNSET))

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_resolved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_rating_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rating_comment = _parse_rating_comment(d.pop("rating_comment", UNSET))

        def _parse_resident_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resident_name = _parse_resident_name(d.pop("resident_name", UNSET))

        def _parse_resident_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resident_phone = _parse_resident_phone(d.pop("resident_phone", UNSET))

        def _parse_rating_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rating_link = _parse_rating_link(d.pop("rating_link", UNSET))

        request_step_result = cls(
            answered_in_time=answered_in_time,
            area_id=area_id,
            area_name=area_name,
            auto_escalated=auto_escalated,
            channel=channel,
            clock=clock,
            community_area_id=community_area_id,
            community_name=community_name,
            created_at=created_at,
            description=description,
            id=id,
            level=level,
            overdue=overdue,
            received_at=received_at,
            request_type=request_type,
            state=state,
            street_area_id=street_area_id,
            street_name=street_name,
            updated_at=updated_at,
            attachments=attachments,
            available_steps=available_steps,
            events=events,
            answered_at=answered_at,
            assignee=assignee,
            category_id=category_id,
            category_name=category_name,
            department_id=department_id,
            department_name=department_name,
            due_on=due_on,
            external_id=external_id,
            household_id=household_id,
            rating=rating,
            resolved_at=resolved_at,
            source=source,
            address=address,
            latitude=latitude,
            longitude=longitude,
            rating_comment=rating_comment,
            resident_name=resident_name,
            resident_phone=resident_phone,
            rating_link=rating_link,
        )

        request_step_result.additional_properties = d
        return request_step_result

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
