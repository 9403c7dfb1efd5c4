//! Who handles a resident request (DOMAIN.md §8): the platform of the level that holds it, the
//! assignee it was dispatched to, and who sees it.

use super::Role;
use super::policy::{Action, Scope, allows};
use crate::requests::{Desk, Level};

/// Where a request is held and who it is dispatched to, as paths in the two trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Places<'a> {
    pub level: Level,
    /// The path of the location's community and street areas.
    pub community_path: &'a str,
    pub street_path: &'a str,
    /// The Party organization of the department it was escalated to, if any.
    pub department_org_path: Option<&'a str>,
    /// The assignee is the caller's own account or member record.
    pub assigned_to_caller: bool,
    /// The organization acting for a unit or department assignee.
    pub assignee_org_path: Option<&'a str>,
}

/// The desks a caller holds for a request, holder first.
pub fn desks(roles: &[Role], scope: &Scope, places: &Places<'_>) -> Vec<Desk> {
    let handles = allows(roles, Action::HandleRequests);
    let holds_place = match places.level {
        Level::Community => scope.holds_area(places.community_path),
        Level::Street => scope.holds_area(places.street_path),
        Level::Department => places.department_org_path.is_some_and(|path| scope.holds_org(path)),
    };
    let acts_for_assignee = handles && places.assignee_org_path.is_some_and(|path| scope.holds_org(path));
    let mut desks = Vec::new();
    if handles && holds_place {
        desks.push(Desk::Holder);
    }
    if places.assigned_to_caller || acts_for_assignee {
        desks.push(Desk::Assignee);
    }
    desks
}

/// Whether a caller reads a request: inside the areas of its scope (the community and its grids'
/// staff, the street over its communities), as the department or assignee it concerns, or as the
/// assignee itself (a reported-in member sees its own tasks without reading anything else).
pub fn sees(roles: &[Role], scope: &Scope, area_path: &str, places: &Places<'_>) -> bool {
    let reads = allows(roles, Action::ReadRequests);
    let concerns_scope =
        places.department_org_path.into_iter().chain(places.assignee_org_path).any(|p| scope.holds_org(p));
    places.assigned_to_caller || (reads && (scope.holds_area(area_path) || concerns_scope))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(org: &str, area: &str) -> Scope {
        Scope::Subtree { org_path: org.into(), area_path: Some(area.into()) }
    }

    fn at(level: Level) -> Places<'static> {
        Places {
            level,
            community_path: "/1/2/3/",
            street_path: "/1/2/",
            department_org_path: Some("/9/40/"),
            assigned_to_caller: false,
            assignee_org_path: None,
        }
    }

    #[test]
    fn the_platform_of_the_holding_level_is_the_holder() {
        let community = scope("/9/1/", "/1/2/3/");
        assert_eq!(desks(&[Role::OrgAdmin], &community, &at(Level::Community)), [Desk::Holder]);
        assert!(desks(&[Role::OrgAdmin], &community, &at(Level::Street)).is_empty(), "the street's, once escalated");
        let department = Scope::Subtree { org_path: "/9/40/".into(), area_path: None };
        assert_eq!(desks(&[Role::OrgAdmin], &department, &at(Level::Department)), [Desk::Holder]);
        assert!(desks(&[Role::OrgViewer], &community, &at(Level::Community)).is_empty(), "viewers only read");
    }

    #[test]
    fn a_grid_leader_works_the_requests_dispatched_to_it() {
        let grid = scope("/9/1/", "/1/2/3/");
        assert!(desks(&[Role::GridLeader], &grid, &at(Level::Community)).is_empty());
        let mine = Places { assigned_to_caller: true, ..at(Level::Community) };
        assert_eq!(desks(&[Role::GridLeader], &grid, &mine), [Desk::Assignee]);
    }

    #[test]
    fn a_member_sees_only_its_own_tasks_and_a_department_what_concerns_it() {
        let elsewhere = scope("/9/7/", "/1/5/");
        assert!(!sees(&[Role::Member], &elsewhere, "/1/2/3/4/", &at(Level::Community)));
        let mine = Places { assigned_to_caller: true, ..at(Level::Community) };
        assert!(sees(&[Role::Member], &elsewhere, "/1/2/3/4/", &mine));
        let department = Scope::Subtree { org_path: "/9/40/".into(), area_path: None };
        assert!(sees(&[Role::OrgViewer], &department, "/1/2/3/4/", &at(Level::Department)));
        assert!(sees(&[Role::OrgViewer], &scope("/9/1/", "/1/2/"), "/1/2/3/4/", &at(Level::Community)));
    }
}
