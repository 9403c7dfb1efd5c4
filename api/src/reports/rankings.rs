//! Points rankings of a subtree (积分排名): totals per member read from the yearly totals the
//! ledger keeps, ranks, percentiles and the distribution.

use domain::points::{Counted, PointsPolicy, balance};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::repo::points;
use crate::error::ApiResult;

/// A member's place in a ranking.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Ranked {
    /// The member ranked.
    pub member_id: i64,
    /// Name of the member, for display.
    pub name: String,
    /// The member's total for the year: base plus approved entries; 0 after a veto.
    pub total: i64,
    /// 1 for the highest total.
    pub rank: usize,
    /// Share of members with a lower total, 0–100.
    pub percentile: f64,
}

/// A bucket of the distribution.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Bucket {
    /// Lowest total in the bucket (inclusive).
    pub from: i64,
    /// Highest total in the bucket (inclusive).
    pub to: i64,
    /// Number of members with a total in the bucket.
    pub members: usize,
}

/// Points ranking of a subtree for a year.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Ranking {
    /// The organization whose subtree is ranked.
    pub org_id: i64,
    /// The year ranked.
    pub year: i32,
    /// Members ranked: probationary and full members whose membership lies in the subtree.
    pub members: usize,
    /// The highest totals, highest first (`top` of the query, default 50).
    pub top: Vec<Ranked>,
    /// Counts per 10-point band.
    pub distribution: Vec<Bucket>,
    /// The member asked for with `member_id`.
    pub member: Option<Ranked>,
}

/// A member's total: id, name, points.
type Total = (i64, String, i64);

/// The totals of a subtree for a year, highest first: what rankings and their export read.
pub struct RankingTotals {
    pub org_id: i64,
    pub org_path: String,
    pub year: i32,
    totals: Vec<Total>,
}

impl RankingTotals {
    /// Totals of every probationary and full member whose membership lies in the subtree of
    /// the organization, highest first.
    pub fn of(
        conn: &mut DbConnection,
        org_id: i64,
        org_path: String,
        year: i32,
        policy: &PointsPolicy,
    ) -> ApiResult<RankingTotals> {
        let mut totals: Vec<Total> = points::subtree_totals(conn, &org_path, year)?
            .into_iter()
            .map(|(id, name, points, vetoes)| {
                let counted = [Counted { points: points.unwrap_or(0), vetoes: vetoes.unwrap_or(0) }];
                (id, name, balance(&counted, policy))
            })
            .collect();
        totals.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        Ok(RankingTotals { org_id, org_path, year, totals })
    }

    /// Every member, highest first.
    pub fn ranked(&self) -> impl Iterator<Item = Ranked> + '_ {
        self.slice(0..self.totals.len())
    }

    /// How many members are ranked.
    pub fn size(&self) -> usize {
        self.totals.len()
    }

    /// The members at these places (0 is the highest).
    pub fn slice(&self, places: std::ops::Range<usize>) -> impl Iterator<Item = Ranked> + '_ {
        places.filter(|&i| i < self.totals.len()).map(|i| self.at(i))
    }

    /// The member at `index` of the totals.
    fn at(&self, index: usize) -> Ranked {
        let totals = &self.totals;
        let (id, name, total) = &totals[index];
        let higher = totals.partition_point(|t| t.2 > *total);
        let lower = totals.len() - totals.partition_point(|t| t.2 >= *total);
        // Member counts are far below 2^52: the conversions are exact.
        let percentile = if totals.is_empty() { 0.0 } else { (lower as f64) * 100.0 / (totals.len() as f64) };
        Ranked { member_id: *id, name: name.clone(), total: *total, rank: higher + 1, percentile }
    }

    /// The top `top`, the distribution in 10-point bands, and one member's place if asked.
    pub fn ranking(&self, top: usize, member_id: Option<i64>) -> Ranking {
        let totals = &self.totals;
        let top = (0..totals.len().min(top)).map(|i| self.at(i)).collect();
        let mut bands: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
        for (_, _, total) in totals {
            *bands.entry(total.div_euclid(10) * 10).or_default() += 1;
        }
        let distribution = bands.into_iter().map(|(from, members)| Bucket { from, to: from + 9, members }).collect();
        let member = member_id.and_then(|id| totals.iter().position(|t| t.0 == id)).map(|i| self.at(i));
        Ranking { org_id: self.org_id, year: self.year, members: totals.len(), top, distribution, member }
    }
}
