//! Every problem type the API answers with: the one list that docs/PROBLEMS.md, the SPA's
//! locale files (`problem.<code>`) and the contract (`Problem.type` examples) follow. The
//! contract test checks all four agree and that every code the sources raise is listed.

/// The codes, `/problems/<code>`.
pub const CODES: &[&str] = &[
    // The request itself.
    "malformed-json",
    "bad-request",
    "validation-failed",
    "payload-too-large",
    "request-timeout",
    "unsupported-media-type",
    "method-not-allowed",
    "precondition-required",
    "precondition-failed",
    "not-found",
    "conflict",
    "has-dependents",
    "idempotency-key-reused",
    "idempotency-key-in-use",
    "webhook-url-invalid",
    "webhook-url-not-allowed",
    "internal",
    "unavailable",
    // Who is asking.
    "unauthorized",
    "invalid-credentials",
    "account-locked",
    "rate-limited",
    "forbidden",
    "insufficient-scope",
    "invalid-scope",
    "password-change-required",
    "password-policy",
    "second-factor-required",
    "second-factor-enrollment-required",
    // Accounts (三员分立).
    "role-separation",
    "own-account",
    "last-administrator",
    "second-administrator-required",
    // Structure.
    "organization-hierarchy",
    "area-hierarchy",
    // Members.
    "same-management-links",
    "registered-outside-residence",
    "residence-organization-mismatch",
    "work-unit-required",
    "relocation-community-required",
    "membership-side-only",
    "event-not-recordable",
    "report-in-not-in-service",
    "not-mobile",
    "transfer-expired",
    "import-invalid",
    // Development.
    "application-missing",
    "age-below-minimum",
    "contacts-missing",
    "activist-period-not-met",
    "political-review-missing",
    "training-insufficient",
    "filing-missing",
    "publicity-incomplete",
    "publicity-period-too-short",
    "meeting-missing",
    "quorum-not-met",
    "majority-not-met",
    "vote-inconsistent",
    "entitled-mismatch",
    "exclusion-invalid",
    "approval-missing",
    "approval-overdue",
    "probation-period-not-met",
    "extension-not-allowed",
    "stage-order",
    // Evaluation.
    "opinion-missing",
    "grade-reason-required",
    "report-in-missing",
    "probationary-not-graded",
    "not-a-member",
    "excellent-quota-exceeded",
    // Points.
    "points-cap-exceeded",
    // Resident requests.
    "request-state",
    "escalation-top-level",
    "reopen-window-closed",
    // Co-building.
    "joint-level",
    "convener-not-from-above",
    "seat-not-allowed",
    "resource-unavailable",
    "project-state",
    "need-taken",
    "task-assignee-outside",
    "task-closed",
    // The community's powers: assessment opinions (鉴定权) and the access list (准入).
    "opinion-subject-outside",
    "opinion-not-community",
    "opinion-answered",
    "residence-opinion-missing",
    "affairs-item-missing",
    "affairs-item-not-admitted",
    "affairs-item-negative",
    "affairs-department-mismatch",
    "graduates-full",
    "review-scores-missing",
    "review-concluded",
    // Online branches.
    "meeting-not-online",
    "check-in-closed",
    "checked-in",
    "course-time-short",
    "course-completed",
    "course-closed",
    "practice-area-missing",
    "practice-team-small",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once() {
        let mut sorted = CODES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), CODES.len());
    }
}
