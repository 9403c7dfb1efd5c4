from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_head import ChainHead


T = TypeVar("T", bound="ChainReport")


@_attrs_define
class ChainReport:
    """What a walk along the audit chain found.

    Attributes:
        before_chain (int): Events recorded before the chain began (they carry no hash).
        events (int): Events in the log.
        first_broken_id (int | None | Unset): The first event whose hash does not follow from the one before: the log
            was changed
            at or just before it. None: the chain is whole.
        head (ChainHead | None | Unset):
        pruned_through (int | None | Unset): Events up to this one were removed for retention.
    """

    before_chain: int
    events: int
    first_broken_id: int | None | Unset = UNSET
    head: ChainHead | None | Unset = UNSET
    pruned_through: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chain_head import ChainHead  # noqa: PLC0415

        before_chain = self.before_chain

        events = self.events

        first_broken_id: int | None | Unset
        if isinstance(self.first_broken_id, Unset):
            first_broken_id = UNSET
        else:
            first_broken_id = self.first_broken_id

        head: dict[str, Any] | None | Unset
        if isinstance(self.head, Unset):
            head = UNSET
        elif isinstance(self.head, ChainHead):
            head = self.head.to_dict()
        else:
            head = self.head

        pruned_through: int | None | Unset
        if isinstance(self.pruned_through, Unset):
            pruned_through = UNSET
        else:
            pruned_through = self.pruned_through

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "before_chain": before_chain,
                "events": events,
            }
        )
        if first_broken_id is not UNSET:
            field_dict["first_broken_id"] = first_broken_id
        if head is not UNSET:
            field_dict["head"] = head
        if pruned_through is not UNSET:
            field_dict["pruned_through"] = pruned_through

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_head import ChainHead  # noqa: PLC0415

        d = dict(src_dict)
        before_chain = d.pop("before_chain")

        events = d.pop("events")

        def _parse_first_broken_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_broken_id = _parse_first_broken_id(d.pop("first_broken_id", UNSET))

        def _parse_head(data: object) -> ChainHead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                head_type_0 = ChainHead.from_dict(data)

                return head_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChainHead | None | Unset, data)

        head = _parse_head(d.pop("head", UNSET))

        def _parse_pruned_through(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pruned_through = _parse_pruned_through(d.pop("pruned_through", UNSET))

        chain_report = cls(
            before_chain=before_chain,
            events=events,
            first_broken_id=first_broken_id,
            head=head,
            pruned_through=pruned_through,
        )

        chain_report.additional_properties = d
        return chain_report

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
