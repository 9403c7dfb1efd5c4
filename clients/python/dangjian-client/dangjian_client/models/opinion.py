from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opinion_purpose import OpinionPurpose
from ..models.opinion_state import OpinionState
from ..models.opinion_subject import OpinionSubject
from ..models.verdict import Verdict
from ..types import UNSET, Unset

T = TypeVar("T", bound="Opinion")


@_attrs_define
class Opinion:
    """A community's assessment opinion (鉴定意见), given or asked for.

    Attributes:
        area_id (int): The community giving it.
        area_name (str): Name of the community, for display.
        id (int): The opinion's id.
        overdue (bool): Whether a request is still unanswered after its last day.
        purpose (OpinionPurpose | str): What it is for.
        state (OpinionState | str): Requested (waiting for the answer) or given.
        subject_kind (OpinionSubject | str): Whom it is about: a unit, a resident or a cadre named by the asker.
        subject_name (str): The unit's or person's name.
        updated_at (datetime.datetime): When it was last changed (RFC 3339, UTC).
        year (int): The year it is about.
        asked_on (datetime.date | None | Unset): The day it was asked for.
        asker_name (None | str | Unset): The department that asked, for a request from outside.
        content (None | str | Unset): The opinion's text.
        due_on (datetime.date | None | Unset): The last working day to answer a request.
        given_by_name (None | str | Unset): Who gave it, for display.
        given_on (datetime.date | None | Unset): The day it was given.
        member_id (int | None | Unset): The resident (for the community's own readers; an asker never learns it).
        question (None | str | Unset): What the asker wants to know.
        unit_id (int | None | Unset): The unit (for the community's own readers).
        verdict (None | str | Unset | Verdict):
    """

    area_id: int
    area_name: str
    id: int
    overdue: bool
    purpose: OpinionPurpose | str
    state: OpinionState | str
    subject_kind: OpinionSubject | str
    subject_name: str
    updated_at: datetime.datetime
    year: int
    asked_on: datetime.date | None | Unset = UNSET
    asker_name: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    given_by_name: None | str | Unset = UNSET
    given_on: datetime.date | None | Unset = UNSET
    member_id: int | None | Unset = UNSET
    question: None | str | Unset = UNSET
    unit_id: int | None | Unset = UNSET
    verdict: None | str | Unset | Verdict = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area_id = self.area_id

        area_name = self.area_name

        id = self.id

        overdue = self.overdue

        purpose: str
        if isinstance(self.purpose, OpinionPurpose):
            purpose = self.purpose.value
        else:
            purpose = self.purpose

        state: str
        if isinstance(self.state, OpinionState):
            state = self.state.value
        else:
            state = self.state

        subject_kind: str
        if isinstance(self.subject_kind, OpinionSubject):
            subject_kind = self.subject_kind.value
        else:
            subject_kind = self.subject_kind

        subject_name = self.subject_name

        updated_at = self.updated_at.isoformat()

        year = self.year

        asked_on: None | str | Unset
        if isinstance(self.asked_on, Unset):
            asked_on = UNSET
        elif isinstance(self.asked_on, datetime.date):
            asked_on = self.asked_on.isoformat()
        else:
            asked_on = self.asked_on

        asker_name: None | str | Unset
        if isinstance(self.asker_name, Unset):
            asker_name = UNSET
        else:
            asker_name = self.asker_name

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        given_by_name: None | str | Unset
        if isinstance(self.given_by_name, Unset):
            given_by_name = UNSET
        else:
            given_by_name = self.given_by_name

        given_on: None | str | Unset
        if isinstance(self.given_on, Unset):
            given_on = UNSET
        elif isinstance(self.given_on, datetime.date):
            given_on = self.given_on.isoformat()
        else:
            given_on = self.given_on

        member_id: int | None | Unset
        if isinstance(self.member_id, Unset):
            member_id = UNSET
        else:
            member_id = self.member_id

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        verdict: None | str | Unset
        if isinstance(self.verdict, Unset):
            verdict = UNSET
        elif isinstance(self.verdict, Verdict):
            verdict = self.verdict.value
        else:
            verdict = self.verdict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area_id": area_id,
                "area_name": area_name,
                "id": id,
                "overdue": overdue,
                "purpose": purpose,
                "state": state,
                "subject_kind": subject_kind,
                "subject_name": subject_name,
                "updated_at": updated_at,
                "year": year,
            }
        )
        if asked_on is not UNSET:
            field_dict["asked_on"] = asked_on
        if asker_name is not UNSET:
            field_dict["asker_name"] = asker_name
        if content is not UNSET:
            field_dict["content"] = content
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if given_by_name is not UNSET:
            field_dict["given_by_name"] = given_by_name
        if given_on is not UNSET:
            field_dict["given_on"] = given_on
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if question is not UNSET:
            field_dict["question"] = question
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if verdict is not UNSET:
            field_dict["verdict"] = verdict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_id = d.pop("area_id")

        area_name = d.pop("area_name")

        id = d.pop("id")

        overdue = d.pop("overdue")

        def _parse_purpose(data: object) -> OpinionPurpose | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purpose_type_0 = OpinionPurpose(data)

                return purpose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpinionPurpose | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        def _parse_state(data: object) -> OpinionState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = OpinionState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpinionState | str, data)

        state = _parse_state(d.pop("state"))

        def _parse_subject_kind(data: object) -> OpinionSubject | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subject_kind_type_0 = OpinionSubject(data)

                return subject_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpinionSubject | str, data)

        subject_kind = _parse_subject_kind(d.pop("subject_kind"))

        subject_name = d.pop("subject_name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        year = d.pop("year")

        def _parse_asked_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asked_on_type_0 = datetime.date.fromisoformat(data)

                return asked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        asked_on = _parse_asked_on(d.pop("asked_on", UNSET))

        def _parse_asker_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asker_name = _parse_asker_name(d.pop("asker_name", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

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

        def _parse_given_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given_by_name = _parse_given_by_name(d.pop("given_by_name", UNSET))

        def _parse_given_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                given_on_type_0 = datetime.date.fromisoformat(data)

                return given_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        given_on = _parse_given_on(d.pop("given_on", UNSET))

        def _parse_member_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_id = _parse_member_id(d.pop("member_id", UNSET))

        def _parse_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question = _parse_question(d.pop("question", UNSET))

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        def _parse_verdict(data: object) -> None | str | Unset | Verdict:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_type_0_type_0 = Verdict(data)

                return verdict_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | Verdict, data)

        verdict = _parse_verdict(d.pop("verdict", UNSET))

        opinion = cls(
            area_id=area_id,
            area_name=area_name,
            id=id,
            overdue=overdue,
            purpose=purpose,
            state=state,
            subject_kind=subject_kind,
            subject_name=subject_name,
            updated_at=updated_at,
            year=year,
            asked_on=asked_on,
            asker_name=asker_name,
            content=content,
            due_on=due_on,
            given_by_name=given_by_name,
            given_on=given_on,
            member_id=member_id,
            question=question,
            unit_id=unit_id,
            verdict=verdict,
        )

        opinion.additional_properties = d
        return opinion

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
