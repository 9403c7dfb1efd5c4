//! Governance areas (§11–§12): city → district/county → street/town → community → grid →
//! central household.

code_list! {
    /// Level of a governance area.
    pub enum AreaKind {
        /// 市
        City = "city" / "市",
        /// 县区
        District = "district" / "县区",
        /// 街道/镇
        Street = "street" / "街道/镇",
        /// 社区
        Community = "community" / "社区",
        /// 网格
        Grid = "grid" / "网格",
        /// 中心户 (about 10–30 households under a 中心户长)
        CentralHousehold = "central_household" / "中心户",
    }
}

code_list! {
    /// Kind of community (only for areas of kind `community`).
    pub enum CommunityType {
        /// 城市社区
        Urban = "urban" / "城市社区",
        /// 移民搬迁社区 (§12)
        Relocation = "relocation" / "移民搬迁社区",
        /// 村改居社区
        VillageToCommunity = "village_to_community" / "村改居社区",
    }
}

impl AreaKind {
    /// The level directly below, if any.
    pub fn child_kind(self) -> Option<AreaKind> {
        let position = AreaKind::ALL.iter().position(|kind| *kind == self)?;
        AreaKind::ALL.get(position + 1).copied()
    }
}

/// Why an area cannot be placed where asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AreaError {
    #[error("a root area must be a city (市)")]
    RootMustBeCity,
    #[error("below a {parent} comes a {expected}, not a {child}")]
    WrongLevel { child: AreaKind, parent: AreaKind, expected: String },
    #[error("only a community (社区) has a community type")]
    CommunityTypeOnlyForCommunities,
}

/// Each area sits exactly one level below its parent; only communities carry a type.
pub fn check_area(
    kind: AreaKind,
    parent: Option<AreaKind>,
    community_type: Option<CommunityType>,
) -> Result<(), AreaError> {
    if community_type.is_some() && kind != AreaKind::Community {
        return Err(AreaError::CommunityTypeOnlyForCommunities);
    }
    match parent {
        None if kind == AreaKind::City => Ok(()),
        None => Err(AreaError::RootMustBeCity),
        Some(parent) if parent.child_kind() == Some(kind) => Ok(()),
        Some(parent) => Err(AreaError::WrongLevel {
            child: kind,
            parent,
            expected: parent.child_kind().map_or_else(|| "nothing".to_owned(), |k| k.to_string()),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AreaKind::*;

    #[test]
    fn areas_nest_one_level_at_a_time() {
        assert_eq!(check_area(City, None, None), Ok(()));
        assert_eq!(check_area(District, Some(City), None), Ok(()));
        assert_eq!(check_area(Grid, Some(Community), None), Ok(()));
        assert_eq!(check_area(CentralHousehold, Some(Grid), None), Ok(()));
        assert!(check_area(Community, Some(City), None).is_err());
        assert!(check_area(Grid, Some(CentralHousehold), None).is_err());
        assert_eq!(check_area(Street, None, None), Err(AreaError::RootMustBeCity));
    }

    #[test]
    fn only_communities_have_a_community_type() {
        let relocation = Some(CommunityType::Relocation);
        assert_eq!(check_area(Community, Some(Street), relocation), Ok(()));
        assert_eq!(check_area(Grid, Some(Community), relocation), Err(AreaError::CommunityTypeOnlyForCommunities));
    }
}
