from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exclusion import Exclusion


T = TypeVar("T", bound="VoteResult")


@_attrs_define
class VoteResult:
    """The counts of a branch meeting's vote, with the quorum and majority computed.

    Attributes:
        entitled (int): The branch's full members on the meeting date less `excluded` (derived from the roster;
            typed in by hand only in records older than that rule).
        excluded (list[Exclusion]): Full members not counted as entitled, by name, with the reason.
        in_favour (int): Votes in favour.
        majority_met (bool): In favour > half of entitled.
        present (int): Entitled members present at the meeting.
        quorum_met (bool): Present > half of entitled.
        roster (int | None | Unset): The branch's full members on the meeting date.
    """

    entitled: int
    excluded: list[Exclusion]
    in_favour: int
    majority_met: bool
    present: int
    quorum_met: bool
    roster: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entitled = self.entitled

        excluded = []
        for excluded_item_data in self.excluded:
            excluded_item = excluded_item_data.to_dict()
            excluded.append(excluded_item)

        in_favour = self.in_favour

        majority_met = self.majority_met

        present = self.present

        quorum_met = self.quorum_met

        roster: int | None | Unset
        if isinstance(self.roster, Unset):
            roster = UNSET
        else:
            roster = self.roster

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entitled": entitled,
                "excluded": excluded,
                "in_favour": in_favour,
                "majority_met": majority_met,
                "present": present,
                "quorum_met": quorum_met,
            }
        )
        if roster is not UNSET:
            field_dict["roster"] = roster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exclusion import Exclusion  # noqa: PLC0415

        d = dict(src_dict)
        entitled = d.pop("entitled")

        excluded = []
        _excluded = d.pop("excluded")
        for excluded_item_data in _excluded:
            excluded_item = Exclusion.from_dict(excluded_item_data)

            excluded.append(excluded_item)

        in_favour = d.pop("in_favour")

        majority_met = d.pop("majority_met")

        present = d.pop("present")

        quorum_met = d.pop("quorum_met")

        def _parse_roster(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        roster = _parse_roster(d.pop("roster", UNSET))

        vote_result = cls(
            entitled=entitled,
            excluded=excluded,
            in_favour=in_favour,
            majority_met=majority_met,
            present=present,
            quorum_met=quorum_met,
            roster=roster,
        )

        vote_result.additional_properties = d
        return vote_result

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
