from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..models.request_type import RequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resident_input import ResidentInput


T = TypeVar("T", bound="NewResidentRequest")


@_attrs_define
class NewResidentRequest:
    """A new resident request.

    Attributes:
        area_id (int): Where it is: a grid, central household or community.
        description (str): What the resident asks or reports.
        request_type (RequestType): `consultation` 咨询, `help` 求助, `complaint` 投诉, `report` 举报, `suggestion` 建议
        category_id (int | None | Unset): From the catalogue (`GET /request-categories`).
        channel (Channel | None | Unset):
        external_id (None | str | Unset): The request's id in the system that hands it over; the same id from the same
            account
            answers the request already taken in (200) instead of a new one.
        household_id (int | None | Unset): The household it concerns, if known.
        latitude (float | None | Unset): Latitude of the place, in decimal degrees (kept only together with
            `longitude`).
        longitude (float | None | Unset): Longitude of the place, in decimal degrees (kept only together with
            `latitude`).
        received_at (datetime.datetime | None | Unset): When the resident asked (defaults to now; never in the future).
            The SLA clock counts
            from this day.
        resident (None | ResidentInput | Unset):
    """

    area_id: int
    description: str
    request_type: RequestType
    category_id: int | None | Unset = UNSET
    channel: Channel | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    household_id: int | None | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET
    resident: None | ResidentInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.resident_input import ResidentInput  # noqa: PLC0415

        area_id = self.area_id

        description = self.description

        request_type = self.request_type.value

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

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

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        resident: dict[str, Any] | None | Unset
        if isinstance(self.resident, Unset):
            resident = UNSET
        elif isinstance(self.resident, ResidentInput):
            resident = self.resident.to_dict()
        else:
            resident = self.resident

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_id": area_id,
                "description": description,
                "request_type": request_type,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if channel is not UNSET:
            field_dict["channel"] = channel
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if household_id is not UNSET:
            field_dict["household_id"] = household_id
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if resident is not UNSET:
            field_dict["resident"] = resident

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resident_input import ResidentInput  # noqa: PLC0415

        d = dict(src_dict)
        area_id = d.pop("area_id")

        description = d.pop("description")

        request_type = RequestType(d.pop("request_type"))

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

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

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))

        def _parse_resident(data: object) -> None | ResidentInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resident_type_0 = ResidentInput.from_dict(data)

                return resident_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResidentInput | Unset, data)

        resident = _parse_resident(d.pop("resident", UNSET))

        new_resident_request = cls(
            area_id=area_id,
            description=description,
            request_type=request_type,
            category_id=category_id,
            channel=channel,
            external_id=external_id,
            household_id=household_id,
            latitude=latitude,
            longitude=longitude,
            received_at=received_at,
            resident=resident,
        )

        return new_resident_request
