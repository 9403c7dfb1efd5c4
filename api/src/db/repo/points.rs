//! The points ledger: append-only, hash-chained per member, caps checked under a per-member
//! lock so that concurrent writers lose nothing and never exceed a cap.

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use domain::points::{ChainedEntry, EntryStatus, RuleCategory, check_cap, entry_hash};

use crate::db::models::{NewPointsEntry, PointsEntryRow, PointsRuleRow};
use crate::db::schema::{members, points_entries as entries, points_rules as rules};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult, FieldError};

pub fn find_rule(conn: &mut DbConnection, id: i64) -> ApiResult<Option<PointsRuleRow>> {
    Ok(rules::table.find(id).select(PointsRuleRow::as_select()).first(conn).optional()?)
}

/// The current version of a rule code.
pub fn current_rule(conn: &mut DbConnection, code: &str) -> ApiResult<Option<PointsRuleRow>> {
    Ok(rules::table
        .filter(rules::code.eq(code))
        .filter(rules::current.eq(true))
        .select(PointsRuleRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_entry(conn: &mut DbConnection, id: i64) -> ApiResult<Option<PointsEntryRow>> {
    Ok(entries::table.find(id).select(PointsEntryRow::as_select()).first(conn).optional()?)
}

/// A member's entries in insertion order (the chain).
pub fn chain(conn: &mut DbConnection, member_id: i64) -> ApiResult<Vec<PointsEntryRow>> {
    Ok(entries::table
        .filter(entries::member_id.eq(member_id))
        .order(entries::id)
        .select(PointsEntryRow::as_select())
        .load(conn)?)
}

pub fn chained(row: &PointsEntryRow) -> ChainedEntry {
    ChainedEntry {
        id: row.id,
        member_id: row.member_id,
        year: row.year,
        rule_code: row.rule_code.clone(),
        rule_version: row.rule_version,
        points: i64::from(row.points),
        occurred_on: row.occurred_on.to_string(),
        awarding_org_id: row.awarding_org_id,
        reverses_entry_id: row.reverses_entry_id,
        evidence: row.evidence.clone(),
        hash: row.hash.clone(),
    }
}

/// What an entry to append says.
#[derive(Debug, Clone)]
pub struct Award {
    pub member_id: i64,
    pub rule: PointsRuleRow,
    pub points: i32,
    pub occurred_on: NaiveDate,
    pub evidence: String,
    pub awarding_org_id: i64,
    pub source: &'static str,
    pub meeting_id: Option<i64>,
    pub reverses_entry_id: Option<i64>,
    pub recorded_by: Option<i64>,
}

/// Appends an entry: takes the member's row lock, checks the rule's yearly cap against the
/// entries counted so far (pending and approved), and chains the hash to the member's
/// previous entry. Call inside a write transaction.
pub fn append(conn: &mut DbConnection, award: Award) -> ApiResult<PointsEntryRow> {
    // Serializes writers of one member on PostgreSQL, so that the cap check and the chain
    // see every committed entry. SQLite writers are already serialized by BEGIN IMMEDIATE;
    // there a read suffices, and the member's page is not rewritten by every entry.
    let found = match conn {
        DbConnection::Postgresql(_) => {
            diesel::update(members::table.find(award.member_id)).set(members::id.eq(members::id)).execute(conn)?
        }
        DbConnection::Sqlite(_) => {
            members::table.find(award.member_id).count().get_result::<i64>(conn)?.try_into().unwrap_or(0)
        }
    };
    if found != 1 {
        return Err(ApiError::NotFound);
    }
    let year = award.occurred_on.year();
    let category: RuleCategory =
        award.rule.category.parse().map_err(|_| ApiError::Internal("stored rule category".into()))?;
    if award.reverses_entry_id.is_none() {
        let used: Option<i64> = entries::table
            .filter(entries::member_id.eq(award.member_id))
            .filter(entries::year.eq(year))
            .filter(entries::rule_code.eq(&award.rule.code))
            .filter(entries::status.ne(EntryStatus::Rejected.code()))
            .select(diesel::dsl::sum(entries::points))
            .first(conn)?;
        check_cap(award.rule.cap_per_year.map(i64::from), used.unwrap_or(0), i64::from(award.points)).map_err(|e| {
            ApiError::Rule {
                code: "points-cap-exceeded",
                title: "Points cap exceeded",
                detail: e.to_string(),
                errors: vec![FieldError::new("rule_id", "rule", e.to_string())],
            }
        })?;
    }
    let previous: String = entries::table
        .filter(entries::member_id.eq(award.member_id))
        .order(entries::id.desc())
        .select(entries::hash)
        .first(conn)
        .optional()?
        .unwrap_or_default();
    let status = if award.rule.needs_approval && award.reverses_entry_id.is_none() {
        EntryStatus::Pending
    } else {
        EntryStatus::Approved
    };
    let mut content = ChainedEntry {
        id: 0,
        member_id: award.member_id,
        year,
        rule_code: award.rule.code.clone(),
        rule_version: award.rule.version,
        points: i64::from(award.points),
        occurred_on: award.occurred_on.to_string(),
        awarding_org_id: award.awarding_org_id,
        reverses_entry_id: award.reverses_entry_id,
        evidence: award.evidence.clone(),
        hash: String::new(),
    };
    content.hash = entry_hash(&previous, &content);
    let id: i64 = diesel::insert_into(entries::table)
        .values(NewPointsEntry {
            member_id: award.member_id,
            year,
            rule_id: award.rule.id,
            rule_code: award.rule.code.clone(),
            rule_version: award.rule.version,
            points: award.points,
            veto: category == RuleCategory::Veto,
            occurred_on: award.occurred_on,
            evidence: award.evidence,
            awarding_org_id: award.awarding_org_id,
            source: award.source.to_owned(),
            meeting_id: award.meeting_id,
            reverses_entry_id: award.reverses_entry_id,
            status: status.code().to_owned(),
            recorded_by: award.recorded_by,
            created_at: now(),
            hash: content.hash,
        })
        .returning(entries::id)
        .get_result(conn)?;
    find_entry(conn, id)?.ok_or(ApiError::NotFound)
}
