//! Support shortfalls and funding (§15–§17): communities below the office-space standard or
//! without young graduates, counties without a demonstration site, and a year's funding by
//! line with the funding that followed access-list work.

use chrono::NaiveDate;
use domain::area::AreaKind;
use domain::support::{FundingKind, SupportPolicy, below_standard, graduates_short};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::repo::affairs::{self, Tally};
use crate::db::repo::{areas, support};
use crate::error::ApiResult;
use crate::routes::common::stored;

/// Most areas a shortfall names (the count says how many there are).
const NAMED: usize = 50;

/// An area a shortfall names.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AreaShort {
    /// The area.
    pub area_id: i64,
    /// Its name, for display.
    pub area_name: String,
    /// What it has: square metres, young graduates, demonstration sites.
    pub has: i64,
}

/// A year's funding of one line.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FundingTotal {
    /// The funding line.
    pub kind: FundingKind,
    /// Yuan in the year.
    pub yuan: i64,
}

/// The support figures of an area's communities and counties.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SupportFigures {
    /// The year of the funding figures.
    pub year: i32,
    /// Communities in the area.
    pub communities: usize,
    /// The office-space standard (square metres).
    pub space_standard_m2: u32,
    /// Communities whose space is recorded.
    pub spaces_recorded: usize,
    /// Communities whose space is below the standard (count).
    pub below_standard: usize,
    /// Up to 50 of them, with their square metres.
    pub below_standard_areas: Vec<AreaShort>,
    /// Young graduates serving in the area's communities.
    pub graduates: i64,
    /// Communities with fewer young graduates than the policy asks (count).
    pub graduates_short: usize,
    /// Up to 50 of them, with their graduates.
    pub graduates_short_areas: Vec<AreaShort>,
    /// Counties (县区) in the area.
    pub counties: usize,
    /// Demonstration sites in the area.
    pub sites: usize,
    /// Counties without a demonstration site (all of them: a city has a dozen).
    pub counties_without_site: Vec<AreaShort>,
    /// The year's funding per line.
    pub funding: Vec<FundingTotal>,
    /// Yuan that followed work handed to communities under the access list (费随事转) this year.
    pub funding_followed_yuan: i64,
}

pub fn figures(
    conn: &mut DbConnection,
    ranges: &[(String, String)],
    year: i32,
    policy: &SupportPolicy,
) -> ApiResult<SupportFigures> {
    let tally = year_tally(conn, ranges, year)?;
    figures_with(conn, ranges, year, policy, &tally)
}

/// The access list's work handed to communities in the subtree during the year.
pub fn year_tally(conn: &mut DbConnection, ranges: &[(String, String)], year: i32) -> ApiResult<Vec<Tally>> {
    let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
    Ok(affairs::tally(conn, ranges, from, to)?)
}

/// The figures, given the year's access-list tally (the co-building figures read it too).
pub fn figures_with(
    conn: &mut DbConnection,
    ranges: &[(String, String)],
    year: i32,
    policy: &SupportPolicy,
    tally: &[Tally],
) -> ApiResult<SupportFigures> {
    let places = areas::of_kinds_within(conn, ranges, &[AreaKind::Community.code(), AreaKind::District.code()])?;
    let (communities, counties): (Vec<_>, Vec<_>) =
        places.into_iter().partition(|a| a.kind == AreaKind::Community.code());
    let spaces = support::spaces_within(conn, ranges)?;
    let name_of = |id: i64| communities.iter().find(|c| c.id == id).map(|c| c.name.clone()).unwrap_or_default();
    let below: Vec<AreaShort> = spaces
        .iter()
        .filter(|s| below_standard(u32::try_from(s.area_m2).unwrap_or(0), policy))
        .map(|s| AreaShort { area_id: s.area_id, area_name: name_of(s.area_id), has: i64::from(s.area_m2) })
        .collect();
    let graduates = support::graduates_per_community(conn, ranges)?;
    let serving = |id: i64| graduates.iter().find(|(area, _)| *area == id).map_or(0, |(_, n)| *n);
    let short: Vec<AreaShort> = communities
        .iter()
        .filter(|c| graduates_short(u32::try_from(serving(c.id)).unwrap_or(0), policy))
        .map(|c| AreaShort { area_id: c.id, area_name: c.name.clone(), has: serving(c.id) })
        .collect();
    let sites = support::sites_within(conn, ranges)?;
    let counties_without_site = counties
        .iter()
        .filter(|county| !sites.iter().any(|s| domain::tree::is_within(&s.area_path, &county.path)))
        .map(|county| AreaShort { area_id: county.id, area_name: county.name.clone(), has: 0 })
        .collect();
    let funding = support::funding_per_kind(conn, ranges, year)?
        .into_iter()
        .map(|(kind, yuan)| Ok(FundingTotal { kind: stored(&kind)?, yuan }))
        .collect::<ApiResult<Vec<_>>>()?;
    let followed = tally.iter().map(|t| t.funding_yuan).sum();
    Ok(SupportFigures {
        year,
        communities: communities.len(),
        space_standard_m2: policy.office_space_m2,
        spaces_recorded: spaces.len(),
        below_standard: below.len(),
        below_standard_areas: below.into_iter().take(NAMED).collect(),
        graduates: graduates.iter().map(|(_, n)| n).sum(),
        graduates_short: short.len(),
        graduates_short_areas: short.into_iter().take(NAMED).collect(),
        counties: counties.len(),
        sites: sites.len(),
        counties_without_site,
        funding,
        funding_followed_yuan: followed,
    })
}
