//! The points ledger: append-only, chained per member with the integrity key (entries and
//! decisions alike), caps checked under a per-member lock so that concurrent writers lose
//! nothing and never exceed a cap.

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use domain::member::Stage;
use domain::points::chain::{self, ChainBreak, Decision, EntryContent, Head, Link, Stored};
use domain::points::{EntryStatus, RuleCategory, check_cap, counting_year};
use domain::tree::subtree_range;

use super::{StoreError, StoreResult};
use crate::db::keyset::{Key, KeyKind, Order, Position, Window};
use crate::db::models::{NewChainHead, NewPointsEntry, PointsEntryRow, PointsRuleRow};
use crate::db::schema::{members, points_chain_heads as heads, points_entries as entries, points_totals as totals};
use crate::db::{DbConnection, now};
use domain::webhooks::EventType;

mod rules;

pub use rules::{applies, current_rule, find_rule, insert_rule, retire_rule, rules};

/// Which entries a ledger page reads.
#[derive(Debug, Default)]
pub struct EntryFilter {
    pub member_id: Option<i64>,
    /// Only the entries this organization awarded (what a residence side sees).
    pub awarded_by: Option<i64>,
    /// Only members whose membership lies in this subtree (by its path).
    pub membership_within: Option<String>,
    pub year: Option<i32>,
    pub status: Option<EntryStatus>,
}

/// As a history reads: by the date it happened, then as recorded.
pub const LATEST_FIRST: Order = Order {
    name: "-occurred_on",
    key: "points_entries.occurred_on",
    kind: KeyKind::Date,
    id: "points_entries.id",
    descending: true,
};
/// An entry changes once after it is recorded: when it is decided.
pub const CHANGED: Order =
    Order::by_change("COALESCE(points_entries.decided_at, points_entries.created_at)", "points_entries.id");

pub fn position(order: &Order, row: &PointsEntryRow) -> Position {
    let key = match order.kind {
        KeyKind::Date => Key::Date(row.occurred_on),
        _ => Key::Time(row.decided_at.unwrap_or(row.created_at)),
    };
    Position { key, id: row.id }
}

/// A window of ledger entries and how many match.
pub fn entries(
    conn: &mut DbConnection,
    filter: &EntryFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<PointsEntryRow>, i64)> {
    let filtered = || {
        let mut q = entries::table.into_boxed::<crate::db::MultiBackend>();
        if let Some(member_id) = filter.member_id {
            q = q.filter(entries::member_id.eq(member_id));
        }
        if let Some(org_id) = filter.awarded_by {
            q = q.filter(entries::awarding_org_id.eq(org_id));
        }
        if let Some(path) = &filter.membership_within {
            let (low, high) = subtree_range(path);
            let own = members::table
                .filter(members::membership_org_path.ge(low))
                .filter(members::membership_org_path.lt(high))
                .select(members::id);
            q = q.filter(entries::member_id.eq_any(own));
        }
        if let Some(year) = filter.year {
            q = q.filter(entries::year.eq(year));
        }
        if let Some(status) = filter.status {
            q = q.filter(entries::status.eq(status.code()));
        }
        if let Some(since) = window.since {
            q = q.filter(entries::created_at.ge(since).or(entries::decided_at.ge(since)));
        }
        q
    };
    let total = window.total(|| filtered().count().get_result(conn))?;
    let rows = window.apply(filtered(), order).select(PointsEntryRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// A member's entries of a year, latest date first.
pub fn year_entries(conn: &mut DbConnection, member_id: i64, year: i32) -> StoreResult<Vec<PointsEntryRow>> {
    Ok(entries::table
        .filter(entries::member_id.eq(member_id))
        .filter(entries::year.eq(year))
        .order((entries::occurred_on.desc(), entries::id.desc()))
        .select(PointsEntryRow::as_select())
        .load(conn)?)
}

/// Whether an entry already has its reversal.
pub fn is_reversed(conn: &mut DbConnection, id: i64) -> StoreResult<bool> {
    let reversals: i64 = entries::table.filter(entries::reverses_entry_id.eq(id)).count().get_result(conn)?;
    Ok(reversals > 0)
}

/// A meeting's entry of a rule for a member that no correction reversed: the absence
/// deduction an online check-in gives back.
pub fn standing_meeting_entry(
    conn: &mut DbConnection,
    meeting_id: i64,
    member_id: i64,
    rule_code: &str,
) -> StoreResult<Option<PointsEntryRow>> {
    let candidates: Vec<PointsEntryRow> = entries::table
        .filter(entries::meeting_id.eq(meeting_id))
        .filter(entries::member_id.eq(member_id))
        .filter(entries::rule_code.eq(rule_code))
        .filter(entries::reverses_entry_id.is_null())
        .select(PointsEntryRow::as_select())
        .load(conn)?;
    for entry in candidates {
        if !is_reversed(conn, entry.id)? {
            return Ok(Some(entry));
        }
    }
    Ok(None)
}

/// A member's yearly totals: `(member_id, name, points, vetoes)`, none without entries.
pub type MemberTotals = (i64, String, Option<i64>, Option<i64>);

/// The yearly totals the ledger's triggers keep, for every probationary and full member whose
/// membership lies in the subtree, one row per member.
pub fn subtree_totals(conn: &mut DbConnection, org_path: &str, year: i32) -> StoreResult<Vec<MemberTotals>> {
    let (low, high) = subtree_range(org_path);
    Ok(members::table
        .left_join(totals::table.on(totals::member_id.eq(members::id).and(totals::year.eq(year))))
        .filter(members::membership_org_path.ge(&low))
        .filter(members::membership_org_path.lt(&high))
        .filter(members::stage.eq_any([Stage::Probationary.code(), Stage::Full.code()]))
        .select((members::id, members::name, totals::points.nullable(), totals::vetoes.nullable()))
        .load(conn)?)
}

pub fn find_entry(conn: &mut DbConnection, id: i64) -> StoreResult<Option<PointsEntryRow>> {
    Ok(entries::table.find(id).select(PointsEntryRow::as_select()).first(conn).optional()?)
}

/// A member's entries in insertion order (the chain).
pub fn chain(conn: &mut DbConnection, member_id: i64) -> StoreResult<Vec<PointsEntryRow>> {
    Ok(entries::table
        .filter(entries::member_id.eq(member_id))
        .order(entries::id)
        .select(PointsEntryRow::as_select())
        .load(conn)?)
}

fn key() -> StoreResult<&'static [u8]> {
    crate::integrity::key().map_err(|e| StoreError::Unreadable(e.to_string()))
}

fn status(code: &str) -> StoreResult<EntryStatus> {
    code.parse().map_err(|_| StoreError::Unreadable(format!("stored entry status {code}")))
}

/// What an entry's link covers. A decided entry was appended pending.
pub fn content(row: &PointsEntryRow) -> StoreResult<EntryContent> {
    let decided = row.decision_link.is_some() || (row.link.is_none() && row.decided_on.is_some());
    Ok(EntryContent {
        member_id: row.member_id,
        year: row.year,
        rule_code: row.rule_code.clone(),
        rule_version: row.rule_version,
        points: i64::from(row.points),
        veto: row.veto,
        occurred_on: row.occurred_on.to_string(),
        awarding_org_id: row.awarding_org_id,
        reverses_entry_id: row.reverses_entry_id,
        evidence: row.evidence.clone(),
        status: if decided { EntryStatus::Pending } else { status(&row.status)? },
    })
}

fn decision(row: &PointsEntryRow) -> StoreResult<Decision> {
    Ok(Decision {
        entry_id: row.id,
        status: status(&row.status)?,
        decided_by: row.decided_by,
        decided_on: row.decided_on.map(|d| d.to_string()).unwrap_or_default(),
    })
}

/// The links an entry row holds: its own, and its decision's when it was decided.
fn links(row: &PointsEntryRow, into: &mut Vec<Stored>) -> StoreResult<()> {
    into.push(Stored { number: row.link, entry_id: row.id, link: Link::Entry(content(row)?), hash: row.hash.clone() });
    if let Some(number) = row.decision_link {
        into.push(Stored {
            number: Some(number),
            entry_id: row.id,
            link: Link::Decision(decision(row)?),
            hash: row.decision_hash.clone().unwrap_or_default(),
        });
    }
    Ok(())
}

/// Checks a member's chain (the member's entry rows in any order) against the head.
pub fn check(key: &[u8], rows: &[PointsEntryRow], head: Option<&Head>) -> StoreResult<Result<(), ChainBreak>> {
    let mut stored = Vec::with_capacity(rows.len() + rows.len() / 4);
    for row in rows {
        links(row, &mut stored)?;
    }
    Ok(chain::check(key, stored, head))
}

pub fn head(conn: &mut DbConnection, member_id: i64) -> StoreResult<Option<Head>> {
    let found: Option<(i64, String)> =
        heads::table.find(member_id).select((heads::links, heads::hash)).first(conn).optional()?;
    Ok(found.map(|(links, hash)| Head { links, hash }))
}

/// The heads of several members.
pub fn heads_of(conn: &mut DbConnection, member_ids: &[i64]) -> StoreResult<Vec<(i64, Head)>> {
    let found: Vec<(i64, i64, String)> = heads::table
        .filter(heads::member_id.eq_any(member_ids))
        .select((heads::member_id, heads::links, heads::hash))
        .load(conn)?;
    Ok(found.into_iter().map(|(member, links, hash)| (member, Head { links, hash })).collect())
}

fn move_head(conn: &mut DbConnection, member_id: i64, from: Option<&Head>, to: Head) -> StoreResult<()> {
    if from.is_some() {
        diesel::update(heads::table.find(member_id))
            .set((heads::links.eq(to.links), heads::hash.eq(to.hash)))
            .execute(conn)?;
    } else {
        diesel::insert_into(heads::table)
            .values(NewChainHead { member_id, links: to.links, hash: to.hash })
            .execute(conn)?;
    }
    Ok(())
}

/// Serializes writers of one member's chain on PostgreSQL, so that the cap check and the
/// chain see every committed link. SQLite writers are already serialized by BEGIN
/// IMMEDIATE; there a read suffices, and the member's page is not rewritten by every link.
fn lock_member(conn: &mut DbConnection, member_id: i64) -> StoreResult<()> {
    let found = match conn {
        DbConnection::Postgresql(_) => {
            diesel::update(members::table.find(member_id)).set(members::id.eq(members::id)).execute(conn)?
        }
        DbConnection::Sqlite(_) => {
            members::table.find(member_id).count().get_result::<i64>(conn)?.try_into().unwrap_or(0)
        }
    };
    if found == 1 { Ok(()) } else { Err(StoreError::Missing) }
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
    /// For a correction: the entry it reverses.
    pub reverses: Option<Reversed>,
    pub recorded_by: Option<i64>,
}

/// The entry a correction reverses.
#[derive(Debug, Clone, Copy)]
pub struct Reversed {
    pub entry_id: i64,
    /// The year it counts in, which the correction counts in too.
    pub year: i32,
}

/// Appends an entry: takes the member's row lock, checks the rule's yearly cap against the
/// entries counted so far (pending and approved), and chains the entry after the member's
/// last link. Call inside a write transaction.
pub fn append(conn: &mut DbConnection, award: Award) -> StoreResult<PointsEntryRow> {
    lock_member(conn, award.member_id)?;
    let year = counting_year(award.occurred_on.year(), award.reverses.map(|r| r.year));
    let reverses_entry_id = award.reverses.map(|r| r.entry_id);
    let category: RuleCategory =
        award.rule.category.parse().map_err(|_| StoreError::Unreadable("stored rule category".into()))?;
    if reverses_entry_id.is_none() {
        let used: Option<i64> = entries::table
            .filter(entries::member_id.eq(award.member_id))
            .filter(entries::year.eq(year))
            .filter(entries::rule_code.eq(&award.rule.code))
            .filter(entries::status.ne(EntryStatus::Rejected.code()))
            .select(diesel::dsl::sum(entries::points))
            .first(conn)?;
        check_cap(award.rule.cap_per_year.map(i64::from), used.unwrap_or(0), i64::from(award.points))?;
    }
    let status = if award.rule.needs_approval && reverses_entry_id.is_none() {
        EntryStatus::Pending
    } else {
        EntryStatus::Approved
    };
    let veto = category == RuleCategory::Veto;
    let head = head(conn, award.member_id)?;
    let next = chain::append(
        key()?,
        head.as_ref(),
        &Link::Entry(EntryContent {
            member_id: award.member_id,
            year,
            rule_code: award.rule.code.clone(),
            rule_version: award.rule.version,
            points: i64::from(award.points),
            veto,
            occurred_on: award.occurred_on.to_string(),
            awarding_org_id: award.awarding_org_id,
            reverses_entry_id,
            evidence: award.evidence.clone(),
            status,
        }),
    );
    let id: i64 = diesel::insert_into(entries::table)
        .values(NewPointsEntry {
            member_id: award.member_id,
            year,
            rule_id: award.rule.id,
            rule_code: award.rule.code.clone(),
            rule_version: award.rule.version,
            points: award.points,
            veto,
            occurred_on: award.occurred_on,
            evidence: award.evidence,
            awarding_org_id: award.awarding_org_id,
            source: award.source.to_owned(),
            meeting_id: award.meeting_id,
            reverses_entry_id,
            status: status.code().to_owned(),
            recorded_by: award.recorded_by,
            created_at: now(),
            hash: next.hash.clone(),
            link: Some(next.links),
        })
        .returning(entries::id)
        .get_result(conn)?;
    move_head(conn, award.member_id, head.as_ref(), next)?;
    let event_type =
        if reverses_entry_id.is_some() { EventType::PointsEntryReversed } else { EventType::PointsEntryRecorded };
    super::webhooks::emit_for_member(conn, event_type, "points_entry", id, award.member_id)?;
    find_entry(conn, id)?.ok_or(StoreError::Missing)
}

/// What an entry earned by a rule of the catalogue says besides the rule and the member.
#[derive(Debug, Clone)]
pub struct Earned<'a> {
    pub occurred_on: NaiveDate,
    pub evidence: &'a str,
    pub awarding_org_id: i64,
    /// Path of the awarding organization: the rule must apply there.
    pub awarding_org_path: &'a str,
    pub source: &'static str,
    pub meeting_id: Option<i64>,
    pub recorded_by: Option<i64>,
}

/// Appends the points of the current version of rule `code` for what a member did (attended,
/// completed a course), when the rule is in the catalogue and applies to the member; none
/// when it does not, or when the rule's yearly cap is reached: what was done stands all the
/// same. Call inside a write transaction.
pub fn earn(
    conn: &mut DbConnection,
    code: &str,
    member_id: i64,
    member_category: &str,
    earned: &Earned<'_>,
) -> StoreResult<Option<PointsEntryRow>> {
    let Some(rule) = current_rule(conn, code)? else { return Ok(None) };
    if applies(&rule, member_category, earned.awarding_org_path).is_err() {
        return Ok(None);
    }
    let points = rule.points;
    let award = Award {
        member_id,
        rule,
        points,
        occurred_on: earned.occurred_on,
        evidence: earned.evidence.to_owned(),
        awarding_org_id: earned.awarding_org_id,
        source: earned.source,
        meeting_id: earned.meeting_id,
        reverses: None,
        recorded_by: earned.recorded_by,
    };
    match append(conn, award) {
        Ok(entry) => Ok(Some(entry)),
        Err(StoreError::Cap(_)) => Ok(None),
        Err(other) => Err(other),
    }
}

/// Decides a pending entry, as the next link of its member's chain. False when the entry
/// is no longer pending. Call inside a write transaction.
pub fn decide(
    conn: &mut DbConnection,
    entry: &PointsEntryRow,
    decided: EntryStatus,
    decided_by: i64,
    decided_on: NaiveDate,
) -> StoreResult<bool> {
    lock_member(conn, entry.member_id)?;
    let head = head(conn, entry.member_id)?;
    let link = Link::Decision(Decision {
        entry_id: entry.id,
        status: decided,
        decided_by: Some(decided_by),
        decided_on: decided_on.to_string(),
    });
    let next = chain::append(key()?, head.as_ref(), &link);
    let changed = diesel::update(entries::table.find(entry.id).filter(entries::status.eq(EntryStatus::Pending.code())))
        .set((
            entries::status.eq(decided.code()),
            entries::decided_by.eq(decided_by),
            entries::decided_on.eq(decided_on),
            entries::decision_link.eq(next.links),
            entries::decision_hash.eq(&next.hash),
            entries::decided_at.eq(now()),
        ))
        .execute(conn)?;
    if changed != 1 {
        return Ok(false);
    }
    move_head(conn, entry.member_id, head.as_ref(), next)?;
    if decided == EntryStatus::Approved {
        super::webhooks::emit_for_member(
            conn,
            EventType::PointsEntryApproved,
            "points_entry",
            entry.id,
            entry.member_id,
        )?;
    }
    Ok(true)
}

/// Keys the chains of entries written before the ledger was keyed: a member's old unkeyed
/// chain is checked first and keyed only when it holds, so that a change made before is
/// never blessed (such a chain stays unkeyed and `verify` names it). Returns the members
/// keyed. Call inside a write transaction.
pub fn key_old_chains(conn: &mut DbConnection) -> StoreResult<usize> {
    let key = key()?;
    let members: Vec<i64> =
        entries::table.filter(entries::link.is_null()).select(entries::member_id).distinct().load(conn)?;
    let mut keyed = 0;
    for member_id in members {
        let rows = chain(conn, member_id)?;
        let mut previous = String::new();
        let mut holds = rows.iter().all(|r| r.link.is_none());
        for row in &rows {
            holds = holds && chain::unkeyed_hash(&previous, &content(row)?) == row.hash;
            previous.clone_from(&row.hash);
        }
        if !holds {
            log::warn!("the points chain of member {member_id} does not hold; it stays unkeyed");
            continue;
        }
        let mut head: Option<Head> = None;
        for row in &rows {
            let next = chain::append(key, head.as_ref(), &Link::Entry(content(row)?));
            diesel::update(entries::table.find(row.id))
                .set((entries::link.eq(next.links), entries::hash.eq(&next.hash)))
                .execute(conn)?;
            head = Some(next);
            if row.decided_on.is_some() {
                let next = chain::append(key, head.as_ref(), &Link::Decision(decision(row)?));
                diesel::update(entries::table.find(row.id))
                    .set((entries::decision_link.eq(next.links), entries::decision_hash.eq(&next.hash)))
                    .execute(conn)?;
                head = Some(next);
            }
        }
        if let Some(head) = head {
            move_head(conn, member_id, None, head)?;
            keyed += 1;
        }
    }
    Ok(keyed)
}
