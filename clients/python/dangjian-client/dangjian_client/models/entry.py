from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category
from ..models.grade import Grade
from ..models.stage import Stage
from ..types import UNSET, Unset

T = TypeVar("T", bound="Entry")


@_attrs_define
class Entry:
    """One member in a campaign, with both opinions side by side.

    Attributes:
        category (Category | str): The member's category, which decides the opinions needed (两地评议).
        gradable (bool): Probationary members take part but are not graded.
        member_id (int): The member evaluated.
        membership_opinion_required (bool): Whether the category needs each opinion before grading.
        name (str): Name of the member, for display.
        reported_in (bool): In-service members: reported in to the residence community this year.
        residence_opinion_required (bool): Whether the residence organization's opinion is needed before grading.
        stage (Stage | str): The member's stage; only full members (正式党员) are graded.
        final_grade (Grade | None | str | Unset):
        membership_comment (None | str | Unset): Comment of the membership organization's opinion.
        membership_opinion (Grade | None | str | Unset):
        reason (None | str | Unset): The reason given with the final grade (required when it differs from the suggested
            one).
        residence_comment (None | str | Unset): Comment of the residence organization's opinion.
        residence_opinion (Grade | None | str | Unset):
        suggested_grade (Grade | None | str | Unset):
    """

    category: Category | str
    gradable: bool
    member_id: int
    membership_opinion_required: bool
    name: str
    reported_in: bool
    residence_opinion_required: bool
    stage: Stage | str
    final_grade: Grade | None | str | Unset = UNSET
    membership_comment: None | str | Unset = UNSET
    membership_opinion: Grade | None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    residence_comment: None | str | Unset = UNSET
    residence_opinion: Grade | None | str | Unset = UNSET
    suggested_grade: Grade | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str
        if isinstance(self.category, Category):
            category = self.category.value
        else:
            category = self.category

        gradable = self.gradable

        member_id = self.member_id

        membership_opinion_required = self.membership_opinion_required

        name = self.name

        reported_in = self.reported_in

        residence_opinion_required = self.residence_opinion_required

        stage: str
        if isinstance(self.stage, Stage):
            stage = self.stage.value
        else:
            stage = self.stage

        final_grade: None | str | Unset
        if isinstance(self.final_grade, Unset):
            final_grade = UNSET
        elif isinstance(self.final_grade, Grade):
            final_grade = self.final_grade.value
        else:
            final_grade = self.final_grade

        membership_comment: None | str | Unset
        if isinstance(self.membership_comment, Unset):
            membership_comment = UNSET
        else:
            membership_comment = self.membership_comment

        membership_opinion: None | str | Unset
        if isinstance(self.membership_opinion, Unset):
            membership_opinion = UNSET
        elif isinstance(self.membership_opinion, Grade):
            membership_opinion = self.membership_opinion.value
        else:
            membership_opinion = self.membership_opinion

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        residence_comment: None | str | Unset
        if isinstance(self.residence_comment, Unset):
            residence_comment = UNSET
        else:
            residence_comment = self.residence_comment

        residence_opinion: None | str | Unset
        if isinstance(self.residence_opinion, Unset):
            residence_opinion = UNSET
        elif isinstance(self.residence_opinion, Grade):
            residence_opinion = self.residence_opinion.value
        else:
            residence_opinion = self.residence_opinion

        suggested_grade: None | str | Unset
        if isinstance(self.suggested_grade, Unset):
            suggested_grade = UNSET
        elif isinstance(self.suggested_grade, Grade):
            suggested_grade = self.suggested_grade.value
        else:
            suggested_grade = self.suggested_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "gradable": gradable,
                "member_id": member_id,
                "membership_opinion_required": membership_opinion_required,
                "name": name,
                "reported_in": reported_in,
                "residence_opinion_required": residence_opinion_required,
                "stage": stage,
            }
        )
        if final_grade is not UNSET:
            field_dict["final_grade"] = final_grade
        if membership_comment is not UNSET:
            field_dict["membership_comment"] = membership_comment
        if membership_opinion is not UNSET:
            field_dict["membership_opinion"] = membership_opinion
        if reason is not UNSET:
            field_dict["reason"] = reason
        if residence_comment is not UNSET:
            field_dict["residence_comment"] = residence_comment
        if residence_opinion is not UNSET:
            field_dict["residence_opinion"] = residence_opinion
        if suggested_grade is not UNSET:
            field_dict["suggested_grade"] = suggested_grade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_category(data: object) -> Category | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = Category(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Category | str, data)

        category = _parse_category(d.pop("category"))

        gradable = d.pop("gradable")

        member_id = d.pop("member_id")

        membership_opinion_required = d.pop("membership_opinion_required")

        name = d.pop("name")

        reported_in = d.pop("reported_in")

        residence_opinion_required = d.pop("residence_opinion_required")

        def _parse_stage(data: object) -> Stage | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = Stage(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Stage | str, data)

        stage = _parse_stage(d.pop("stage"))

        def _parse_final_grade(data: object) -> Grade | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                final_grade_type_0_type_0 = Grade(data)

                return final_grade_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grade | None | str | Unset, data)

        final_grade = _parse_final_grade(d.pop("final_grade", UNSET))

        def _parse_membership_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        membership_comment = _parse_membership_comment(d.pop("membership_comment", UNSET))

        def _parse_membership_opinion(data: object) -> Grade | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                membership_opinion_type_0_type_0 = Grade(data)

                return membership_opinion_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grade | None | str | Unset, data)

        membership_opinion = _parse_membership_opinion(d.pop("membership_opinion", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_residence_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        residence_comment = _parse_residence_comment(d.pop("residence_comment", UNSET))

        def _parse_residence_opinion(data: object) -> Grade | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                residence_opinion_type_0_type_0 = Grade(data)

                return residence_opinion_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grade | None | str | Unset, data)

        residence_opinion = _parse_residence_opinion(d.pop("residence_opinion", UNSET))

        def _parse_suggested_grade(data: object) -> Grade | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suggested_grade_type_0_type_0 = Grade(data)

                return suggested_grade_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grade | None | str | Unset, data)

        suggested_grade = _parse_suggested_grade(d.pop("suggested_grade", UNSET))

        entry = cls(
            category=category,
            gradable=gradable,
            member_id=member_id,
            membership_opinion_required=membership_opinion_required,
            name=name,
            reported_in=reported_in,
            residence_opinion_required=residence_opinion_required,
            stage=stage,
            final_grade=final_grade,
            membership_comment=membership_comment,
            membership_opinion=membership_opinion,
            reason=reason,
            residence_comment=residence_comment,
            residence_opinion=residence_opinion,
            suggested_grade=suggested_grade,
        )

        entry.additional_properties = d
        return entry

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
