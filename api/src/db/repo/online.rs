//! Online branches: micro Party courses (网上微党课) with the members' completions, and the
//! members' practice posts (党员示范岗, 先锋团队, 责任区).

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::{count_star, sum};
use diesel::prelude::*;

use super::cobuilding::Ranges;
use super::{StoreError, StoreResult};
use crate::db::DbConnection;
use crate::db::keyset::{Order, Window};
use crate::db::models::{CompletionRow, CourseRow, NewCompletion, NewCourse, NewPracticePost, PracticePostRow};
use crate::db::schema::{course_completions, courses, members, practice_post_members, practice_posts};

pub const COURSES_BY_ID: Order = Order::by_id("id", "courses.id", true);
pub const COMPLETIONS_BY_ID: Order = Order::by_id("id", "course_completions.id", true);
pub const POSTS_BY_ID: Order = Order::by_id("id", "practice_posts.id", true);

pub fn insert_course(conn: &mut DbConnection, course: &NewCourse<'_>) -> StoreResult<CourseRow> {
    let id: i64 = diesel::insert_into(courses::table).values(course).returning(courses::id).get_result(conn)?;
    find_course(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_course(conn: &mut DbConnection, id: i64) -> StoreResult<Option<CourseRow>> {
    Ok(courses::table.find(id).select(CourseRow::as_select()).first(conn).optional()?)
}

/// What a course change rewrites.
#[derive(Debug)]
pub struct CourseChange<'a> {
    pub title: &'a str,
    pub material: &'a str,
    pub link: Option<&'a str>,
    pub minutes: i32,
    pub closes_on: Option<NaiveDate>,
    pub at: NaiveDateTime,
}

/// Rewrites a course if it is still at `expected_version`.
pub fn update_course(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    change: &CourseChange<'_>,
) -> StoreResult<bool> {
    let changed = diesel::update(courses::table.find(id).filter(courses::version.eq(expected_version)))
        .set((
            courses::title.eq(change.title),
            courses::material.eq(change.material),
            courses::link.eq(change.link),
            courses::minutes.eq(change.minutes),
            courses::closes_on.eq(change.closes_on),
            courses::updated_at.eq(change.at),
            courses::version.eq(courses::version + 1),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Which courses a page lists: those of organization subtrees, or those published by an
/// organization on a member's lineage (the member's own and the ones above it).
#[derive(Debug)]
pub enum CourseReach<'a> {
    Within(&'a Ranges),
    Published(&'a [String]),
}

/// A page of courses; `open_on` keeps those open on that day.
pub fn list_courses(
    conn: &mut DbConnection,
    reach: &CourseReach<'_>,
    open_on: Option<NaiveDate>,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<CourseRow>, i64)> {
    let query = || {
        let mut query = match reach {
            CourseReach::Within(ranges) => within!(courses::table.into_boxed(), courses::org_path, *ranges),
            CourseReach::Published(paths) => {
                courses::table.filter(courses::org_path.eq_any(paths.to_vec())).into_boxed()
            }
        };
        if let Some(day) = open_on {
            query = query
                .filter(courses::opens_on.le(day))
                .filter(courses::closes_on.is_null().or(courses::closes_on.ge(day)));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(CourseRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Completions of each course by its id: `(members, minutes spent)`.
pub fn completion_figures(conn: &mut DbConnection, course_ids: &[i64]) -> StoreResult<HashMap<i64, (i64, i64)>> {
    let rows: Vec<(i64, i64, Option<i64>)> = course_completions::table
        .filter(course_completions::course_id.eq_any(course_ids))
        .group_by(course_completions::course_id)
        .select((course_completions::course_id, count_star(), sum(course_completions::minutes_spent)))
        .load(conn)?;
    Ok(rows.into_iter().map(|(id, members, minutes)| (id, (members, minutes.unwrap_or(0)))).collect())
}

/// A member's completions of these courses.
pub fn completions_of(conn: &mut DbConnection, member_id: i64, course_ids: &[i64]) -> StoreResult<Vec<CompletionRow>> {
    Ok(course_completions::table
        .filter(course_completions::member_id.eq(member_id))
        .filter(course_completions::course_id.eq_any(course_ids))
        .select(CompletionRow::as_select())
        .load(conn)?)
}

pub fn insert_completion(conn: &mut DbConnection, completion: &NewCompletion) -> StoreResult<CompletionRow> {
    let id: i64 = diesel::insert_into(course_completions::table)
        .values(completion)
        .returning(course_completions::id)
        .get_result(conn)?;
    Ok(course_completions::table.find(id).select(CompletionRow::as_select()).first(conn)?)
}

/// A page of a course's completions with the members' names.
pub fn list_completions(
    conn: &mut DbConnection,
    course_id: i64,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<(CompletionRow, String)>, i64)> {
    let query = || {
        course_completions::table
            .inner_join(members::table)
            .filter(course_completions::course_id.eq(course_id))
            .into_boxed()
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select((CompletionRow::as_select(), members::name)).load(conn)?;
    Ok((rows, total))
}

/// Records a practice post with its members.
pub fn insert_post(conn: &mut DbConnection, post: &NewPracticePost<'_>, member_ids: &[i64]) -> StoreResult<i64> {
    let id: i64 =
        diesel::insert_into(practice_posts::table).values(post).returning(practice_posts::id).get_result(conn)?;
    set_post_members(conn, id, member_ids)?;
    Ok(id)
}

/// Replaces a post's members.
fn set_post_members(conn: &mut DbConnection, post_id: i64, member_ids: &[i64]) -> StoreResult<()> {
    diesel::delete(practice_post_members::table.filter(practice_post_members::post_id.eq(post_id))).execute(conn)?;
    for member in member_ids {
        diesel::insert_into(practice_post_members::table)
            .values((practice_post_members::post_id.eq(post_id), practice_post_members::member_id.eq(*member)))
            .execute(conn)?;
    }
    Ok(())
}

pub fn find_post(conn: &mut DbConnection, id: i64) -> StoreResult<Option<PracticePostRow>> {
    Ok(practice_posts::table.find(id).select(PracticePostRow::as_select()).first(conn).optional()?)
}

/// The members of these posts by name: `(post_id, member_id, name)`.
pub fn post_members(conn: &mut DbConnection, post_ids: &[i64]) -> StoreResult<Vec<(i64, i64, String)>> {
    Ok(practice_post_members::table
        .inner_join(members::table)
        .filter(practice_post_members::post_id.eq_any(post_ids))
        .order((members::name, members::id))
        .select((practice_post_members::post_id, members::id, members::name))
        .load(conn)?)
}

/// Which practice posts a page lists.
#[derive(Debug)]
pub struct PostFilter<'a> {
    pub ranges: &'a Ranges,
    pub kind: Option<&'a str>,
    /// Only the posts a member takes part in.
    pub member_id: Option<i64>,
    /// Only posts not ended (true) or only ended ones (false).
    pub current: Option<bool>,
}

pub fn list_posts(
    conn: &mut DbConnection,
    filter: &PostFilter<'_>,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<PracticePostRow>, i64)> {
    let query = || {
        let mut query = within!(practice_posts::table.into_boxed(), practice_posts::org_path, filter.ranges);
        if let Some(kind) = filter.kind {
            query = query.filter(practice_posts::kind.eq(kind.to_owned()));
        }
        if let Some(member) = filter.member_id {
            let posts = practice_post_members::table
                .filter(practice_post_members::member_id.eq(member))
                .select(practice_post_members::post_id);
            query = query.filter(practice_posts::id.eq_any(posts));
        }
        match filter.current {
            Some(true) => query = query.filter(practice_posts::ended_on.is_null()),
            Some(false) => query = query.filter(practice_posts::ended_on.is_not_null()),
            None => {}
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(PracticePostRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// What a practice post change rewrites.
#[derive(Debug)]
pub struct PostChange<'a> {
    pub name: &'a str,
    pub duty: &'a str,
    pub area_id: Option<i64>,
    pub ended_on: Option<NaiveDate>,
    pub member_ids: &'a [i64],
    pub at: NaiveDateTime,
}

/// Rewrites a post and its members if it is still at `expected_version`.
pub fn update_post(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    change: &PostChange<'_>,
) -> StoreResult<bool> {
    let changed = diesel::update(practice_posts::table.find(id).filter(practice_posts::version.eq(expected_version)))
        .set((
            practice_posts::name.eq(change.name),
            practice_posts::duty.eq(change.duty),
            practice_posts::area_id.eq(change.area_id),
            practice_posts::ended_on.eq(change.ended_on),
            practice_posts::updated_at.eq(change.at),
            practice_posts::version.eq(practice_posts::version + 1),
        ))
        .execute(conn)?;
    if changed != 1 {
        return Ok(false);
    }
    set_post_members(conn, id, change.member_ids)?;
    Ok(true)
}
