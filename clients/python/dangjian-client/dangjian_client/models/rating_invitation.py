from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_state import RequestState
from ..models.request_type import RequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RatingInvitation")


@_attrs_define
class RatingInvitation:
    """What the resident sees behind a rating link: the request, never anyone's personal data.

    Attributes:
        area_name (str): Name of the place (community, grid or central household), for display.
        description (str): What the resident asked or reported.
        request_type (RequestType | str): Type: consultation (咨询), help (求助), complaint (投诉), report (举报) or suggestion
            (建议).
        state (RequestState | str): Where the request stands now.
        resolution (None | str | Unset): What the handler wrote when resolving it.
        resolved_on (datetime.date | None | Unset): The date the request was resolved (China Standard Time).
    """

    area_name: str
    description: str
    request_type: RequestType | str
    state: RequestState | str
    resolution: None | str | Unset = UNSET
    resolved_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_name = self.area_name

        description = self.description

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

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        resolved_on: None | str | Unset
        if isinstance(self.resolved_on, Unset):
            resolved_on = UNSET
        elif isinstance(self.resolved_on, datetime.date):
            resolved_on = self.resolved_on.isoformat()
        else:
            resolved_on = self.resolved_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_name": area_name,
                "description": description,
                "request_type": request_type,
                "state": state,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if resolved_on is not UNSET:
            field_dict["resolved_on"] = resolved_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_name = d.pop("area_name")

        description = d.pop("description")

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

        def _parse_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_resolved_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_on_type_0 = datetime.date.fromisoformat(data)

                return resolved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        resolved_on = _parse_resolved_on(d.pop("resolved_on", UNSET))

        rating_invitation = cls(
            area_name=area_name,
            description=description,
            request_type=request_type,
            state=state,
            resolution=resolution,
            resolved_on=resolved_on,
        )

        rating_invitation.additional_properties = d
        return rating_invitation

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
