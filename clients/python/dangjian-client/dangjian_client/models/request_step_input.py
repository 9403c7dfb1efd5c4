from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.request_step import RequestStep
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assignee_input import AssigneeInput


T = TypeVar("T", bound="RequestStepInput")


@_attrs_define
class RequestStepInput:
    """A step on a request.

    Attributes:
        step (RequestStep): `accept` 受理, `reject` 不予受理, `dispatch` 派单, `suspend` 挂起, `resume` 恢复办理, `resolve` 办结,
            `close` 评价, `reopen` 重办, `escalate` 上报
        assignee (AssigneeInput | None | Unset):
        department_id (int | None | Unset): For `escalate` from a street: the district department.
        note (None | str | Unset): What was done, or why (a rejection and a suspension need a reason, a resolution a
            note).
        rating (int | None | Unset): For `close`: the resident's rating, 1–5.
    """

    step: RequestStep
    assignee: AssigneeInput | None | Unset = UNSET
    department_id: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    rating: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.assignee_input import AssigneeInput  # noqa: PLC0415

        step = self.step.value

        assignee: dict[str, Any] | None | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        elif isinstance(self.assignee, AssigneeInput):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        department_id: int | None | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "step": step,
            }
        )
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if note is not UNSET:
            field_dict["note"] = note
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignee_input import AssigneeInput  # noqa: PLC0415

        d = dict(src_dict)
        step = RequestStep(d.pop("step"))

        def _parse_assignee(data: object) -> AssigneeInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_0 = AssigneeInput.from_dict(data)

                return assignee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssigneeInput | None | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        def _parse_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        request_step_input = cls(
            step=step,
            assignee=assignee,
            department_id=department_id,
            note=note,
            rating=rating,
        )

        return request_step_input
