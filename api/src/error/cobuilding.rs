//! Refusals of the co-building, support and online-branch rules as problems: a validation
//! refusal names its field, a rule refusal its problem type.

use super::{ApiError, FieldError};
use domain::affairs::AssignmentRefusal;
use domain::cobuilding::JointRefusal;
use domain::cobuilding::lists::ListRefusal;
use domain::cobuilding::opinions::OpinionRefusal;
use domain::cobuilding::tasks::TaskRefusal;
use domain::online::OnlineRefusal;
use domain::support::SupportRefusal;

fn refusal(code: &'static str, title: &'static str, field: Option<&str>, detail: String) -> ApiError {
    if code == "validation-failed" {
        return ApiError::field(field.unwrap_or_default(), "rule", detail);
    }
    let errors = field.map(|f| vec![FieldError::new(f, "rule", detail.clone())]).unwrap_or_default();
    ApiError::Rule { code, title, detail, errors }
}

impl From<JointRefusal> for ApiError {
    fn from(r: JointRefusal) -> Self {
        refusal(r.code(), "Joint meeting rule", r.field(), r.to_string())
    }
}

impl From<ListRefusal> for ApiError {
    fn from(r: ListRefusal) -> Self {
        refusal(r.code(), "Co-building list rule", r.field(), r.to_string())
    }
}

impl From<TaskRefusal> for ApiError {
    fn from(r: TaskRefusal) -> Self {
        refusal(r.code(), "Co-building task rule", r.field(), r.to_string())
    }
}

impl From<OpinionRefusal> for ApiError {
    fn from(r: OpinionRefusal) -> Self {
        refusal(r.code(), "Assessment opinion rule", r.field(), r.to_string())
    }
}

impl From<AssignmentRefusal> for ApiError {
    fn from(r: AssignmentRefusal) -> Self {
        refusal(r.code(), "Community affairs access list", Some(r.field()), r.to_string())
    }
}

impl From<SupportRefusal> for ApiError {
    fn from(r: SupportRefusal) -> Self {
        refusal(r.code(), "Support ledger rule", Some(r.field()), r.to_string())
    }
}

impl From<OnlineRefusal> for ApiError {
    fn from(r: OnlineRefusal) -> Self {
        refusal(r.code(), "Online branch rule", r.field(), r.to_string())
    }
}
