from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_state import ReportState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback_content import FeedbackContent


T = TypeVar("T", bound="FeedbackReport")


@_attrs_define
class FeedbackReport:
    """A half-year feedback report on a vertically managed unit.

    Attributes:
        area_id (int): The street that reports.
        content (FeedbackContent): What a feedback report says, as composed when it was made.
        half (int): 1 for January–June, 2 for July–December.
        id (int): The report's id.
        state (ReportState | str): Composed (awaiting sign-off), signed off, or delivered.
        unit_id (int): The unit reported on.
        year (int): The year.
        delivered_at (datetime.datetime | None | Unset): When it was delivered to the superior organization (RFC 3339,
            UTC).
        signed_off_at (datetime.datetime | None | Unset): When it was signed off (RFC 3339, UTC); a signed-off report no
            longer changes.
        signed_off_by_name (None | str | Unset): Who signed it off, for display.
        superior_org_id (int | None | Unset): The superior Party organization in the tree it went to, once delivered
            there.
    """

    area_id: int
    content: FeedbackContent
    half: int
    id: int
    state: ReportState | str
    unit_id: int
    year: int
    delivered_at: datetime.datetime | None | Unset = UNSET
    signed_off_at: datetime.datetime | None | Unset = UNSET
    signed_off_by_name: None | str | Unset = UNSET
    superior_org_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        content = self.content.to_dict()

        half = self.half

        id = self.id

        state: str
        if isinstance(self.state, ReportState):
            state = self.state.value
        else:
            state = self.state

        unit_id = self.unit_id

        year = self.year

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        signed_off_at: None | str | Unset
        if isinstance(self.signed_off_at, Unset):
            signed_off_at = UNSET
        elif isinstance(self.signed_off_at, datetime.datetime):
            signed_off_at = self.signed_off_at.isoformat()
        else:
            signed_off_at = self.signed_off_at

        signed_off_by_name: None | str | Unset
        if isinstance(self.signed_off_by_name, Unset):
            signed_off_by_name = UNSET
        else:
            signed_off_by_name = self.signed_off_by_name

        superior_org_id: int | None | Unset
        if isinstance(self.superior_org_id, Unset):
            superior_org_id = UNSET
        else:
            superior_org_id = self.superior_org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "content": content,
                "half": half,
                "id": id,
                "state": state,
                "unit_id": unit_id,
                "year": year,
            }
        )
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if signed_off_at is not UNSET:
            field_dict["signed_off_at"] = signed_off_at
        if signed_off_by_name is not UNSET:
            field_dict["signed_off_by_name"] = signed_off_by_name
        if superior_org_id is not UNSET:
            field_dict["superior_org_id"] = superior_org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_content import FeedbackContent  # noqa: PLC0415

        d = dict(src_dict)
        area_id = d.pop("area_id")

        content = FeedbackContent.from_dict(d.pop("content"))

        half = d.pop("half")

        id = d.pop("id")

        def _parse_state(data: object) -> ReportState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ReportState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReportState | str, data)

        state = _parse_state(d.pop("state"))

        unit_id = d.pop("unit_id")

        year = d.pop("year")

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        def _parse_signed_off_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_off_at_type_0 = datetime.datetime.fromisoformat(data)

                return signed_off_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        signed_off_at = _parse_signed_off_at(d.pop("signed_off_at", UNSET))

        def _parse_signed_off_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_off_by_name = _parse_signed_off_by_name(d.pop("signed_off_by_name", UNSET))

        def _parse_superior_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        superior_org_id = _parse_superior_org_id(d.pop("superior_org_id", UNSET))

        feedback_report = cls(
            area_id=area_id,
            content=content,
            half=half,
            id=id,
            state=state,
            unit_id=unit_id,
            year=year,
            delivered_at=delivered_at,
            signed_off_at=signed_off_at,
            signed_off_by_name=signed_off_by_name,
            superior_org_id=superior_org_id,
        )

        feedback_report.additional_properties = d
        return feedback_report

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
