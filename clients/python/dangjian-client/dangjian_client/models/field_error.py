from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error_params import FieldErrorParams


T = TypeVar("T", bound="FieldError")


@_attrs_define
class FieldError:
    """One invalid field of a request.

    Attributes:
        code (str): Stable code: `required`, `unknown_field`, `invalid_type`, `invalid_value`, `length`,
            `range`, `format`, `checksum`, `mismatch`, `duplicate`, `taken` (another record holds
            the value), `not_found`, `rule` (the
            problem `type` or the message names the rule); a refusal listing several rules (a
            stage change) gives each rule's own code.
        field (str): The field, as a path into the request (`roles[1]`, `limit`).
        message (str): Human-readable explanation.
        params (FieldErrorParams | Unset): The values the message is made of (dates, counts), so that a client renders
            `code`
            in its reader's language, e.g. `{"met_on": "2027-08-24"}`.
        row (int | None | Unset): For file imports: the spreadsheet row (1 = the header row).
    """

    code: str
    field: str
    message: str
    params: FieldErrorParams | Unset = UNSET
    row: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        field = self.field

        message = self.message

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        row: int | None | Unset
        if isinstance(self.row, Unset):
            row = UNSET
        else:
            row = self.row

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "field": field,
                "message": message,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if row is not UNSET:
            field_dict["row"] = row

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error_params import FieldErrorParams  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        field = d.pop("field")

        message = d.pop("message")

        _params = d.pop("params", UNSET)
        params: FieldErrorParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = FieldErrorParams.from_dict(_params)

        def _parse_row(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row = _parse_row(d.pop("row", UNSET))

        field_error = cls(
            code=code,
            field=field,
            message=message,
            params=params,
            row=row,
        )

        field_error.additional_properties = d
        return field_error

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
