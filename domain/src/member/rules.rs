//! The invariants of the two management links (§3) and who holds which link.

use super::{Category, Side};
use crate::access::policy::Scope;
use crate::tree::is_within;

/// Where a member's two links point, as tree paths.
#[derive(Debug, Clone, Copy)]
pub struct Links<'a> {
    pub category: Category,
    pub membership_org_path: &'a str,
    pub residence_org_path: &'a str,
    /// Path of the area the residence organization leads, if any.
    pub residence_org_area_path: Option<&'a str>,
    /// Path of the area the member lives in (community, grid or central household).
    pub residence_area_path: &'a str,
    /// Whether the residence community is a relocation community (移民搬迁社区).
    pub in_relocation_community: bool,
    pub has_work_unit: bool,
}

/// A broken invariant of §3; `code` is the problem type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("a {0} member is managed in two places: the membership and residence organizations must differ")]
    SameManagementLinks(Category),
    #[error("a registered member's membership organization must be the residence organization or lie below it")]
    RegisteredOutsideResidence,
    #[error("the residence organization must lead the community (or grid) the member lives in")]
    ResidenceOrganizationMismatch,
    #[error("an in-service member needs the work unit whose organization holds the membership")]
    WorkUnitRequired,
    #[error("a relocated member lives in a relocation community (移民搬迁社区)")]
    RelocationCommunityRequired,
}

impl LinkError {
    /// Stable problem code naming the rule.
    pub fn code(self) -> &'static str {
        match self {
            LinkError::SameManagementLinks(_) => "same-management-links",
            LinkError::RegisteredOutsideResidence => "registered-outside-residence",
            LinkError::ResidenceOrganizationMismatch => "residence-organization-mismatch",
            LinkError::WorkUnitRequired => "work-unit-required",
            LinkError::RelocationCommunityRequired => "relocation-community-required",
        }
    }

    /// The request field the rule is about.
    pub fn field(self) -> &'static str {
        match self {
            LinkError::SameManagementLinks(_) | LinkError::RegisteredOutsideResidence => "membership_org_id",
            LinkError::ResidenceOrganizationMismatch => "residence_org_id",
            LinkError::WorkUnitRequired => "work_unit_id",
            LinkError::RelocationCommunityRequired => "residence_area_id",
        }
    }
}

/// Checks the invariants of a member's links.
pub fn check_links(links: &Links<'_>) -> Result<(), LinkError> {
    let leads_residence = links.residence_org_area_path.is_some_and(|area| is_within(links.residence_area_path, area));
    if !leads_residence {
        return Err(LinkError::ResidenceOrganizationMismatch);
    }
    match links.category {
        Category::Registered => {
            if !is_within(links.membership_org_path, links.residence_org_path) {
                return Err(LinkError::RegisteredOutsideResidence);
            }
        }
        dual => {
            if links.membership_org_path == links.residence_org_path {
                return Err(LinkError::SameManagementLinks(dual));
            }
        }
    }
    if links.category == Category::InService && !links.has_work_unit {
        return Err(LinkError::WorkUnitRequired);
    }
    if links.category == Category::Relocated && !links.in_relocation_community {
        return Err(LinkError::RelocationCommunityRequired);
    }
    Ok(())
}

/// The link a scope holds: the membership side wins when a scope holds both.
pub fn side(scope: &Scope, membership_org_path: &str, residence_org_path: &str) -> Option<Side> {
    if scope.holds_org(membership_org_path) {
        Some(Side::Membership)
    } else if scope.holds_org(residence_org_path) {
        Some(Side::Residence)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(category: Category, membership: &'static str) -> Links<'static> {
        Links {
            category,
            membership_org_path: membership,
            residence_org_path: "/1/2/3/",
            residence_org_area_path: Some("/10/20/30/"),
            residence_area_path: "/10/20/30/31/",
            in_relocation_community: false,
            has_work_unit: false,
        }
    }

    #[test]
    fn a_registered_member_belongs_to_the_residence_subtree() {
        assert_eq!(check_links(&links(Category::Registered, "/1/2/3/")), Ok(()));
        assert_eq!(check_links(&links(Category::Registered, "/1/2/3/4/")), Ok(()));
        assert_eq!(check_links(&links(Category::Registered, "/1/2/9/")), Err(LinkError::RegisteredOutsideResidence));
    }

    #[test]
    fn dual_categories_need_two_different_organizations() {
        assert_eq!(
            check_links(&links(Category::Mobile, "/1/2/3/")),
            Err(LinkError::SameManagementLinks(Category::Mobile))
        );
        assert_eq!(check_links(&links(Category::Mobile, "/1/7/8/")), Ok(()));
    }

    #[test]
    fn the_residence_organization_leads_where_the_member_lives() {
        let mut elsewhere = links(Category::Registered, "/1/2/3/");
        elsewhere.residence_area_path = "/10/20/40/";
        assert_eq!(check_links(&elsewhere), Err(LinkError::ResidenceOrganizationMismatch));
    }

    #[test]
    fn in_service_members_name_a_work_unit_and_relocated_members_live_in_a_relocation_community() {
        assert_eq!(check_links(&links(Category::InService, "/1/7/")), Err(LinkError::WorkUnitRequired));
        let mut in_service = links(Category::InService, "/1/7/");
        in_service.has_work_unit = true;
        assert_eq!(check_links(&in_service), Ok(()));
        assert_eq!(check_links(&links(Category::Relocated, "/5/6/")), Err(LinkError::RelocationCommunityRequired));
        let mut relocated = links(Category::Relocated, "/5/6/");
        relocated.in_relocation_community = true;
        assert_eq!(check_links(&relocated), Ok(()));
    }

    #[test]
    fn each_side_sees_the_member_and_the_membership_side_wins() {
        let street = Scope::Subtree { org_path: "/1/2/".into(), area_path: None };
        assert_eq!(side(&street, "/1/2/3/", "/1/9/"), Some(Side::Membership));
        assert_eq!(side(&street, "/1/9/", "/1/2/3/"), Some(Side::Residence));
        assert_eq!(side(&street, "/1/9/", "/1/8/"), None);
    }
}
