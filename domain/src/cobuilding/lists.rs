//! The three lists (三张清单): needs (需求清单) of residents and communities, resources
//! (资源清单) the units offer, and projects (项目清单) matching a need with resources, each with an
//! owner unit, a due date, progress, completion and the community's rating.

use chrono::NaiveDate;

use crate::organization::Field;

code_list! {
    /// Where a need comes from.
    pub enum NeedSource {
        Residents = "residents" / "居民",
        Community = "community" / "社区",
        /// A kind of resident request that keeps coming back (接诉即办).
        Requests = "requests" / "居民诉求",
    }
}

code_list! {
    /// What a unit offers.
    pub enum ResourceKind {
        Venue = "venue" / "场地",
        Volunteers = "volunteers" / "志愿者",
        Funds = "funds" / "资金",
        Skills = "skills" / "技能",
    }
}

code_list! {
    /// Where a project stands.
    pub enum ProjectState {
        Planned = "planned" / "已立项",
        InProgress = "in_progress" / "实施中",
        Completed = "completed" / "已完成",
        Cancelled = "cancelled" / "已终止",
    }
}

/// Why a change to the lists is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListRefusal {
    #[error("a project matches its need with at least one resource")]
    ResourcesMissing,
    #[error("resource {resource} is not available until the project's due date ({due_on})")]
    ResourceUnavailable { resource: i64, due_on: NaiveDate },
    #[error("a project of a {state:?} cannot move to {to:?}")]
    ProjectState { state: ProjectState, to: ProjectState },
    #[error("only a completed project is rated")]
    NotCompleted,
    #[error("the rating is 1 to 5, not {0}")]
    RatingOutOfRange(u8),
    #[error("the need is already met by a project")]
    NeedTaken,
    #[error("available until {until} is before available from {from}")]
    AvailabilityReversed { from: NaiveDate, until: NaiveDate },
}

impl ListRefusal {
    /// Stable problem code naming the rule.
    pub fn code(&self) -> &'static str {
        match self {
            ListRefusal::ResourcesMissing
            | ListRefusal::RatingOutOfRange(_)
            | ListRefusal::AvailabilityReversed { .. } => "validation-failed",
            ListRefusal::ResourceUnavailable { .. } => "resource-unavailable",
            ListRefusal::ProjectState { .. } | ListRefusal::NotCompleted => "project-state",
            ListRefusal::NeedTaken => "need-taken",
        }
    }

    /// The request field a validation refusal is about.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            ListRefusal::ResourcesMissing | ListRefusal::ResourceUnavailable { .. } => Some("resource_ids"),
            ListRefusal::RatingOutOfRange(_) => Some("rating"),
            ListRefusal::AvailabilityReversed { .. } => Some("available_until"),
            ListRefusal::NeedTaken => Some("need_id"),
            ListRefusal::ProjectState { .. } | ListRefusal::NotCompleted => None,
        }
    }
}

/// A resource as offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub id: i64,
    pub kind: ResourceKind,
    /// The field of the unit offering it.
    pub field: Option<Field>,
    /// The community the offering unit is located in, and its street.
    pub community: Option<i64>,
    pub street: Option<i64>,
    pub available_from: Option<NaiveDate>,
    pub available_until: Option<NaiveDate>,
}

/// Checks the availability a resource is offered with.
pub fn check_resource(from: Option<NaiveDate>, until: Option<NaiveDate>) -> Result<(), ListRefusal> {
    match (from, until) {
        (Some(from), Some(until)) if until < from => Err(ListRefusal::AvailabilityReversed { from, until }),
        _ => Ok(()),
    }
}

/// Checks a new project: its need is still open, and each resource is there until it is due.
pub fn check_project(need_open: bool, resources: &[Resource], due_on: NaiveDate) -> Result<(), ListRefusal> {
    if !need_open {
        return Err(ListRefusal::NeedTaken);
    }
    if resources.is_empty() {
        return Err(ListRefusal::ResourcesMissing);
    }
    match resources.iter().find(|r| r.available_until.is_some_and(|until| until < due_on)) {
        Some(short) => Err(ListRefusal::ResourceUnavailable { resource: short.id, due_on }),
        None => Ok(()),
    }
}

/// Checks moving a project from `state` to `to`.
pub fn check_transition(state: ProjectState, to: ProjectState) -> Result<(), ListRefusal> {
    use ProjectState::*;
    let allowed = matches!((state, to), (Planned, InProgress) | (Planned | InProgress, Completed | Cancelled));
    if allowed { Ok(()) } else { Err(ListRefusal::ProjectState { state, to }) }
}

/// Checks the community's rating of a project.
pub fn check_rating(state: ProjectState, rating: u8) -> Result<(), ListRefusal> {
    if state != ProjectState::Completed {
        return Err(ListRefusal::NotCompleted);
    }
    if !(1..=5).contains(&rating) {
        return Err(ListRefusal::RatingOutOfRange(rating));
    }
    Ok(())
}

/// What a need asks for, for suggesting resources.
pub struct Wanted {
    pub kind: Option<ResourceKind>,
    pub field: Option<Field>,
    pub community: i64,
    pub street: Option<i64>,
}

/// Resources worth proposing for a need, best first: the kind asked for counts most, then
/// nearness (the same community, then the same street), then the unit's field; a resource that
/// has run out by `today` is not proposed.
pub fn suggest(wanted: &Wanted, resources: &[Resource], today: NaiveDate, limit: usize) -> Vec<(i64, u32)> {
    let mut scored: Vec<(i64, u32)> = resources
        .iter()
        .filter(|r| r.available_until.is_none_or(|until| until >= today))
        .filter_map(|r| {
            let kind = if wanted.kind == Some(r.kind) { 4 } else { 0 };
            let near = if r.community == Some(wanted.community) {
                3
            } else if wanted.street.is_some() && r.street == wanted.street {
                1
            } else {
                0
            };
            let field = if wanted.field.is_some() && r.field == wanted.field { 2 } else { 0 };
            let score = kind + near + field;
            (score > 0).then_some((r.id, score))
        })
        .collect();
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    scored.truncate(limit);
    scored
}

/// Request categories that keep coming back in a community become needs: `counts` are the
/// requests per category in the recent window; those reaching `threshold` are proposed, most
/// frequent first.
pub fn recurring(counts: &[(i64, u32)], threshold: u32) -> Vec<(i64, u32)> {
    let mut found: Vec<(i64, u32)> = counts.iter().copied().filter(|(_, n)| *n >= threshold).collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn resource(id: i64, kind: ResourceKind, community: i64, until: Option<NaiveDate>) -> Resource {
        Resource {
            id,
            kind,
            field: Some(Field::StateEnterprise),
            community: Some(community),
            street: Some(100),
            available_from: None,
            available_until: until,
        }
    }

    #[test]
    fn a_project_needs_an_open_need_and_resources_lasting_until_it_is_due() {
        let due = day(2027, 3, 31);
        let lasting = resource(1, ResourceKind::Venue, 10, None);
        let short = resource(2, ResourceKind::Funds, 10, Some(day(2027, 1, 31)));
        assert_eq!(check_project(true, std::slice::from_ref(&lasting), due), Ok(()));
        assert_eq!(check_project(true, &[], due), Err(ListRefusal::ResourcesMissing));
        assert_eq!(check_project(false, std::slice::from_ref(&lasting), due), Err(ListRefusal::NeedTaken));
        assert_eq!(
            check_project(true, &[lasting, short], due),
            Err(ListRefusal::ResourceUnavailable { resource: 2, due_on: due })
        );
    }

    #[test]
    fn projects_go_from_planned_through_work_to_completion_and_only_then_are_rated() {
        use ProjectState::*;
        assert_eq!(check_transition(Planned, InProgress), Ok(()));
        assert_eq!(check_transition(InProgress, Completed), Ok(()));
        assert_eq!(check_transition(Completed, InProgress).map_err(|r| r.code()), Err("project-state"));
        assert_eq!(check_transition(Cancelled, Completed).map_err(|r| r.code()), Err("project-state"));
        assert_eq!(check_rating(InProgress, 5), Err(ListRefusal::NotCompleted));
        assert_eq!(check_rating(Completed, 6), Err(ListRefusal::RatingOutOfRange(6)));
        assert_eq!(check_rating(Completed, 4), Ok(()));
    }

    #[test]
    fn suggestions_rank_the_kind_asked_for_then_nearness_then_field() {
        let today = day(2026, 12, 5);
        let wanted = Wanted {
            kind: Some(ResourceKind::Volunteers),
            field: Some(Field::StateEnterprise),
            community: 10,
            street: Some(100),
        };
        let resources = [
            resource(1, ResourceKind::Venue, 10, None),
            resource(2, ResourceKind::Volunteers, 11, None),
            resource(3, ResourceKind::Volunteers, 10, None),
            resource(4, ResourceKind::Volunteers, 10, Some(day(2026, 12, 1))),
        ];
        assert_eq!(suggest(&wanted, &resources, today, 10), vec![(3, 9), (2, 7), (1, 5)]);
        assert_eq!(suggest(&wanted, &resources, today, 1), vec![(3, 9)]);
    }

    #[test]
    fn request_categories_reaching_the_threshold_become_needs() {
        assert_eq!(recurring(&[(1, 2), (2, 5), (3, 3)], 3), vec![(2, 5), (3, 3)]);
    }

    #[test]
    fn availability_does_not_end_before_it_starts() {
        let (from, until) = (day(2027, 1, 1), day(2026, 12, 31));
        assert_eq!(check_resource(Some(from), Some(until)), Err(ListRefusal::AvailabilityReversed { from, until }));
        assert_eq!(check_resource(Some(until), Some(from)), Ok(()));
    }
}
