//! The community's assessment opinion (鉴定权, policy §2 and §6): the community Party
//! organization gives its opinion on the units located in it (their annual assessment and
//! awards) and on the residents (their unit's assessment, awards, promotion, joining the
//! Party); a department evaluating a cadre asks the cadre's communities, which answer within a
//! number of working days. The asker reads the opinion, nothing else of the community.

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::tree;

code_list! {
    /// Whom an opinion is about.
    pub enum OpinionSubject {
        /// A unit located in the community (驻区单位).
        Unit = "unit" / "驻区单位",
        /// A Party member or applicant living in the community (居民).
        Resident = "resident" / "居民",
        /// A cadre an outside department evaluates, named by the asker (干部).
        Cadre = "cadre" / "干部",
    }
}

code_list! {
    /// What the opinion is asked for.
    pub enum OpinionPurpose {
        AnnualAssessment = "annual_assessment" / "年度考核",
        Award = "award" / "评先评优",
        Promotion = "promotion" / "提拔使用",
        /// 入党: the residence community's opinion on an applicant (发展党员).
        PartyAdmission = "party_admission" / "发展入党",
        /// 干部考察: asked by the organization department or a cadre's department.
        CadreEvaluation = "cadre_evaluation" / "干部考察",
    }
}

code_list! {
    /// The community's verdict.
    pub enum Verdict {
        Agree = "agree" / "同意",
        Reserved = "reserved" / "有保留意见",
        Disagree = "disagree" / "不同意",
    }
}

code_list! {
    /// Where an opinion stands.
    pub enum OpinionState {
        /// Asked from outside, not answered yet.
        Requested = "requested" / "待答复",
        /// Given (on the community's own motion or as an answer).
        Given = "given" / "已出具",
    }
}

/// Local rules of opinions, with their defaults (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpinionPolicy {
    /// A community answers an outside request within this many working days.
    pub answer_working_days: u32,
}

impl Default for OpinionPolicy {
    fn default() -> Self {
        OpinionPolicy { answer_working_days: 10 }
    }
}

/// Why an opinion is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpinionRefusal {
    #[error("the community gives opinions on the units located in it and the residents living in it")]
    SubjectOutside,
    #[error("opinions are given by communities (社区党组织), not by a higher level")]
    NotACommunity,
    #[error("a {purpose:?} opinion is not given on a {subject:?}")]
    PurposeNotForSubject { subject: OpinionSubject, purpose: OpinionPurpose },
    #[error("the opinion has been given already, on {given_on}")]
    Answered { given_on: NaiveDate },
    #[error("the opinion answers a request of {asked_on} and is given on or after it")]
    GivenBeforeAsked { asked_on: NaiveDate },
}

impl OpinionRefusal {
    /// Stable problem code naming the rule.
    pub fn code(&self) -> &'static str {
        match self {
            OpinionRefusal::SubjectOutside => "opinion-subject-outside",
            OpinionRefusal::NotACommunity => "opinion-not-community",
            OpinionRefusal::Answered { .. } => "opinion-answered",
            OpinionRefusal::PurposeNotForSubject { .. } | OpinionRefusal::GivenBeforeAsked { .. } => {
                "validation-failed"
            }
        }
    }

    /// The request field the refusal is about.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            OpinionRefusal::SubjectOutside => Some("subject_id"),
            OpinionRefusal::NotACommunity => Some("area_id"),
            OpinionRefusal::PurposeNotForSubject { .. } => Some("purpose"),
            OpinionRefusal::GivenBeforeAsked { .. } => Some("given_on"),
            OpinionRefusal::Answered { .. } => None,
        }
    }
}

/// Whether `purpose` is something the community is asked about `subject`: units for their
/// assessment and awards, residents also for promotion and joining the Party, cadres for
/// their evaluation, assessment, awards and promotion.
pub fn check_purpose(subject: OpinionSubject, purpose: OpinionPurpose) -> Result<(), OpinionRefusal> {
    use OpinionPurpose::*;
    let fits = match subject {
        OpinionSubject::Unit => matches!(purpose, AnnualAssessment | Award),
        OpinionSubject::Resident => matches!(purpose, AnnualAssessment | Award | Promotion | PartyAdmission),
        OpinionSubject::Cadre => matches!(purpose, CadreEvaluation | AnnualAssessment | Award | Promotion),
    };
    if fits { Ok(()) } else { Err(OpinionRefusal::PurposeNotForSubject { subject, purpose }) }
}

/// Checks an opinion given by a community: it comes from a community, about a unit or
/// resident of it.
pub fn check_given(is_community: bool, subject_in_community: bool) -> Result<(), OpinionRefusal> {
    if !is_community {
        return Err(OpinionRefusal::NotACommunity);
    }
    if !subject_in_community {
        return Err(OpinionRefusal::SubjectOutside);
    }
    Ok(())
}

/// Checks the answer to a request: once, and not dated before the request.
pub fn check_answer(
    state: OpinionState,
    given_on: Option<NaiveDate>,
    asked_on: NaiveDate,
    on: NaiveDate,
) -> Result<(), OpinionRefusal> {
    if let (OpinionState::Given, Some(given_on)) = (state, given_on) {
        return Err(OpinionRefusal::Answered { given_on });
    }
    if on < asked_on {
        return Err(OpinionRefusal::GivenBeforeAsked { asked_on });
    }
    Ok(())
}

/// The last day to answer a request made on `asked_on`.
pub fn due_on(asked_on: NaiveDate, policy: &OpinionPolicy, calendar: &Calendar) -> NaiveDate {
    calendar.add_working_days(asked_on, policy.answer_working_days)
}

/// Whether a request is still unanswered after its last day.
pub fn overdue(state: OpinionState, due_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    state == OpinionState::Requested && due_on.is_some_and(|due| today > due)
}

/// Whether admitting an applicant needs the residence community's opinion (§6
/// 听取居住地社区党组织意见): the applicant's membership organization is located outside the
/// community the applicant lives in. Paths are area paths.
pub fn residence_opinion_needed(membership_area_path: &str, residence_community_path: Option<&str>) -> bool {
    residence_community_path.is_some_and(|community| !tree::is_within(membership_area_path, community))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn communities_give_opinions_on_their_own_units_and_residents() {
        assert_eq!(check_given(false, true), Err(OpinionRefusal::NotACommunity));
        assert_eq!(check_given(true, false).map_err(|r| r.code()), Err("opinion-subject-outside"));
        assert_eq!(check_given(true, true), Ok(()));
    }

    #[test]
    fn a_unit_is_not_admitted_to_the_party_but_a_resident_is() {
        use OpinionPurpose::*;
        assert!(check_purpose(OpinionSubject::Unit, PartyAdmission).is_err());
        assert!(check_purpose(OpinionSubject::Unit, Promotion).is_err());
        assert_eq!(check_purpose(OpinionSubject::Resident, PartyAdmission), Ok(()));
        assert_eq!(check_purpose(OpinionSubject::Cadre, CadreEvaluation), Ok(()));
        assert_eq!(check_purpose(OpinionSubject::Unit, Award), Ok(()));
        assert_eq!(check_purpose(OpinionSubject::Cadre, PartyAdmission).map_err(|r| r.field()), Err(Some("purpose")));
    }

    #[test]
    fn a_request_is_answered_once_and_not_before_it_was_made() {
        let asked = date(2026, 11, 2);
        assert_eq!(check_answer(OpinionState::Requested, None, asked, date(2026, 11, 3)), Ok(()));
        assert_eq!(
            check_answer(OpinionState::Requested, None, asked, date(2026, 11, 1)),
            Err(OpinionRefusal::GivenBeforeAsked { asked_on: asked })
        );
        assert_eq!(
            check_answer(OpinionState::Given, Some(date(2026, 11, 3)), asked, date(2026, 11, 4)).map_err(|r| r.code()),
            Err("opinion-answered")
        );
    }

    #[test]
    fn the_answer_is_due_ten_working_days_after_the_request() {
        // National Day 2026: 1–7 October off, Saturday 10 October worked.
        let calendar = Calendar::new(
            (1..=7)
                .map(|d| (date(2026, 10, d), crate::calendar::DayKind::Holiday))
                .chain([(date(2026, 10, 10), crate::calendar::DayKind::WorkingDay)]),
        );
        let due = due_on(date(2026, 9, 30), &OpinionPolicy::default(), &calendar);
        assert_eq!(due, date(2026, 10, 20), "8, 9, 10 (a Saturday worked), 12–16, 19 and 20 October");
        assert!(!overdue(OpinionState::Requested, Some(due), due));
        assert!(overdue(OpinionState::Requested, Some(due), date(2026, 10, 21)));
        assert!(!overdue(OpinionState::Given, Some(due), date(2026, 10, 21)));
    }

    #[test]
    fn an_applicant_of_another_place_needs_the_residence_communitys_opinion() {
        let community = "/1/4/8/";
        assert!(!residence_opinion_needed("/1/4/8/", Some(community)), "the community's own branch");
        assert!(!residence_opinion_needed("/1/4/8/30/", Some(community)), "a branch in one of its grids");
        assert!(residence_opinion_needed("/1/4/9/", Some(community)), "a unit's branch elsewhere");
        assert!(!residence_opinion_needed("/1/4/9/", None), "no residence community on record");
    }
}
