from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.development_step import DevelopmentStep
    from ..models.missing import Missing


T = TypeVar("T", bound="Development")


@_attrs_define
class Development:
    """A person's development: stage, steps, and what is missing for the next stage today.

    Attributes:
        member_id (int): The person (member record) whose development this is.
        missing (list[Missing]): Rules not yet met for the next stage today; empty when it may be reached.
        name (str): Name of the person, for display.
        stage (Stage | str): The current stage.
        steps (list[DevelopmentStep]): The recorded steps, oldest first.
        next_stage (None | Stage | str | Unset):
    """

    member_id: int
    missing: list[Missing]
    name: str
    stage: Stage | str
    steps: list[DevelopmentStep]
    next_stage: None | Stage | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        name = self.name

        stage: str
        if isinstance(self.stage, Stage):
            stage = self.stage.value
        else:
            stage = self.stage

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        next_stage: None | str | Unset
        if isinstance(self.next_stage, Unset):
            next_stage = UNSET
        elif isinstance(self.next_stage, Stage):
            next_stage = self.next_stage.value
        else:
            next_stage = self.next_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_id": member_id,
                "missing": missing,
                "name": name,
                "stage": stage,
                "steps": steps,
            }
        )
        if next_stage is not UNSET:
            field_dict["next_stage"] = next_stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.development_step import DevelopmentStep  # noqa: PLC0415
        from ..models.missing import Missing  # noqa: PLC0415

        d = dict(src_dict)
        member_id = d.pop("member_id")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = Missing.from_dict(missing_item_data)

            missing.append(missing_item)

        name = d.pop("name")

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

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = DevelopmentStep.from_dict(steps_item_data)

            steps.append(steps_item)

        def _parse_next_stage(data: object) -> None | Stage | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_stage_type_0_type_0 = Stage(data)

                return next_stage_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage | str | Unset, data)

        next_stage = _parse_next_stage(d.pop("next_stage", UNSET))

        development = cls(
            member_id=member_id,
            missing=missing,
            name=name,
            stage=stage,
            steps=steps,
            next_stage=next_stage,
        )

        development.additional_properties = d
        return development

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
