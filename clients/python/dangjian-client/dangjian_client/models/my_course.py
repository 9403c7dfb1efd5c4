from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course import Course
    from ..models.course_completion import CourseCompletion


T = TypeVar("T", bound="MyCourse")


@_attrs_define
class MyCourse:
    """A course open to the caller, with the caller's own completion.

    Attributes:
        course (Course): A micro Party course (网上微党课).
        completion (CourseCompletion | None | Unset):
    """

    course: Course
    completion: CourseCompletion | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_completion import CourseCompletion  # noqa: PLC0415

        course = self.course.to_dict()

        completion: dict[str, Any] | None | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        elif isinstance(self.completion, CourseCompletion):
            completion = self.completion.to_dict()
        else:
            completion = self.completion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course": course,
            }
        )
        if completion is not UNSET:
            field_dict["completion"] = completion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course import Course  # noqa: PLC0415
        from ..models.course_completion import CourseCompletion  # noqa: PLC0415

        d = dict(src_dict)
        course = Course.from_dict(d.pop("course"))

        def _parse_completion(data: object) -> CourseCompletion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_type_0 = CourseCompletion.from_dict(data)

                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseCompletion | None | Unset, data)

        completion = _parse_completion(d.pop("completion", UNSET))

        my_course = cls(
            course=course,
            completion=completion,
        )

        my_course.additional_properties = d
        return my_course

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
