from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_status import ChangeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_user import UpdateUser


T = TypeVar("T", bound="AccountChangeRequest")


@_attrs_define
class AccountChangeRequest:
    """A change to an account that waits for (or got) a second administrator's decision.

    Attributes:
        change (UpdateUser): Changes to an account; absent fields stay as they are.
        id (int): The account change's id.
        requested_at (datetime.datetime): When the change was asked (RFC 3339, UTC).
        requested_by (int): The administrator who asked for the change.
        requested_by_username (str): Username of that administrator, for display.
        status (ChangeStatus | str): `pending` (waits for a second administrator), `confirmed` (applied) or `declined`.
        user_id (int): The account to change.
        username (str): Username of the account to change, for display.
        decided_at (datetime.datetime | None | Unset): When it was confirmed or declined (RFC 3339, UTC).
        decided_by (int | None | Unset): The administrator who confirmed or declined it.
        decided_by_username (None | str | Unset): Username of that administrator, for display.
    """

    change: UpdateUser
    id: int
    requested_at: datetime.datetime
    requested_by: int
    requested_by_username: str
    status: ChangeStatus | str
    user_id: int
    username: str
    decided_at: datetime.datetime | None | Unset = UNSET
    decided_by: int | None | Unset = UNSET
    decided_by_username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change = self.change.to_dict()

        id = self.id

        requested_at = self.requested_at.isoformat()

        requested_by = self.requested_by

        requested_by_username = self.requested_by_username

        status: str
        if isinstance(self.status, ChangeStatus):
            status = self.status.value
        else:
            status = self.status

        user_id = self.user_id

        username = self.username

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by: int | None | Unset
        if isinstance(self.decided_by, Unset):
            decided_by = UNSET
        else:
            decided_by = self.decided_by

        decided_by_username: None | str | Unset
        if isinstance(self.decided_by_username, Unset):
            decided_by_username = UNSET
        else:
            decided_by_username = self.decided_by_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change": change,
                "id": id,
                "requested_at": requested_at,
                "requested_by": requested_by,
                "requested_by_username": requested_by_username,
                "status": status,
                "user_id": user_id,
                "username": username,
            }
        )
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by
        if decided_by_username is not UNSET:
            field_dict["decided_by_username"] = decided_by_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_user import UpdateUser  # noqa: PLC0415

        d = dict(src_dict)
        change = UpdateUser.from_dict(d.pop("change"))

        id = d.pop("id")

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        requested_by = d.pop("requested_by")

        requested_by_username = d.pop("requested_by_username")

        def _parse_status(data: object) -> ChangeStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ChangeStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeStatus | str, data)

        status = _parse_status(d.pop("status"))

        user_id = d.pop("user_id")

        username = d.pop("username")

        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))

        def _parse_decided_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        decided_by = _parse_decided_by(d.pop("decided_by", UNSET))

        def _parse_decided_by_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_by_username = _parse_decided_by_username(d.pop("decided_by_username", UNSET))

        account_change_request = cls(
            change=change,
            id=id,
            requested_at=requested_at,
            requested_by=requested_by,
            requested_by_username=requested_by_username,
            status=status,
            user_id=user_id,
            username=username,
            decided_at=decided_at,
            decided_by=decided_by,
            decided_by_username=decided_by_username,
        )

        account_change_request.additional_properties = d
        return account_change_request

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
