from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReviewScore")


@_attrs_define
class ReviewScore:
    """A committee member's score of a review.

    Attributes:
        reviewer (str): The committee member scoring (评议人).
        score (int): The score, 0–100.
    """

    reviewer: str
    score: int

    def to_dict(self) -> dict[str, Any]:
        reviewer = self.reviewer

        score = self.score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reviewer": reviewer,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewer = d.pop("reviewer")

        score = d.pop("score")

        review_score = cls(
            reviewer=reviewer,
            score=score,
        )

        return review_score
