//! Co-building tasks (共驻共建任务, §6): the street or community assigns work to the units
//! located there and to in-service members who reported in; each answers with feedback, and
//! a member's service hours count toward the report-in.

use chrono::NaiveDate;

code_list! {
    /// Who a task goes to.
    pub enum TaskAssignee {
        Unit = "unit" / "驻区单位",
        Member = "member" / "在职党员",
    }
}

code_list! {
    /// Where a task stands.
    pub enum TaskState {
        Assigned = "assigned" / "已分派",
        Done = "done" / "已反馈",
        Cancelled = "cancelled" / "已撤销",
    }
}

/// Why a task change is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TaskRefusal {
    #[error("tasks go to units located in the area and to in-service members who reported in to it")]
    NotInArea,
    #[error("a task is due on or after the day it is assigned ({assigned_on})")]
    DueBeforeAssigned { assigned_on: NaiveDate },
    #[error("a {0:?} task takes no more feedback")]
    Closed(TaskState),
    #[error("feedback says what was done")]
    FeedbackMissing,
    #[error("feedback comes after the task was assigned, on {assigned_on}")]
    FeedbackBeforeAssigned { assigned_on: NaiveDate },
    #[error(
        "service hours are counted for members; {hours} hours is more than the {days} days since the task was assigned allow"
    )]
    HoursOutOfRange { hours: u32, days: i64 },
}

impl TaskRefusal {
    /// Stable problem code naming the rule.
    pub fn code(&self) -> &'static str {
        match self {
            TaskRefusal::NotInArea => "task-assignee-outside",
            TaskRefusal::Closed(_) => "task-closed",
            TaskRefusal::DueBeforeAssigned { .. }
            | TaskRefusal::FeedbackMissing
            | TaskRefusal::FeedbackBeforeAssigned { .. }
            | TaskRefusal::HoursOutOfRange { .. } => "validation-failed",
        }
    }

    /// The request field a validation refusal is about.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            TaskRefusal::NotInArea => Some("assignee_id"),
            TaskRefusal::DueBeforeAssigned { .. } => Some("due_on"),
            TaskRefusal::FeedbackMissing => Some("feedback"),
            TaskRefusal::FeedbackBeforeAssigned { .. } => Some("on"),
            TaskRefusal::HoursOutOfRange { .. } => Some("service_hours"),
            TaskRefusal::Closed(_) => None,
        }
    }
}

/// Checks a new task: its assignee belongs to the area (a unit located in it, a member who
/// reported in to it) and it is not due before it is given.
pub fn check_task(assignee_in_area: bool, assigned_on: NaiveDate, due_on: NaiveDate) -> Result<(), TaskRefusal> {
    if !assignee_in_area {
        return Err(TaskRefusal::NotInArea);
    }
    if due_on < assigned_on {
        return Err(TaskRefusal::DueBeforeAssigned { assigned_on });
    }
    Ok(())
}

/// The feedback on a task.
pub struct Feedback<'a> {
    pub text: &'a str,
    /// Dated by the caller; not after today (checked with the other recorded facts).
    pub on: NaiveDate,
    /// Hours of service given, for tasks of members.
    pub service_hours: u32,
}

/// Checks the feedback on a task in `state` assigned on `assigned_on` to `assignee`.
pub fn check_feedback(
    state: TaskState,
    assignee: TaskAssignee,
    assigned_on: NaiveDate,
    feedback: &Feedback<'_>,
) -> Result<(), TaskRefusal> {
    if state != TaskState::Assigned {
        return Err(TaskRefusal::Closed(state));
    }
    if feedback.text.trim().is_empty() {
        return Err(TaskRefusal::FeedbackMissing);
    }
    if feedback.on < assigned_on {
        return Err(TaskRefusal::FeedbackBeforeAssigned { assigned_on });
    }
    // A day has 24 hours; a member cannot have served more since the task was given.
    let days = (feedback.on - assigned_on).num_days() + 1;
    let possible = if assignee == TaskAssignee::Member { days * 24 } else { 0 };
    if i64::from(feedback.service_hours) > possible {
        return Err(TaskRefusal::HoursOutOfRange { hours: feedback.service_hours, days });
    }
    Ok(())
}

/// Whether a task is overdue on `today`: still open after its due date.
pub fn overdue(state: TaskState, due_on: NaiveDate, today: NaiveDate) -> bool {
    state == TaskState::Assigned && today > due_on
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn tasks_go_to_the_area_and_fall_due_after_they_are_given() {
        let on = day(2026, 12, 1);
        assert_eq!(check_task(true, on, day(2026, 12, 31)), Ok(()));
        assert_eq!(check_task(false, on, day(2026, 12, 31)).map_err(|r| r.code()), Err("task-assignee-outside"));
        assert_eq!(check_task(true, on, day(2026, 11, 30)), Err(TaskRefusal::DueBeforeAssigned { assigned_on: on }));
    }

    #[test]
    fn feedback_is_given_once_with_what_was_done_and_hours_a_member_could_serve() {
        let given = day(2026, 12, 1);
        let fine = Feedback { text: "组织志愿者清理楼道 3 次", on: day(2026, 12, 2), service_hours: 6 };
        assert_eq!(check_feedback(TaskState::Assigned, TaskAssignee::Member, given, &fine), Ok(()));
        assert_eq!(
            check_feedback(TaskState::Done, TaskAssignee::Member, given, &fine),
            Err(TaskRefusal::Closed(TaskState::Done))
        );
        let empty = Feedback { text: " ", ..fine };
        assert_eq!(
            check_feedback(TaskState::Assigned, TaskAssignee::Member, given, &empty),
            Err(TaskRefusal::FeedbackMissing)
        );
        let too_many = Feedback { service_hours: 49, text: "x", on: day(2026, 12, 2) };
        assert_eq!(
            check_feedback(TaskState::Assigned, TaskAssignee::Member, given, &too_many),
            Err(TaskRefusal::HoursOutOfRange { hours: 49, days: 2 })
        );
        let early = Feedback { service_hours: 0, text: "x", on: day(2026, 11, 30) };
        assert_eq!(
            check_feedback(TaskState::Assigned, TaskAssignee::Unit, given, &early),
            Err(TaskRefusal::FeedbackBeforeAssigned { assigned_on: given })
        );
        let unit_hours = Feedback { service_hours: 1, text: "x", on: day(2026, 12, 2) };
        assert_eq!(
            check_feedback(TaskState::Assigned, TaskAssignee::Unit, given, &unit_hours).map_err(|r| r.code()),
            Err("validation-failed")
        );
    }

    #[test]
    fn an_open_task_past_its_due_date_is_overdue() {
        let due = day(2026, 12, 31);
        assert!(!overdue(TaskState::Assigned, due, due));
        assert!(overdue(TaskState::Assigned, due, day(2027, 1, 1)));
        assert!(!overdue(TaskState::Done, due, day(2027, 1, 1)));
    }
}
