//! Demo points and organizational life: the city's standard rules, and a year of meetings
//! of every grid branch with attendance and the points it awarded (chained).

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use diesel::prelude::*;
use domain::meetings::{Attendance, MeetingType};
use domain::member::Stage;
use domain::points::chain::{self, EntryContent, Head, Link};
use domain::points::{EntryStatus, RuleCategory};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::DemoCommunity;
use crate::db::models::{NewChainHead, NewPointsEntry, NewPointsRule, OrganizationRow, PointsRuleRow};
use crate::db::schema::{meeting_attendance, meetings, members, points_chain_heads, points_entries, points_rules};
use crate::db::{DbConnection, now};
use crate::error::ApiResult;

/// A standard item: code, name, category, points, yearly cap, needs approval.
type StandardRule = (&'static str, &'static str, RuleCategory, i32, Option<i32>, bool);

/// The city's standard items.
const STANDARD_RULES: [StandardRule; 8] = [
    ("A01", "参加组织生活", RuleCategory::Activity, 2, Some(40), false),
    ("A02", "参加志愿服务", RuleCategory::Activity, 2, Some(20), false),
    ("A03", "到社区报到并认领岗位", RuleCategory::Activity, 5, Some(10), false),
    ("A04", "完成网上微党课学习", RuleCategory::Activity, 1, Some(12), false),
    ("B01", "受到上级表彰", RuleCategory::Bonus, 10, Some(20), true),
    ("D01", "无故缺席组织生活", RuleCategory::Deduction, -3, Some(30), false),
    ("D02", "违反党员义务受到批评教育", RuleCategory::Deduction, -10, None, true),
    ("V01", "受到党纪处分（一票否决）", RuleCategory::Veto, 0, None, true),
];

pub fn standard_rules(conn: &mut DbConnection, city: &OrganizationRow) -> ApiResult<Vec<PointsRuleRow>> {
    let rows: Vec<NewPointsRule> = STANDARD_RULES
        .iter()
        .map(|(code, name, category, points, cap, approval)| NewPointsRule {
            code: (*code).to_owned(),
            version: 1,
            name: (*name).to_owned(),
            category: category.code().to_owned(),
            points: *points,
            cap_per_year: *cap,
            needs_approval: *approval,
            member_categories: String::new(),
            org_id: city.id,
            org_path: city.path.clone(),
            current: true,
            created_at: now(),
        })
        .collect();
    crate::insert_batch!(conn, points_rules::table, &rows)?;
    Ok(points_rules::table.order(points_rules::id).select(PointsRuleRow::as_select()).load(conn)?)
}

/// The meetings of a year: a themed Party day and a branch committee every month, a branch general meeting and a
/// Party lecture every quarter, the organizational life meeting once.
fn schedule(today: NaiveDate) -> Vec<(MeetingType, NaiveDate, &'static str)> {
    let mut meetings = Vec::new();
    for back in (1..=12).rev() {
        let Some(month) = today.with_day(1).and_then(|d| d.checked_sub_months(chrono::Months::new(back))) else {
            continue;
        };
        meetings.push((MeetingType::ThemedPartyDay, month + Duration::days(9), "学习贯彻党的创新理论，开展志愿服务"));
        meetings.push((MeetingType::BranchCommittee, month + Duration::days(4), "支委会研究本月工作"));
        if month.month() % 3 == 0 {
            meetings.push((
                MeetingType::BranchGeneralMeeting,
                month + Duration::days(19),
                "通报支部工作，讨论发展党员",
            ));
            meetings.push((
                MeetingType::PartyLecture,
                month + Duration::days(24),
                "书记讲党课：城市基层党建与社区治理",
            ));
        }
        if month.month() == 1 {
            meetings.push((
                MeetingType::OrganizationalLifeMeeting,
                month + Duration::days(15),
                "年度组织生活会和民主评议党员",
            ));
        }
    }
    meetings
}

/// Loads the rules, meetings, attendance and points.
pub fn load(
    conn: &mut DbConnection,
    city: &OrganizationRow,
    communities: &[DemoCommunity<'_>],
    today: NaiveDate,
) -> ApiResult<()> {
    let rules = standard_rules(conn, city)?;
    let rule = |code: &str| rules.iter().find(|r| r.code == code).cloned();
    let (Some(attend), Some(absent_rule)) = (rule("A01"), rule("D01")) else { return Ok(()) };
    let mut rng = StdRng::seed_from_u64(2018);
    let mut chains = BulkChains::new()?;
    let mut used: HashMap<(i64, i32, String), i64> = HashMap::new();
    let mut attendance = Vec::new();
    let mut entries = Vec::new();
    for branch in communities.iter().flat_map(|c| c.branches.iter()) {
        let people: Vec<i64> = members::table
            .filter(members::membership_org_id.eq(branch.id))
            .filter(members::stage.eq_any([Stage::Probationary.code(), Stage::Full.code()]))
            .order(members::id)
            .select(members::id)
            .load(conn)?;
        for (meeting_type, held_on, topic) in schedule(today) {
            let id: i64 = diesel::insert_into(meetings::table)
                .values((
                    meetings::org_id.eq(branch.id),
                    meetings::org_path.eq(&branch.path),
                    meetings::meeting_type.eq(meeting_type.code()),
                    meetings::held_on.eq(held_on),
                    meetings::online.eq(false),
                    meetings::topic.eq(topic),
                    meetings::host.eq("支部书记"),
                    meetings::minutes.eq(format!("{topic}。应到{}人。", people.len())),
                    meetings::created_at.eq(now()),
                ))
                .returning(meetings::id)
                .get_result(conn)?;
            for member_id in &people {
                let roll: u32 = rng.random_range(0..10);
                let status = match roll {
                    0 => Attendance::Absent,
                    1 => Attendance::Leave,
                    _ => Attendance::Present,
                };
                attendance.push((
                    meeting_attendance::meeting_id.eq(id),
                    meeting_attendance::member_id.eq(*member_id),
                    meeting_attendance::status.eq(status.code()),
                    meeting_attendance::leave_reason.eq((status == Attendance::Leave).then_some("因公出差")),
                ));
                let award = match status {
                    Attendance::Present => Some(&attend),
                    Attendance::Absent => Some(&absent_rule),
                    Attendance::Leave => None,
                };
                let Some(rule) = award else { continue };
                let counted = used.entry((*member_id, held_on.year(), rule.code.clone())).or_default();
                if rule.cap_per_year.is_some_and(|cap| counted.abs() + i64::from(rule.points.abs()) > i64::from(cap)) {
                    continue;
                }
                *counted += i64::from(rule.points);
                let evidence = format!("{}：{topic}", meeting_type.chinese_name());
                entries.push(chains.meeting_entry(*member_id, rule, held_on, branch.id, id, evidence, now()));
            }
        }
    }
    for batch in attendance.chunks(500) {
        crate::insert_batch!(conn, meeting_attendance::table, batch)?;
    }
    // Batches keep the order of each member's chain (ids follow insertion).
    for batch in entries.chunks(400) {
        crate::insert_batch!(conn, points_entries::table, batch)?;
    }
    let heads = chains.heads();
    crate::load_rows!(conn, points_chain_heads::table, &heads[..], 500);
    Ok(())
}

/// Ledger chains written in bulk: each member's head as its entries are made, written after
/// the entries.
pub(super) struct BulkChains {
    key: &'static [u8],
    heads: HashMap<i64, Head>,
}

impl BulkChains {
    pub(super) fn new() -> ApiResult<BulkChains> {
        Ok(BulkChains { key: crate::integrity::key()?, heads: HashMap::new() })
    }

    /// An approved ledger entry a meeting gave a member, chained after the member's last link.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn meeting_entry(
        &mut self,
        member_id: i64,
        rule: &PointsRuleRow,
        held_on: NaiveDate,
        org_id: i64,
        meeting_id: i64,
        evidence: String,
        created_at: chrono::NaiveDateTime,
    ) -> NewPointsEntry {
        let content = EntryContent {
            member_id,
            year: held_on.year(),
            rule_code: rule.code.clone(),
            rule_version: rule.version,
            points: i64::from(rule.points),
            veto: false,
            occurred_on: held_on.to_string(),
            awarding_org_id: org_id,
            reverses_entry_id: None,
            evidence: evidence.clone(),
            status: EntryStatus::Approved,
        };
        let next = chain::append(self.key, self.heads.get(&member_id), &Link::Entry(content));
        let (hash, link) = (next.hash.clone(), next.links);
        self.heads.insert(member_id, next);
        NewPointsEntry {
            member_id,
            year: held_on.year(),
            rule_id: rule.id,
            rule_code: rule.code.clone(),
            rule_version: rule.version,
            points: rule.points,
            veto: false,
            occurred_on: held_on,
            evidence,
            awarding_org_id: org_id,
            source: "meeting".to_owned(),
            meeting_id: Some(meeting_id),
            reverses_entry_id: None,
            status: EntryStatus::Approved.code().to_owned(),
            recorded_by: None,
            created_at,
            hash,
            link: Some(link),
        }
    }

    /// The heads of members that had no chain before, in key order: each row goes at the end of
    /// the primary key's B-tree.
    pub(super) fn heads(self) -> Vec<NewChainHead> {
        let mut heads: Vec<NewChainHead> = self
            .heads
            .into_iter()
            .map(|(member_id, head)| NewChainHead { member_id, links: head.links, hash: head.hash })
            .collect();
        heads.sort_unstable_by_key(|head| head.member_id);
        heads
    }
}
