//! The support ledgers (§15–§17): community office and service space, community cadres and
//! young graduates, funding lines, demonstration sites, the leading bodies and the secretaries'
//! annual reviews.

use chrono::NaiveDate;
use diesel::dsl::{count_star, sum};
use diesel::prelude::*;

use super::cobuilding::Ranges;
use super::{StoreError, StoreResult};
use crate::db::DbConnection;
use crate::db::keyset::{Order, Window};
use crate::db::models::{
    CadreRow, FundingRow, LeadingBodyRow, NewCadre, NewFunding, NewLeadingBody, NewReview, NewSite, NewSpace,
    ReviewRow, SiteRow, SpaceRow,
};
use crate::db::schema::{
    community_cadres, community_spaces, demonstration_sites, funding_lines, leading_bodies, secretary_review_scores,
    secretary_reviews,
};

pub const SPACES_BY_ID: Order = Order::by_id("id", "community_spaces.id", true);
pub const CADRES_BY_ID: Order = Order::by_id("id", "community_cadres.id", true);
pub const FUNDING_BY_ID: Order = Order::by_id("id", "funding_lines.id", true);
pub const SITES_BY_ID: Order = Order::by_id("id", "demonstration_sites.id", true);
pub const REVIEWS_BY_ID: Order = Order::by_id("id", "secretary_reviews.id", true);

pub fn insert_space(conn: &mut DbConnection, space: &NewSpace<'_>) -> StoreResult<SpaceRow> {
    let id: i64 =
        diesel::insert_into(community_spaces::table).values(space).returning(community_spaces::id).get_result(conn)?;
    find_space(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_space(conn: &mut DbConnection, id: i64) -> StoreResult<Option<SpaceRow>> {
    Ok(community_spaces::table.find(id).select(SpaceRow::as_select()).first(conn).optional()?)
}

/// Rewrites a space's figures if it is still at `expected_version`.
pub fn update_space(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    space: &NewSpace<'_>,
) -> StoreResult<bool> {
    let changed =
        diesel::update(community_spaces::table.find(id).filter(community_spaces::version.eq(expected_version)))
            .set((
                community_spaces::area_m2.eq(space.area_m2),
                community_spaces::rooms.eq(space.rooms),
                community_spaces::shared_with.eq(space.shared_with),
                community_spaces::checked_on.eq(space.checked_on),
                community_spaces::updated_at.eq(space.updated_at),
                community_spaces::version.eq(community_spaces::version + 1),
            ))
            .execute(conn)?;
    Ok(changed == 1)
}

pub fn list_spaces(
    conn: &mut DbConnection,
    ranges: &Ranges,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<SpaceRow>, i64)> {
    let query = || within!(community_spaces::table.into_boxed(), community_spaces::area_path, ranges);
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(SpaceRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Every space of the area subtrees (the figures and the export read them all).
pub fn spaces_within(conn: &mut DbConnection, ranges: &Ranges) -> StoreResult<Vec<SpaceRow>> {
    Ok(within!(community_spaces::table.into_boxed(), community_spaces::area_path, ranges)
        .order(community_spaces::area_path)
        .select(SpaceRow::as_select())
        .load(conn)?)
}

pub fn insert_cadre(conn: &mut DbConnection, cadre: &NewCadre<'_>) -> StoreResult<CadreRow> {
    let id: i64 =
        diesel::insert_into(community_cadres::table).values(cadre).returning(community_cadres::id).get_result(conn)?;
    find_cadre(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_cadre(conn: &mut DbConnection, id: i64) -> StoreResult<Option<CadreRow>> {
    Ok(community_cadres::table.find(id).select(CadreRow::as_select()).first(conn).optional()?)
}

/// Young graduates serving in a community now.
pub fn graduates_in(conn: &mut DbConnection, area_id: i64) -> StoreResult<i64> {
    Ok(community_cadres::table
        .filter(community_cadres::area_id.eq(area_id))
        .filter(community_cadres::graduate.eq(true))
        .filter(community_cadres::left_on.is_null())
        .select(count_star())
        .get_result(conn)?)
}

/// Records that a cadre left on a day, if the record is still at `expected_version`.
pub fn cadre_left(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    on: chrono::NaiveDate,
    at: chrono::NaiveDateTime,
) -> StoreResult<bool> {
    let changed =
        diesel::update(community_cadres::table.find(id).filter(community_cadres::version.eq(expected_version)))
            .set((
                community_cadres::left_on.eq(on),
                community_cadres::updated_at.eq(at),
                community_cadres::version.eq(community_cadres::version + 1),
            ))
            .execute(conn)?;
    Ok(changed == 1)
}

pub fn list_cadres(
    conn: &mut DbConnection,
    ranges: &Ranges,
    graduate: Option<bool>,
    serving: bool,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<CadreRow>, i64)> {
    let query = || {
        let mut query = within!(community_cadres::table.into_boxed(), community_cadres::area_path, ranges);
        if let Some(graduate) = graduate {
            query = query.filter(community_cadres::graduate.eq(graduate));
        }
        if serving {
            query = query.filter(community_cadres::left_on.is_null());
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(CadreRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Serving young graduates per community of the area subtrees.
pub fn graduates_per_community(conn: &mut DbConnection, ranges: &Ranges) -> StoreResult<Vec<(i64, i64)>> {
    let grouped = community_cadres::table
        .group_by(community_cadres::area_id)
        .select((community_cadres::area_id, count_star()))
        .into_boxed();
    Ok(within!(grouped, community_cadres::area_path, ranges)
        .filter(community_cadres::graduate.eq(true))
        .filter(community_cadres::left_on.is_null())
        .load(conn)?)
}

pub fn insert_funding(conn: &mut DbConnection, line: &NewFunding<'_>) -> StoreResult<FundingRow> {
    let id: i64 =
        diesel::insert_into(funding_lines::table).values(line).returning(funding_lines::id).get_result(conn)?;
    Ok(funding_lines::table.find(id).select(FundingRow::as_select()).first(conn)?)
}

pub fn find_funding(conn: &mut DbConnection, id: i64) -> StoreResult<Option<FundingRow>> {
    Ok(funding_lines::table.find(id).select(FundingRow::as_select()).first(conn).optional()?)
}

/// Changes a line's amount and note at the version read; answers whether it did.
pub fn update_funding(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    (amount_yuan, note): (i32, Option<&str>),
) -> StoreResult<bool> {
    let changed = diesel::update(funding_lines::table.find(id).filter(funding_lines::version.eq(expected_version)))
        .set((
            funding_lines::amount_yuan.eq(amount_yuan),
            funding_lines::note.eq(note),
            funding_lines::version.eq(funding_lines::version + 1),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Removes a line recorded in error, at the version read; answers whether it did.
pub fn delete_funding(conn: &mut DbConnection, id: i64, expected_version: i32) -> StoreResult<bool> {
    let removed = diesel::delete(funding_lines::table.find(id).filter(funding_lines::version.eq(expected_version)))
        .execute(conn)?;
    Ok(removed == 1)
}

pub fn list_funding(
    conn: &mut DbConnection,
    ranges: &Ranges,
    year: Option<i32>,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<FundingRow>, i64)> {
    let query = || {
        let mut query = within!(funding_lines::table.into_boxed(), funding_lines::area_path, ranges);
        if let Some(year) = year {
            query = query.filter(funding_lines::year.eq(year));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(FundingRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Funding of a year in the area subtrees, per kind (yuan).
pub fn funding_per_kind(conn: &mut DbConnection, ranges: &Ranges, year: i32) -> StoreResult<Vec<(String, i64)>> {
    let grouped = funding_lines::table
        .group_by(funding_lines::kind)
        .select((funding_lines::kind, sum(funding_lines::amount_yuan)))
        .into_boxed();
    let rows: Vec<(String, Option<i64>)> =
        within!(grouped, funding_lines::area_path, ranges).filter(funding_lines::year.eq(year)).load(conn)?;
    Ok(rows.into_iter().map(|(kind, yuan)| (kind, yuan.unwrap_or(0))).collect())
}

/// Every funding line of a year in the area subtrees (the export reads them all).
pub fn funding_within(conn: &mut DbConnection, ranges: &Ranges, year: i32) -> StoreResult<Vec<FundingRow>> {
    Ok(within!(funding_lines::table.into_boxed(), funding_lines::area_path, ranges)
        .filter(funding_lines::year.eq(year))
        .order((funding_lines::area_path, funding_lines::kind))
        .select(FundingRow::as_select())
        .load(conn)?)
}

pub fn insert_site(conn: &mut DbConnection, site: &NewSite<'_>) -> StoreResult<SiteRow> {
    let id: i64 = diesel::insert_into(demonstration_sites::table)
        .values(site)
        .returning(demonstration_sites::id)
        .get_result(conn)?;
    Ok(demonstration_sites::table.find(id).select(SiteRow::as_select()).first(conn)?)
}

/// Every demonstration site of the area subtrees, by path.
pub fn sites_within(conn: &mut DbConnection, ranges: &Ranges) -> StoreResult<Vec<SiteRow>> {
    Ok(within!(demonstration_sites::table.into_boxed(), demonstration_sites::area_path, ranges)
        .order(demonstration_sites::area_path)
        .select(SiteRow::as_select())
        .load(conn)?)
}

/// Every serving cadre of the area subtrees (the export reads them all).
pub fn cadres_within(conn: &mut DbConnection, ranges: &Ranges) -> StoreResult<Vec<CadreRow>> {
    Ok(within!(community_cadres::table.into_boxed(), community_cadres::area_path, ranges)
        .filter(community_cadres::left_on.is_null())
        .order((community_cadres::area_path, community_cadres::id))
        .select(CadreRow::as_select())
        .load(conn)?)
}

pub fn insert_leading_body(conn: &mut DbConnection, body: &NewLeadingBody<'_>) -> StoreResult<LeadingBodyRow> {
    let id: i64 =
        diesel::insert_into(leading_bodies::table).values(body).returning(leading_bodies::id).get_result(conn)?;
    find_leading_body(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_leading_body(conn: &mut DbConnection, id: i64) -> StoreResult<Option<LeadingBodyRow>> {
    Ok(leading_bodies::table.find(id).select(LeadingBodyRow::as_select()).first(conn).optional()?)
}

/// Replaces a leading body's head and members if it is still at `expected_version`.
pub fn update_leading_body(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    head: &str,
    members: &str,
) -> StoreResult<bool> {
    let changed = diesel::update(leading_bodies::table.find(id).filter(leading_bodies::version.eq(expected_version)))
        .set((
            leading_bodies::head.eq(head),
            leading_bodies::members.eq(members),
            leading_bodies::updated_at.eq(crate::db::now()),
            leading_bodies::version.eq(leading_bodies::version + 1),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// The leading bodies of the area subtrees and of the areas above (the city's reaches a county).
pub fn leading_bodies_for(
    conn: &mut DbConnection,
    path_ids: &[i64],
    below: &(String, String),
) -> StoreResult<Vec<LeadingBodyRow>> {
    let (low, high) = below.clone();
    Ok(leading_bodies::table
        .filter(
            leading_bodies::area_id
                .eq_any(path_ids.to_vec())
                .or(leading_bodies::area_path.ge(low).and(leading_bodies::area_path.lt(high))),
        )
        .order(leading_bodies::area_path)
        .limit(200)
        .select(LeadingBodyRow::as_select())
        .load(conn)?)
}

pub fn insert_review(conn: &mut DbConnection, review: &NewReview<'_>) -> StoreResult<ReviewRow> {
    let id: i64 = diesel::insert_into(secretary_reviews::table)
        .values(review)
        .returning(secretary_reviews::id)
        .get_result(conn)?;
    find_review(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_review(conn: &mut DbConnection, id: i64) -> StoreResult<Option<ReviewRow>> {
    Ok(secretary_reviews::table.find(id).select(ReviewRow::as_select()).first(conn).optional()?)
}

/// A window of the reviews of the organization subtrees, in a year if given.
pub fn list_reviews(
    conn: &mut DbConnection,
    ranges: &Ranges,
    year: Option<i32>,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<ReviewRow>, i64)> {
    let query = || {
        let mut query = within!(secretary_reviews::table.into_boxed(), secretary_reviews::org_path, ranges);
        if let Some(year) = year {
            query = query.filter(secretary_reviews::year.eq(year));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(ReviewRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Records (or corrects) a reviewer's score.
pub fn put_score(conn: &mut DbConnection, review_id: i64, reviewer: &str, score: i32) -> StoreResult<()> {
    diesel::delete(
        secretary_review_scores::table
            .filter(secretary_review_scores::review_id.eq(review_id))
            .filter(secretary_review_scores::reviewer.eq(reviewer)),
    )
    .execute(conn)?;
    diesel::insert_into(secretary_review_scores::table)
        .values((
            secretary_review_scores::review_id.eq(review_id),
            secretary_review_scores::reviewer.eq(reviewer),
            secretary_review_scores::score.eq(score),
            secretary_review_scores::created_at.eq(crate::db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The scores of some reviews: (review, reviewer, score), by review and reviewer.
pub fn scores_of(conn: &mut DbConnection, review_ids: &[i64]) -> StoreResult<Vec<(i64, String, i32)>> {
    Ok(secretary_review_scores::table
        .filter(secretary_review_scores::review_id.eq_any(review_ids))
        .order((secretary_review_scores::review_id, secretary_review_scores::reviewer))
        .select((secretary_review_scores::review_id, secretary_review_scores::reviewer, secretary_review_scores::score))
        .load(conn)?)
}

/// Concludes a review with its average and result, if it is still at `expected_version`.
pub fn conclude_review(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    (average, result, on): (f64, &str, NaiveDate),
) -> StoreResult<bool> {
    let changed =
        diesel::update(secretary_reviews::table.find(id).filter(secretary_reviews::version.eq(expected_version)))
            .set((
                secretary_reviews::average_score.eq(average),
                secretary_reviews::result.eq(result),
                secretary_reviews::concluded_on.eq(on),
                secretary_reviews::updated_at.eq(crate::db::now()),
                secretary_reviews::version.eq(secretary_reviews::version + 1),
            ))
            .execute(conn)?;
    Ok(changed == 1)
}

/// Marks a review changed by a score, if it is still at `expected_version`: a score read
/// with an older version no longer matches.
pub fn touch_review(conn: &mut DbConnection, id: i64, expected_version: i32) -> StoreResult<bool> {
    let changed =
        diesel::update(secretary_reviews::table.find(id).filter(secretary_reviews::version.eq(expected_version)))
            .set((
                secretary_reviews::updated_at.eq(crate::db::now()),
                secretary_reviews::version.eq(secretary_reviews::version + 1),
            ))
            .execute(conn)?;
    Ok(changed == 1)
}
