//! The member development pipeline (发展党员工作细则, DOMAIN.md §5): the facts recorded
//! on the way, and which stage change they allow. Every refusal names its rule and says
//! what is missing and, where it is a matter of time, when it will be met.

pub mod publicity;
pub mod vote;

use chrono::{Datelike, Months, NaiveDate};

use crate::member::Stage;
use vote::{Vote, VoteError};

code_list! {
    /// What a publicity or a branch meeting is for.
    pub enum Purpose {
        /// 接收预备党员 (candidate → probationary)
        Admission = "admission" / "接收预备党员",
        /// 预备党员转正 (probationary → full)
        Conversion = "conversion" / "预备党员转正",
    }
}

code_list! {
    /// A recorded step of the pipeline.
    pub enum StepKind {
        /// 递交入党申请书
        Application = "application" / "递交入党申请书",
        /// 谈话 (within a month of the application)
        Talk = "talk" / "谈话",
        /// 培养联系人 (two are assigned)
        Contacts = "contacts" / "确定培养联系人",
        /// 政治审查
        PoliticalReview = "political_review" / "政治审查",
        /// 集中培训
        Training = "training" / "集中培训",
        /// 报上级党委备案
        Filing = "filing" / "报上级党委备案",
        /// 支部党员大会
        BranchMeeting = "branch_meeting" / "支部党员大会",
        /// 上级党委审批
        CommitteeApproval = "committee_approval" / "上级党委审批",
        /// 延长预备期
        ProbationExtension = "probation_extension" / "延长预备期",
        /// 阶段变更 (recorded by a stage change, not directly)
        StageChange = "stage_change" / "阶段变更",
    }
}

/// Local rules with their defaults (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DevelopmentPolicy {
    pub minimum_age: u32,
    pub talk_within_days: i64,
    pub activist_months: u32,
    pub training_days: u32,
    pub training_hours: u32,
    pub approval_within_months: u32,
    pub probation_months: u32,
    pub max_extension_months: u32,
    pub publicity_working_days: u32,
}

impl Default for DevelopmentPolicy {
    fn default() -> Self {
        DevelopmentPolicy {
            minimum_age: 18,
            talk_within_days: 30,
            activist_months: 12,
            training_days: 3,
            training_hours: 24,
            approval_within_months: 3,
            probation_months: 12,
            max_extension_months: 12,
            publicity_working_days: 5,
        }
    }
}

/// A branch meeting's decision as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meeting {
    pub held_on: NaiveDate,
    pub vote: Vote,
}

/// What has been recorded for a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub birth_date: Option<NaiveDate>,
    pub applied_on: Option<NaiveDate>,
    pub activist_since: Option<NaiveDate>,
    pub contacts: u32,
    pub political_review_on: Option<NaiveDate>,
    pub training_days: u32,
    pub training_hours: u32,
    pub filed_on: Option<NaiveDate>,
    /// Sites of the publicity for the next step still missing (empty = passed); `None` = no
    /// publicity created.
    pub publicity_missing_sites: Option<Vec<String>>,
    pub admission_meeting: Option<Meeting>,
    pub approved_on: Option<NaiveDate>,
    pub conversion_meeting: Option<Meeting>,
    pub probation_extension_months: Option<u32>,
    /// The residence community whose opinion (§6) admission waits for, when the membership
    /// organization is located elsewhere; `None` = not needed.
    pub residence_opinion: Option<ResidenceOpinion>,
}

/// The residence community's opinion on an applicant of another place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResidenceOpinion {
    /// The community's name.
    pub community: String,
    /// Whether it has given its opinion on joining the Party (on or before the change).
    pub given: bool,
}

/// A rule that refuses a stage change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Stable problem code naming the rule.
    pub code: &'static str,
    /// What is missing, and when it will be met where time is the matter.
    pub detail: String,
    /// The date the rule will be met, if waiting is all it takes.
    pub met_on: Option<NaiveDate>,
}

impl Refusal {
    fn new(code: &'static str, detail: impl Into<String>) -> Refusal {
        Refusal { code, detail: detail.into(), met_on: None }
    }

    fn until(code: &'static str, detail: impl Into<String>, met_on: NaiveDate) -> Refusal {
        Refusal { code, detail: detail.into(), met_on: Some(met_on) }
    }
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

fn check_meeting(meeting: Option<Meeting>, what: &str, refusals: &mut Vec<Refusal>) {
    match meeting {
        None => {
            refusals.push(Refusal::new("meeting-missing", format!("no branch general meeting has decided the {what}")))
        }
        Some(meeting) => {
            if let Err(error) = vote::check(meeting.vote) {
                let code = match error {
                    VoteError::QuorumNotMet { .. } => "quorum-not-met",
                    VoteError::MajorityNotMet { .. } => "majority-not-met",
                    VoteError::Inconsistent => "vote-inconsistent",
                };
                refusals.push(Refusal::new(code, error.to_string()));
            }
        }
    }
}

fn check_publicity(facts: &Facts, refusals: &mut Vec<Refusal>) {
    match &facts.publicity_missing_sites {
        None => refusals.push(Refusal::new("publicity-incomplete", "no publicity (公示) has been held")),
        Some(missing) if !missing.is_empty() => refusals.push(Refusal::new(
            "publicity-incomplete",
            format!("the publicity has not passed at: {}", missing.join(", ")),
        )),
        Some(_) => {}
    }
}

/// Every rule that refuses moving from `from` to `to` on `on` (empty = allowed).
pub fn refusals(from: Stage, to: Stage, facts: &Facts, policy: &DevelopmentPolicy, on: NaiveDate) -> Vec<Refusal> {
    let mut refusals = Vec::new();
    let next = Stage::ALL.iter().position(|s| *s == from).and_then(|i| Stage::ALL.get(i + 1)).copied();
    if next != Some(to) {
        refusals.push(Refusal::new(
            "stage-order",
            format!("after {} comes {}", from.chinese_name(), next.map_or("nothing", Stage::chinese_name)),
        ));
        return refusals;
    }
    match to {
        Stage::Applicant => {}
        Stage::Activist => {
            if let (Some(birth), Some(applied)) = (facts.birth_date, facts.applied_on)
                && age_on(birth, applied) < i32::try_from(policy.minimum_age).unwrap_or(18)
            {
                refusals.push(Refusal::new(
                    "age-below-minimum",
                    format!("the applicant was under {} when applying", policy.minimum_age),
                ));
            }
            if facts.applied_on.is_none() {
                refusals.push(Refusal::new("application-missing", "no application (入党申请书) is recorded"));
            }
            if facts.contacts < 2 {
                refusals.push(Refusal::new(
                    "contacts-missing",
                    format!("two contacts (培养联系人) are assigned; {} recorded", facts.contacts),
                ));
            }
        }
        Stage::Candidate => {
            match facts.activist_since {
                None => refusals
                    .push(Refusal::new("activist-period-not-met", "no date of becoming an activist is recorded")),
                Some(since) => {
                    let met_on = add_months(since, policy.activist_months);
                    if on < met_on {
                        refusals.push(Refusal::until(
                            "activist-period-not-met",
                            format!("at least {} months as an activist: met on {met_on}", policy.activist_months),
                            met_on,
                        ));
                    }
                }
            }
            if facts.political_review_on.is_none() {
                refusals
                    .push(Refusal::new("political-review-missing", "the political review (政治审查) is not recorded"));
            }
            if facts.training_days < policy.training_days && facts.training_hours < policy.training_hours {
                refusals.push(Refusal::new(
                    "training-insufficient",
                    format!(
                        "training of at least {} days or {} class hours; recorded {} days, {} hours",
                        policy.training_days, policy.training_hours, facts.training_days, facts.training_hours
                    ),
                ));
            }
            if facts.filed_on.is_none() {
                refusals.push(Refusal::new(
                    "filing-missing",
                    "the candidate is not yet filed with the committee above (备案)",
                ));
            }
        }
        Stage::Probationary => {
            check_publicity(facts, &mut refusals);
            check_meeting(facts.admission_meeting, "admission", &mut refusals);
            match (facts.admission_meeting, facts.approved_on) {
                (_, None) => {
                    refusals.push(Refusal::new("approval-missing", "the committee above has not approved (审批)"))
                }
                (Some(meeting), Some(approved))
                    if approved > add_months(meeting.held_on, policy.approval_within_months) =>
                {
                    refusals.push(Refusal::new(
                        "approval-overdue",
                        format!(
                            "approval must come within {} months of the branch meeting of {}",
                            policy.approval_within_months, meeting.held_on
                        ),
                    ))
                }
                _ => {}
            }
            if let Some(opinion) = facts.residence_opinion.as_ref().filter(|o| !o.given) {
                refusals.push(Refusal::new(
                    "residence-opinion-missing",
                    format!(
                        "the residence community ({}) has not given its opinion (居住地社区党组织意见)",
                        opinion.community
                    ),
                ));
            }
        }
        Stage::Full => {
            if let Some(extension) = facts.probation_extension_months
                && extension > policy.max_extension_months
            {
                refusals.push(Refusal::new(
                    "extension-not-allowed",
                    format!("probation is extended once, by at most {} months", policy.max_extension_months),
                ));
            }
            match facts.admission_meeting {
                None => refusals.push(Refusal::new(
                    "probation-period-not-met",
                    "the probation start (the admission meeting) is not recorded",
                )),
                Some(meeting) => {
                    let months = policy.probation_months + facts.probation_extension_months.unwrap_or(0);
                    let met_on = add_months(meeting.held_on, months);
                    if on < met_on {
                        refusals.push(Refusal::until(
                            "probation-period-not-met",
                            format!("probation of {months} months from {}: met on {met_on}", meeting.held_on),
                            met_on,
                        ));
                    }
                }
            }
            check_publicity(facts, &mut refusals);
            check_meeting(facts.conversion_meeting, "conversion", &mut refusals);
        }
    }
    refusals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn codes(refusals: &[Refusal]) -> Vec<&'static str> {
        refusals.iter().map(|r| r.code).collect()
    }

    fn passing_vote() -> Vote {
        Vote { entitled: 20, present: 15, in_favour: 14 }
    }

    #[test]
    fn an_applicant_becomes_an_activist_at_eighteen_with_two_contacts() {
        let policy = DevelopmentPolicy::default();
        let mut facts =
            Facts { birth_date: Some(date(2008, 6, 1)), applied_on: Some(date(2026, 3, 1)), ..Facts::default() };
        let refused = refusals(Stage::Applicant, Stage::Activist, &facts, &policy, date(2026, 4, 1));
        assert_eq!(codes(&refused), vec!["age-below-minimum", "contacts-missing"]);
        facts.applied_on = Some(date(2026, 6, 1));
        facts.contacts = 2;
        assert!(refusals(Stage::Applicant, Stage::Activist, &facts, &policy, date(2026, 7, 1)).is_empty());
    }

    #[test]
    fn a_candidate_needs_a_year_as_activist_review_training_and_filing() {
        let policy = DevelopmentPolicy::default();
        let mut facts = Facts { activist_since: Some(date(2025, 6, 10)), training_hours: 16, ..Facts::default() };
        let refused = refusals(Stage::Activist, Stage::Candidate, &facts, &policy, date(2026, 3, 2));
        assert_eq!(
            codes(&refused),
            vec!["activist-period-not-met", "political-review-missing", "training-insufficient", "filing-missing"]
        );
        assert_eq!(refused[0].met_on, Some(date(2026, 6, 10)), "the refusal says when the year is over");
        facts.political_review_on = Some(date(2026, 5, 1));
        facts.training_days = 3;
        facts.filed_on = Some(date(2026, 6, 1));
        assert!(refusals(Stage::Activist, Stage::Candidate, &facts, &policy, date(2026, 6, 10)).is_empty());
    }

    #[test]
    fn admission_needs_publicity_a_quorate_majority_and_timely_approval() {
        let policy = DevelopmentPolicy::default();
        let mut facts = Facts {
            publicity_missing_sites: Some(vec!["张岭社区党委".into()]),
            admission_meeting: Some(Meeting {
                held_on: date(2026, 3, 2),
                vote: Vote { entitled: 20, present: 10, in_favour: 10 },
            }),
            approved_on: Some(date(2026, 7, 1)),
            ..Facts::default()
        };
        let refused = refusals(Stage::Candidate, Stage::Probationary, &facts, &policy, date(2026, 7, 1));
        assert_eq!(codes(&refused), vec!["publicity-incomplete", "quorum-not-met", "approval-overdue"]);
        assert!(refused[0].detail.contains("张岭社区党委"), "the refusal names the missing site");
        facts.publicity_missing_sites = Some(Vec::new());
        facts.admission_meeting = Some(Meeting { held_on: date(2026, 3, 2), vote: passing_vote() });
        facts.approved_on = Some(date(2026, 6, 2));
        assert!(refusals(Stage::Candidate, Stage::Probationary, &facts, &policy, date(2026, 6, 2)).is_empty());
    }

    #[test]
    fn an_applicant_of_another_place_is_admitted_after_the_residence_communitys_opinion() {
        let policy = DevelopmentPolicy::default();
        let mut facts = Facts {
            publicity_missing_sites: Some(Vec::new()),
            admission_meeting: Some(Meeting { held_on: date(2026, 3, 2), vote: passing_vote() }),
            approved_on: Some(date(2026, 4, 1)),
            residence_opinion: Some(ResidenceOpinion { community: "育才社区".into(), given: false }),
            ..Facts::default()
        };
        let refused = refusals(Stage::Candidate, Stage::Probationary, &facts, &policy, date(2026, 4, 1));
        assert_eq!(codes(&refused), vec!["residence-opinion-missing"]);
        assert!(refused[0].detail.contains("育才社区"), "the refusal names the community to ask");
        facts.residence_opinion = Some(ResidenceOpinion { community: "育才社区".into(), given: true });
        assert!(refusals(Stage::Candidate, Stage::Probationary, &facts, &policy, date(2026, 4, 1)).is_empty());
    }

    #[test]
    fn conversion_waits_a_year_of_probation_plus_any_extension() {
        let policy = DevelopmentPolicy::default();
        let mut facts = Facts {
            admission_meeting: Some(Meeting { held_on: date(2025, 3, 2), vote: passing_vote() }),
            publicity_missing_sites: Some(Vec::new()),
            conversion_meeting: Some(Meeting { held_on: date(2026, 3, 2), vote: passing_vote() }),
            probation_extension_months: Some(6),
            ..Facts::default()
        };
        let refused = refusals(Stage::Probationary, Stage::Full, &facts, &policy, date(2026, 3, 2));
        assert_eq!(codes(&refused), vec!["probation-period-not-met"]);
        assert_eq!(refused[0].met_on, Some(date(2026, 9, 2)));
        assert!(refusals(Stage::Probationary, Stage::Full, &facts, &policy, date(2026, 9, 2)).is_empty());
        facts.probation_extension_months = Some(13);
        assert!(
            codes(&refusals(Stage::Probationary, Stage::Full, &facts, &policy, date(2027, 9, 2)))
                .contains(&"extension-not-allowed")
        );
    }

    #[test]
    fn stages_are_not_skipped() {
        let refused = refusals(
            Stage::Applicant,
            Stage::Candidate,
            &Facts::default(),
            &DevelopmentPolicy::default(),
            date(2026, 1, 1),
        );
        assert_eq!(codes(&refused), vec!["stage-order"]);
    }
}
