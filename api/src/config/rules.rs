//! The local rules of development, evaluation, points, resident requests and visits.

use domain::cobuilding::JointMeetingPolicy;
use domain::cobuilding::opinions::OpinionPolicy;
use domain::development::DevelopmentPolicy;
use domain::evaluation::EvaluationPolicy;
use domain::households::VisitPolicy;
use domain::online::OnlinePolicy;
use domain::points::PointsPolicy;
use domain::requests::sla::{Sla, SlaPolicy};
use domain::requests::{Level, RequestPolicy, RequestType};
use domain::support::SupportPolicy;

use super::{ConfigError, count, flag, number, var};

/// Configurable local rules, with the defaults of DOMAIN.md §4–§5.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub development: DevelopmentPolicy,
    pub evaluation: EvaluationPolicy,
    pub points: PointsPolicy,
    /// Rule code that meeting attendance awards.
    pub attendance_rule: String,
    /// Rule code that absence without leave deducts (none: no deduction).
    pub absence_rule: Option<String>,
    /// Rule code that completing a micro Party course awards (none: no points).
    pub course_rule: Option<String>,
    /// Online meetings: the days a member may still check in after the meeting day.
    pub online: OnlinePolicy,
    /// Resident requests: the reopening window.
    pub requests: RequestPolicy,
    /// Resident requests: working days to accept and resolve, per type and level.
    pub sla: SlaPolicy,
    /// Household visits: the period and the share of households to visit in it.
    pub visits: VisitPolicy,
    /// Joint meetings: how far ahead the agenda goes out, how often they meet.
    pub joint_meetings: JointMeetingPolicy,
    /// Assessment opinions: working days a community has to answer a request.
    pub opinions: OpinionPolicy,
    /// Support: the office-space standard, young graduates per community.
    pub support: SupportPolicy,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            development: DevelopmentPolicy::default(),
            evaluation: EvaluationPolicy::default(),
            points: PointsPolicy::default(),
            attendance_rule: "A01".to_owned(),
            absence_rule: Some("D01".to_owned()),
            course_rule: Some("A04".to_owned()),
            online: OnlinePolicy::default(),
            requests: RequestPolicy::default(),
            sla: SlaPolicy::default(),
            visits: VisitPolicy::default(),
            joint_meetings: JointMeetingPolicy::default(),
            opinions: OpinionPolicy::default(),
            support: SupportPolicy::default(),
        }
    }
}

impl Rules {
    pub(super) fn from_env() -> Result<Rules, ConfigError> {
        let defaults = Rules::default();
        let d = defaults.development;
        let e = defaults.evaluation;
        let p = defaults.points;
        let share = var("DANGJIAN_EXCELLENT_SHARE")
            .unwrap_or_else(|| format!("{}/{}", e.excellent_numerator, e.excellent_denominator));
        let (numerator, denominator) = share
            .split_once('/')
            .and_then(|(n, d)| Some((n.trim().parse::<u32>().ok()?, d.trim().parse::<u32>().ok()?)))
            .filter(|(n, d)| *d > 0 && n <= d)
            .ok_or_else(|| ConfigError {
                name: "DANGJIAN_EXCELLENT_SHARE",
                message: format!("expected a fraction like 1/3, got `{share}`"),
            })?;
        Ok(Rules {
            development: DevelopmentPolicy {
                minimum_age: count("DANGJIAN_MINIMUM_AGE", d.minimum_age)?,
                talk_within_days: number("DANGJIAN_TALK_WITHIN_DAYS", d.talk_within_days)?,
                activist_months: count("DANGJIAN_ACTIVIST_MONTHS", d.activist_months)?,
                training_days: count("DANGJIAN_TRAINING_DAYS", d.training_days)?,
                training_hours: count("DANGJIAN_TRAINING_HOURS", d.training_hours)?,
                approval_within_months: count("DANGJIAN_APPROVAL_WITHIN_MONTHS", d.approval_within_months)?,
                probation_months: count("DANGJIAN_PROBATION_MONTHS", d.probation_months)?,
                max_extension_months: count("DANGJIAN_MAX_EXTENSION_MONTHS", d.max_extension_months)?,
                publicity_working_days: count("DANGJIAN_PUBLICITY_WORKING_DAYS", d.publicity_working_days)?,
            },
            evaluation: EvaluationPolicy {
                excellent_numerator: numerator,
                excellent_denominator: denominator,
                report_in_required: flag("DANGJIAN_REPORT_IN_REQUIRED", e.report_in_required)?,
            },
            points: PointsPolicy {
                base: number("DANGJIAN_POINTS_BASE", p.base)?,
                excellent_from: number("DANGJIAN_POINTS_EXCELLENT_FROM", p.excellent_from)?,
                qualified_from: number("DANGJIAN_POINTS_QUALIFIED_FROM", p.qualified_from)?,
                basically_qualified_from: number(
                    "DANGJIAN_POINTS_BASICALLY_QUALIFIED_FROM",
                    p.basically_qualified_from,
                )?,
            },
            attendance_rule: var("DANGJIAN_ATTENDANCE_RULE").unwrap_or(defaults.attendance_rule),
            absence_rule: optional_rule("DANGJIAN_ABSENCE_RULE", defaults.absence_rule),
            course_rule: optional_rule("DANGJIAN_COURSE_RULE", defaults.course_rule),
            online: OnlinePolicy {
                check_in_days: count("DANGJIAN_CHECK_IN_DAYS", defaults.online.check_in_days)?.min(30),
            },
            requests: RequestPolicy {
                reopen_within_days: number("DANGJIAN_REQUEST_REOPEN_DAYS", defaults.requests.reopen_within_days)?,
            },
            sla: sla_from_env(defaults.sla)?,
            visits: VisitPolicy {
                period_months: count("DANGJIAN_VISIT_PERIOD_MONTHS", defaults.visits.period_months)?.clamp(1, 12),
                target_percent: count("DANGJIAN_VISIT_TARGET_PERCENT", defaults.visits.target_percent)?.min(100),
            },
            joint_meetings: JointMeetingPolicy {
                agenda_days_ahead: count("DANGJIAN_JOINT_AGENDA_DAYS", defaults.joint_meetings.agenda_days_ahead)?,
                every_months: count("DANGJIAN_JOINT_EVERY_MONTHS", defaults.joint_meetings.every_months)?.clamp(1, 24),
            },
            opinions: OpinionPolicy {
                answer_working_days: count("DANGJIAN_OPINION_WORKING_DAYS", defaults.opinions.answer_working_days)?
                    .clamp(1, 60),
            },
            support: SupportPolicy {
                office_space_m2: count("DANGJIAN_OFFICE_SPACE_M2", defaults.support.office_space_m2)?,
                ..defaults.support
            },
        })
    }
}

/// A rule code from the environment; set empty, no rule (no points).
fn optional_rule(name: &str, default: Option<String>) -> Option<String> {
    match std::env::var(name) {
        Ok(code) if code.trim().is_empty() => None,
        Ok(code) => Some(code.trim().to_owned()),
        Err(_) => default,
    }
}

/// `DANGJIAN_REQUEST_ACCEPT_DAYS`, `DANGJIAN_REQUEST_RESOLVE_DAYS` and the exceptions in
/// `DANGJIAN_REQUEST_SLA`: `type@level=accept/resolve`, comma separated
/// (`complaint@street=1/3,help@community=1/2`).
fn sla_from_env(defaults: SlaPolicy) -> Result<SlaPolicy, ConfigError> {
    let default = Sla {
        accept_days: count("DANGJIAN_REQUEST_ACCEPT_DAYS", defaults.default.accept_days)?,
        resolve_days: count("DANGJIAN_REQUEST_RESOLVE_DAYS", defaults.default.resolve_days)?,
    };
    let mut exceptions = defaults.exceptions;
    let bad = |item: &str| ConfigError {
        name: "DANGJIAN_REQUEST_SLA",
        message: format!("expected type@level=accept/resolve (e.g. complaint@street=1/3), got `{item}`"),
    };
    for item in var("DANGJIAN_REQUEST_SLA").unwrap_or_default().split(',').map(str::trim).filter(|i| !i.is_empty()) {
        let (key, days) = item.split_once('=').ok_or_else(|| bad(item))?;
        let (kind, level) = key.split_once('@').ok_or_else(|| bad(item))?;
        let (accept, resolve) = days.split_once('/').ok_or_else(|| bad(item))?;
        let kind: RequestType = kind.trim().parse().map_err(|_| bad(item))?;
        let level: Level = level.trim().parse().map_err(|_| bad(item))?;
        let sla = Sla {
            accept_days: accept.trim().parse().map_err(|_| bad(item))?,
            resolve_days: resolve.trim().parse().map_err(|_| bad(item))?,
        };
        exceptions.insert((kind, level), sla);
    }
    Ok(SlaPolicy { default, exceptions })
}
