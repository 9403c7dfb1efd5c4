//! The community affairs access list (社区事务准入, policy §2 and §15, DOMAIN.md §10): a
//! department may hand a community only work the list admits — statutory duties (依法履职)
//! and assisting duties (协助) — never an item of the negative list (负面); authority and
//! funding follow the work (权随责走、费随事转). The community Party-building work-item list
//! (社区党建工作事项清单) is kept the same way.

code_list! {
    /// Which list an item belongs to.
    pub enum ItemList {
        /// 社区工作事务准入清单
        Affairs = "affairs" / "社区事务准入清单",
        /// 社区党建工作事项清单
        PartyWork = "party_work" / "社区党建工作事项清单",
    }
}

code_list! {
    /// The kind of duty an item is.
    pub enum ListType {
        /// 依法履职事项: the community's own statutory duties.
        Statutory = "statutory" / "依法履职",
        /// 协助政府工作事项: work the community assists a department with.
        Assisting = "assisting" / "协助",
        /// 负面清单: never handed to a community.
        Negative = "negative" / "负面",
    }
}

code_list! {
    /// Whether an item is in force.
    pub enum ItemState {
        Admitted = "admitted" / "已准入",
        Withdrawn = "withdrawn" / "已退出",
    }
}

/// An item as an assignment cites it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CitedItem<'a> {
    pub state: ItemState,
    pub list_type: ListType,
    /// The department the list names as the one assigning it.
    pub department: &'a str,
    /// Whether the list that holds it is kept above the community (the city's or county's list).
    pub covers_community: bool,
}

/// Why work may not be handed to a community.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignmentRefusal {
    #[error("work handed to a community cites an item of the access list (社区事务准入清单)")]
    ItemMissing,
    #[error("the item cited is not admitted for this community: withdrawn, or kept by a list that does not cover it")]
    ItemNotAdmitted,
    #[error("the item is on the negative list (负面清单): it is never handed to a community")]
    ItemNegative,
    #[error("the list names {listed} as the department assigning this item, not {assigning}")]
    DepartmentMismatch { listed: String, assigning: String },
}

impl AssignmentRefusal {
    /// Stable problem code naming the rule.
    pub fn code(&self) -> &'static str {
        match self {
            AssignmentRefusal::ItemMissing => "affairs-item-missing",
            AssignmentRefusal::ItemNotAdmitted => "affairs-item-not-admitted",
            AssignmentRefusal::ItemNegative => "affairs-item-negative",
            AssignmentRefusal::DepartmentMismatch { .. } => "affairs-department-mismatch",
        }
    }

    /// The request field the refusal is about.
    pub fn field(&self) -> &'static str {
        match self {
            AssignmentRefusal::DepartmentMismatch { .. } => "department",
            _ => "item_id",
        }
    }
}

/// What work handed to a community cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Citation<'a> {
    /// No item at all.
    Nothing,
    /// An id that names no item of any list.
    Unknown,
    /// An item of a list.
    Item(CitedItem<'a>),
}

/// Checks work handed to a community: it cites an admitted item of a list covering the
/// community, not on the negative list, assigned by the department the list names.
pub fn check_assignment(cited: Citation<'_>, department: &str) -> Result<(), AssignmentRefusal> {
    let item = match cited {
        Citation::Nothing => return Err(AssignmentRefusal::ItemMissing),
        // Nothing admitted carries that id.
        Citation::Unknown => return Err(AssignmentRefusal::ItemNotAdmitted),
        Citation::Item(item) => item,
    };
    if item.state != ItemState::Admitted || !item.covers_community {
        return Err(AssignmentRefusal::ItemNotAdmitted);
    }
    if item.list_type == ListType::Negative {
        return Err(AssignmentRefusal::ItemNegative);
    }
    if item.department.trim() != department.trim() {
        return Err(AssignmentRefusal::DepartmentMismatch {
            listed: item.department.to_owned(),
            assigning: department.to_owned(),
        });
    }
    Ok(())
}

/// The funding that follows an assignment (费随事转): the item's amount when funding follows.
pub fn funding_followed(funding_follows: bool, amount_yuan: Option<i32>) -> Option<i32> {
    funding_follows.then_some(amount_yuan.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(state: ItemState, list_type: ListType) -> CitedItem<'static> {
        CitedItem { state, list_type, department: "区民政局", covers_community: true }
    }

    #[test]
    fn unlisted_work_is_refused() {
        assert_eq!(check_assignment(Citation::Nothing, "区民政局").map_err(|r| r.code()), Err("affairs-item-missing"));
        assert_eq!(
            check_assignment(Citation::Unknown, "区民政局").map_err(|r| r.code()),
            Err("affairs-item-not-admitted")
        );
    }

    #[test]
    fn an_admitted_statutory_or_assisting_item_is_accepted() {
        assert_eq!(
            check_assignment(Citation::Item(item(ItemState::Admitted, ListType::Statutory)), "区民政局"),
            Ok(())
        );
        assert_eq!(
            check_assignment(Citation::Item(item(ItemState::Admitted, ListType::Assisting)), " 区民政局 "),
            Ok(())
        );
    }

    #[test]
    fn negative_withdrawn_and_uncovered_items_are_refused() {
        let refused = |i: CitedItem<'_>| check_assignment(Citation::Item(i), "区民政局").map_err(|r| r.code());
        assert_eq!(refused(item(ItemState::Admitted, ListType::Negative)), Err("affairs-item-negative"));
        assert_eq!(refused(item(ItemState::Withdrawn, ListType::Statutory)), Err("affairs-item-not-admitted"));
        let elsewhere = CitedItem { covers_community: false, ..item(ItemState::Admitted, ListType::Statutory) };
        assert_eq!(refused(elsewhere), Err("affairs-item-not-admitted"));
    }

    #[test]
    fn only_the_department_the_list_names_assigns_the_item() {
        let refused = check_assignment(Citation::Item(item(ItemState::Admitted, ListType::Assisting)), "区卫健局");
        assert_eq!(refused.as_ref().map_err(|r| r.field()), Err("department"));
        assert_eq!(refused.map_err(|r| r.code()), Err("affairs-department-mismatch"));
    }

    #[test]
    fn funding_follows_the_work_when_the_list_says_so() {
        assert_eq!(funding_followed(true, Some(20_000)), Some(20_000));
        assert_eq!(funding_followed(false, Some(20_000)), None);
    }
}
