//! A publicity as its users see it (两地公示): each site with its period in working days, its
//! objections and its status on a date. The publicity pages, the development rules and the
//! alerts read it.

use chrono::{DateTime, NaiveDate, Utc};
use domain::development::Purpose;
use domain::development::publicity::{ObjectionStatus, SiteRole, SiteStatus, site_status};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::models::ObjectionRow;
use crate::db::repo::{calendar, members, organizations, publicities};
use crate::error::{ApiError, ApiResult};
use crate::routes::common::{stored, utc};

/// An objection raised during a publicity.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Objection {
    /// Objection id.
    pub id: i64,
    /// The publicity site the objection was raised at.
    pub site_id: i64,
    /// The date the objection was raised (China Standard Time).
    pub raised_on: NaiveDate,
    /// What the objection says.
    pub content: String,
    /// Masked contact of whoever raised it.
    pub contact: Option<String>,
    /// `open` (待处理), `upheld` (反映属实, fails the site) or `dismissed` (不属实).
    pub status: ObjectionStatus,
    /// Why the objection was upheld or dismissed.
    pub decision_note: Option<String>,
    /// Username of the account that decided it.
    pub decided_by_name: Option<String>,
    /// The date the objection was decided (China Standard Time).
    pub decided_on: Option<NaiveDate>,
}

/// One place a publicity is posted.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicitySite {
    /// Site id.
    pub id: i64,
    /// Which of the member's organizations posts it.
    pub role: SiteRole,
    /// The organization posting the publicity at this site.
    pub org_id: i64,
    /// Name of the organization, for display.
    pub org_name: String,
    /// First day of the period (China Standard Time); absent until set.
    pub start_on: Option<NaiveDate>,
    /// Last day of the period (China Standard Time); absent until set.
    pub end_on: Option<NaiveDate>,
    /// Working days in the period, on the calendar.
    pub working_days: Option<u32>,
    /// `running`, `passed`, `failed` (objection upheld) or `blocked` (objection open after
    /// the period); `running` also before a period is set.
    pub status: SiteStatus,
    /// Objections raised at this site.
    pub objections: Vec<Objection>,
    /// The site's version, for `If-Match` when setting its period.
    pub version: i32,
}

/// A publicity and its sites.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Publicity {
    /// Publicity id.
    pub id: i64,
    /// The member publicized.
    pub member_id: i64,
    /// Shown at both sites, whichever side reads it.
    pub member_name: String,
    /// `admission` (candidate → probationary) or `conversion` (probationary → full).
    pub purpose: Purpose,
    /// Where it is posted: the membership organization, and for mobile and relocated members the residence one.
    pub sites: Vec<PublicitySite>,
    /// Every required site has passed.
    pub passed: bool,
    /// When the publicity was started (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

pub fn mask_contact(contact: &str) -> String {
    domain::member::personal::mask_phone(contact)
}

/// Loads a publicity with its sites' statuses on `on`.
pub fn load_publicity(conn: &mut DbConnection, id: i64, on: NaiveDate) -> ApiResult<Publicity> {
    let (member_id, purpose, created_at) = publicities::find(conn, id)?.ok_or(ApiError::NotFound)?;
    let rows = publicities::sites_of(conn, id)?;
    let ids: Vec<i64> = rows.iter().map(|s| s.id).collect();
    let all_objections = publicities::objections_of(conn, &ids)?;
    let earliest = rows.iter().filter_map(|s| s.start_on).min().unwrap_or(on);
    let calendar = calendar::load(conn, earliest, on.max(rows.iter().filter_map(|s| s.end_on).max().unwrap_or(on)))?;
    let mut out = Vec::new();
    for row in rows {
        let own: Vec<&ObjectionRow> = all_objections.iter().filter(|o| o.site_id == row.id).collect();
        let statuses = own.iter().map(|o| stored::<ObjectionStatus>(&o.status)).collect::<ApiResult<Vec<_>>>()?;
        let status = match row.end_on {
            Some(end) => site_status(end, &statuses, on),
            None if statuses.contains(&ObjectionStatus::Upheld) => SiteStatus::Failed,
            None => SiteStatus::Running,
        };
        let org_name = organizations::find(conn, row.org_id)?.map(|o| o.name).unwrap_or_default();
        out.push(PublicitySite {
            id: row.id,
            role: stored(&row.role)?,
            org_id: row.org_id,
            org_name,
            start_on: row.start_on,
            end_on: row.end_on,
            working_days: row.start_on.zip(row.end_on).map(|(s, e)| calendar.working_days_between(s, e)),
            status,
            version: row.version,
            objections: own
                .into_iter()
                .zip(statuses)
                .map(|(o, status)| Objection {
                    id: o.id,
                    site_id: o.site_id,
                    raised_on: o.raised_on,
                    content: o.content.clone(),
                    contact: o.contact.as_deref().map(mask_contact),
                    status,
                    decision_note: o.decision_note.clone(),
                    decided_by_name: o.decided_by_name.clone(),
                    decided_on: o.decided_on,
                })
                .collect(),
        });
    }
    let passed = !out.is_empty() && out.iter().all(|s| s.status == SiteStatus::Passed);
    let member_name = members::name_of(conn, member_id)?.unwrap_or_default();
    Ok(Publicity {
        id,
        member_id,
        member_name,
        purpose: stored(&purpose)?,
        sites: out,
        passed,
        created_at: utc(created_at),
    })
}

/// The latest publicity of a member for a purpose: the names of the sites that have not
/// passed on `on` (`None` when there is none).
pub fn missing_sites(
    conn: &mut DbConnection,
    member_id: i64,
    purpose: Purpose,
    on: NaiveDate,
) -> ApiResult<Option<Vec<String>>> {
    let Some(id) = publicities::latest(conn, member_id, purpose)? else { return Ok(None) };
    let publicity = load_publicity(conn, id, on)?;
    Ok(Some(
        publicity
            .sites
            .into_iter()
            .filter(|s| s.status != SiteStatus::Passed)
            .map(|s| format!("{}（{}，{}）", s.org_name, s.role.chinese_name(), s.status.chinese_name()))
            .collect(),
    ))
}
