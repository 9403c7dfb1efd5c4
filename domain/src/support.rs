//! What a city owes its communities (policy §3, §9, §15–§17, DOMAIN.md §11): office and
//! service space up to the standard with the function rooms the policy lists, community cadres
//! with one to three young graduates each (人才库), funding lines, and at least one
//! demonstration site (示范点) per county. The shortfalls are what the dashboards show.

code_list! {
    /// A function room of the community's office and service space (§15).
    pub enum RoomKind {
        CommitteeOffice = "committee_office" / "“三委”办公区",
        ServiceWindow = "service_window" / "便民服务窗口",
        TransferPlatform = "transfer_platform" / "社区服务中转平台",
        ActivityRoom = "activity_room" / "党群活动室",
        MeetingRoom = "meeting_room" / "会议室",
        PoliceRoom = "police_room" / "警务室",
        Clinic = "clinic" / "医务室",
        Other = "other" / "其他功能性用房",
    }
}

code_list! {
    /// A funding line of a community's year (§15).
    pub enum FundingKind {
        CadreAllowance = "cadre_allowance" / "社区干部补贴",
        WorkFunds = "work_funds" / "社区工作经费",
        ServiceFunds = "service_funds" / "服务群众经费",
        PartyBuildingFunds = "party_building_funds" / "党建工作经费",
        TrainingFunds = "training_funds" / "党员教育培训经费",
    }
}

code_list! {
    /// The kind of community a demonstration site shows (§17).
    pub enum SiteType {
        Urban = "urban" / "城市社区",
        VillageToCommunity = "village_to_community" / "村改居社区",
        Relocation = "relocation" / "移民搬迁社区",
    }
}

code_list! {
    /// The result of a secretary's annual review (书记抓基层党建述职评议).
    pub enum ReviewResult {
        Good = "good" / "好",
        FairlyGood = "fairly_good" / "较好",
        Average = "average" / "一般",
        Poor = "poor" / "差",
    }
}

/// A review is concluded on the scores of at least this many members of the committee.
pub const REVIEW_MIN_SCORES: usize = 3;

/// Local standards, with their defaults (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SupportPolicy {
    /// A community's office and service space is at least this many square metres.
    pub office_space_m2: u32,
    /// Young graduates per community: at least.
    pub graduates_min: u32,
    /// Young graduates per community: at most.
    pub graduates_max: u32,
}

impl Default for SupportPolicy {
    fn default() -> Self {
        SupportPolicy { office_space_m2: 300, graduates_min: 1, graduates_max: 3 }
    }
}

/// Why a support record is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SupportRefusal {
    #[error("this ledger is kept per community")]
    NotACommunity,
    #[error("a community takes at most {max} young graduates (1–3 per community); it has {has}")]
    GraduatesFull { max: u32, has: u32 },
    #[error("a room is listed once")]
    RoomTwice,
    #[error("a review is concluded on at least {min} scores; it has {has}")]
    TooFewScores { min: usize, has: usize },
    #[error("the review is concluded: it takes no more scores")]
    ReviewConcluded,
}

impl SupportRefusal {
    /// Stable problem code naming the rule.
    pub fn code(&self) -> &'static str {
        match self {
            SupportRefusal::GraduatesFull { .. } => "graduates-full",
            SupportRefusal::TooFewScores { .. } => "review-scores-missing",
            SupportRefusal::ReviewConcluded => "review-concluded",
            SupportRefusal::NotACommunity | SupportRefusal::RoomTwice => "validation-failed",
        }
    }

    /// The request field the refusal is about.
    pub fn field(&self) -> &'static str {
        match self {
            SupportRefusal::NotACommunity => "area_id",
            SupportRefusal::GraduatesFull { .. } => "graduate",
            SupportRefusal::RoomTwice => "rooms",
            SupportRefusal::TooFewScores { .. } | SupportRefusal::ReviewConcluded => "scores",
        }
    }
}

/// Whether a community's space is below the standard.
pub fn below_standard(area_m2: u32, policy: &SupportPolicy) -> bool {
    area_m2 < policy.office_space_m2
}

/// The function rooms the policy lists that a community's space lacks.
pub fn missing_rooms(rooms: &[RoomKind]) -> Vec<RoomKind> {
    RoomKind::ALL.iter().copied().filter(|r| *r != RoomKind::Other && !rooms.contains(r)).collect()
}

/// Checks a space's rooms: each listed once.
pub fn check_rooms(rooms: &[RoomKind]) -> Result<(), SupportRefusal> {
    let mut seen = Vec::new();
    for room in rooms {
        if seen.contains(room) {
            return Err(SupportRefusal::RoomTwice);
        }
        seen.push(*room);
    }
    Ok(())
}

/// Checks taking on one more young graduate in a community that has `has`.
pub fn check_graduate(has: u32, policy: &SupportPolicy) -> Result<(), SupportRefusal> {
    if has >= policy.graduates_max {
        return Err(SupportRefusal::GraduatesFull { max: policy.graduates_max, has });
    }
    Ok(())
}

/// Whether a community has fewer young graduates than the policy asks for.
pub fn graduates_short(has: u32, policy: &SupportPolicy) -> bool {
    has < policy.graduates_min
}

/// The result of a review from its committee's scores (0–100): 90 and above 好, 80 较好, 60
/// 一般, below 差; refused on fewer than [`REVIEW_MIN_SCORES`] scores.
pub fn review_result(scores: &[u32]) -> Result<(f64, ReviewResult), SupportRefusal> {
    if scores.len() < REVIEW_MIN_SCORES {
        return Err(SupportRefusal::TooFewScores { min: REVIEW_MIN_SCORES, has: scores.len() });
    }
    let total: u32 = scores.iter().sum();
    let average = f64::from(total) / f64::from(u32::try_from(scores.len()).unwrap_or(u32::MAX));
    let result = match average {
        a if a >= 90.0 => ReviewResult::Good,
        a if a >= 80.0 => ReviewResult::FairlyGood,
        a if a >= 60.0 => ReviewResult::Average,
        _ => ReviewResult::Poor,
    };
    Ok(((average * 10.0).round() / 10.0, result))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_community_below_the_office_space_standard_is_a_shortfall() {
        let policy = SupportPolicy::default();
        assert!(below_standard(280, &policy));
        assert!(!below_standard(300, &policy));
    }

    #[test]
    fn the_rooms_the_policy_lists_are_checked_off() {
        let missing = missing_rooms(&[RoomKind::CommitteeOffice, RoomKind::ServiceWindow, RoomKind::Other]);
        assert_eq!(
            missing,
            vec![
                RoomKind::TransferPlatform,
                RoomKind::ActivityRoom,
                RoomKind::MeetingRoom,
                RoomKind::PoliceRoom,
                RoomKind::Clinic
            ]
        );
        assert_eq!(check_rooms(&[RoomKind::Clinic, RoomKind::Clinic]), Err(SupportRefusal::RoomTwice));
    }

    #[test]
    fn one_to_three_young_graduates_per_community() {
        let policy = SupportPolicy::default();
        assert!(graduates_short(0, &policy));
        assert!(!graduates_short(1, &policy));
        assert_eq!(check_graduate(2, &policy), Ok(()));
        assert_eq!(check_graduate(3, &policy).map_err(|r| r.code()), Err("graduates-full"));
    }

    #[test]
    fn a_secretarys_review_takes_three_scores_and_grades_their_average() {
        assert_eq!(review_result(&[95, 92]).map_err(|r| r.code()), Err("review-scores-missing"));
        assert_eq!(review_result(&[95, 92, 88]), Ok((91.7, ReviewResult::Good)));
        assert_eq!(review_result(&[85, 80, 78]).map(|r| r.1), Ok(ReviewResult::FairlyGood));
        assert_eq!(review_result(&[70, 60, 50]).map(|r| r.1), Ok(ReviewResult::Average));
        assert_eq!(review_result(&[50, 55, 58]).map(|r| r.1), Ok(ReviewResult::Poor));
    }
}
