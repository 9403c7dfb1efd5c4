from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.verdict import Verdict
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpinionAnswer")


@_attrs_define
class OpinionAnswer:
    """The community's answer to a request.

    Attributes:
        content (str): The opinion's text.
        verdict (Verdict): `agree` 同意, `reserved` 有保留意见, `disagree` 不同意
        given_on (datetime.date | None | Unset): The day it is given; not after today and not before the request
            (default today).
    """

    content: str
    verdict: Verdict
    given_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        verdict = self.verdict.value

        given_on: None | str | Unset
        if isinstance(self.given_on, Unset):
            given_on = UNSET
        elif isinstance(self.given_on, datetime.date):
            given_on = self.given_on.isoformat()
        else:
            given_on = self.given_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "verdict": verdict,
            }
        )
        if given_on is not UNSET:
            field_dict["given_on"] = given_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        verdict = Verdict(d.pop("verdict"))

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

        opinion_answer = cls(
            content=content,
            verdict=verdict,
            given_on=given_on,
        )

        return opinion_answer
