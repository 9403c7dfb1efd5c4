from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.area_short import AreaShort
    from ..models.funding_total import FundingTotal


T = TypeVar("T", bound="SupportFigures")


@_attrs_define
class SupportFigures:
    """The support figures of an area's communities and counties.

    Attributes:
        below_standard (int): Communities whose space is below the standard (count).
        below_standard_areas (list[AreaShort]): Up to 50 of them, with their square metres.
        communities (int): Communities in the area.
        counties (int): Counties (县区) in the area.
        counties_without_site (list[AreaShort]): Counties without a demonstration site (all of them: a city has a
            dozen).
        funding (list[FundingTotal]): The year's funding per line.
        funding_followed_yuan (int): Yuan that followed work handed to communities under the access list (费随事转) this
            year.
        graduates (int): Young graduates serving in the area's communities.
        graduates_short (int): Communities with fewer young graduates than the policy asks (count).
        graduates_short_areas (list[AreaShort]): Up to 50 of them, with their graduates.
        sites (int): Demonstration sites in the area.
        space_standard_m2 (int): The office-space standard (square metres).
        spaces_recorded (int): Communities whose space is recorded.
        year (int): The year of the funding figures.
    """

    below_standard: int
    below_standard_areas: list[AreaShort]
    communities: int
    counties: int
    counties_without_site: list[AreaShort]
    funding: list[FundingTotal]
    funding_followed_yuan: int
    graduates: int
    graduates_short: int
    graduates_short_areas: list[AreaShort]
    sites: int
    space_standard_m2: int
    spaces_recorded: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        below_standard = self.below_standard

        below_standard_areas = []
        for below_standard_areas_item_data in self.below_standard_areas:
            below_standard_areas_item = below_standard_areas_item_data.to_dict()
            below_standard_areas.append(below_standard_areas_item)

        communities = self.communities

        counties = self.counties

        counties_without_site = []
        for counties_without_site_item_data in self.counties_without_site:
            counties_without_site_item = counties_without_site_item_data.to_dict()
            counties_without_site.append(counties_without_site_item)

        funding = []
        for funding_item_data in self.funding:
            funding_item = funding_item_data.to_dict()
            funding.append(funding_item)

        funding_followed_yuan = self.funding_followed_yuan

        graduates = self.graduates

        graduates_short = self.graduates_short

        graduates_short_areas = []
        for graduates_short_areas_item_data in self.graduates_short_areas:
            graduates_short_areas_item = graduates_short_areas_item_data.to_dict()
            graduates_short_areas.append(graduates_short_areas_item)

        sites = self.sites

        space_standard_m2 = self.space_standard_m2

        spaces_recorded = self.spaces_recorded

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "below_standard": below_standard,
                "below_standard_areas": below_standard_areas,
                "communities": communities,
                "counties": counties,
                "counties_without_site": counties_without_site,
                "funding": funding,
                "funding_followed_yuan": funding_followed_yuan,
                "graduates": graduates,
                "graduates_short": graduates_short,
                "graduates_short_areas": graduates_short_areas,
                "sites": sites,
                "space_standard_m2": space_standard_m2,
                "spaces_recorded": spaces_recorded,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.area_short import AreaShort  # noqa: PLC0415
        from ..models.funding_total import FundingTotal  # noqa: PLC0415

        d = dict(src_dict)
        below_standard = d.pop("below_standard")

        below_standard_areas = []
        _below_standard_areas = d.pop("below_standard_areas")
        for below_standard_areas_item_data in _below_standard_areas:
            below_standard_areas_item = AreaShort.from_dict(below_standard_areas_item_data)

            below_standard_areas.append(below_standard_areas_item)

        communities = d.pop("communities")

        counties = d.pop("counties")

        counties_without_site = []
        _counties_without_site = d.pop("counties_without_site")
        for counties_without_site_item_data in _counties_without_site:
            counties_without_site_item = AreaShort.from_dict(counties_without_site_item_data)

            counties_without_site.append(counties_without_site_item)

        funding = []
        _funding = d.pop("funding")
        for funding_item_data in _funding:
            funding_item = FundingTotal.from_dict(funding_item_data)

            funding.append(funding_item)

        funding_followed_yuan = d.pop("funding_followed_yuan")

        graduates = d.pop("graduates")

        graduates_short = d.pop("graduates_short")

        graduates_short_areas = []
        _graduates_short_areas = d.pop("graduates_short_areas")
        for graduates_short_areas_item_data in _graduates_short_areas:
            graduates_short_areas_item = AreaShort.from_dict(graduates_short_areas_item_data)

            graduates_short_areas.append(graduates_short_areas_item)

        sites = d.pop("sites")

        space_standard_m2 = d.pop("space_standard_m2")

        spaces_recorded = d.pop("spaces_recorded")

        year = d.pop("year")

        support_figures = cls(
            below_standard=below_standard,
            below_standard_areas=below_standard_areas,
            communities=communities,
            counties=counties,
            counties_without_site=counties_without_site,
            funding=funding,
            funding_followed_yuan=funding_followed_yuan,
            graduates=graduates,
            graduates_short=graduates_short,
            graduates_short_areas=graduates_short_areas,
            sites=sites,
            space_standard_m2=space_standard_m2,
            spaces_recorded=spaces_recorded,
            year=year,
        )

        support_figures.additional_properties = d
        return support_figures

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
