from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.event_kind import EventKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewEvent")


@_attrs_define
class NewEvent:
    """An event to record.

    Attributes:
        kind (EventKind): `registered` 登记, `updated` 信息变更, `transfer_issued` 转出, `transfer_confirmed` 转入,
            `transfer_returned` 退回, `inflow_registration` 流入登记, `outflow_registration` 流出登记, `relocation` 搬迁入住, `report_in`
            报到, `service` 志愿服务, `commitment` 承诺, `post` 设岗定责, `note` 备注, `stage_change` 阶段变更
        occurred_on (datetime.date): The date it happened (China Standard Time); not after today.
        certificate_no (None | str | Unset): 流动党员活动证 number.
        content (None | str | Unset): What was promised, the post, the service, or the note.
        service_hours (float | None | Unset): Hours of volunteer service (service; optional on report-in), 0.5–24.
    """

    kind: EventKind
    occurred_on: datetime.date
    certificate_no: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    service_hours: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        occurred_on = self.occurred_on.isoformat()

        certificate_no: None | str | Unset
        if isinstance(self.certificate_no, Unset):
            certificate_no = UNSET
        else:
            certificate_no = self.certificate_no

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        service_hours: float | None | Unset
        if isinstance(self.service_hours, Unset):
            service_hours = UNSET
        else:
            service_hours = self.service_hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "occurred_on": occurred_on,
            }
        )
        if certificate_no is not UNSET:
            field_dict["certificate_no"] = certificate_no
        if content is not UNSET:
            field_dict["content"] = content
        if service_hours is not UNSET:
            field_dict["service_hours"] = service_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = EventKind(d.pop("kind"))

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        def _parse_certificate_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_no = _parse_certificate_no(d.pop("certificate_no", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_service_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        service_hours = _parse_service_hours(d.pop("service_hours", UNSET))

        new_event = cls(
            kind=kind,
            occurred_on=occurred_on,
            certificate_no=certificate_no,
            content=content,
            service_hours=service_hours,
        )

        return new_event
