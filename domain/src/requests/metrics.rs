//! The figures a platform is judged by, per area or organization and period: response rate
//! (answered within the SLA), resolution rate, satisfaction rate, median times, and requests
//! per 1,000 households.

use chrono::NaiveDateTime;

use super::RequestState;

/// A request as the figures count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    pub state: RequestState,
    pub received_at: NaiveDateTime,
    /// When it was first accepted or rejected (an answer either way).
    pub answered_at: Option<NaiveDateTime>,
    /// Accepted or rejected within the accepting SLA.
    pub answered_in_time: bool,
    /// When it was (last) resolved.
    pub resolved_at: Option<NaiveDateTime>,
    pub rating: Option<u8>,
}

/// The lowest rating that counts as satisfied.
pub const SATISFIED_FROM: u8 = 4;

/// The figures of a set of requests.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Metrics {
    /// Requests received in the period.
    pub received: u64,
    /// Accepted or rejected within the accepting SLA.
    pub answered_in_time: u64,
    /// Answered within the SLA ÷ received.
    pub response_rate: Option<f64>,
    /// Resolved or closed.
    pub resolved: u64,
    /// Resolved or closed ÷ received and not rejected.
    pub resolution_rate: Option<f64>,
    /// Requests the resident rated.
    pub rated: u64,
    /// Requests rated 4 or 5 (satisfied).
    pub satisfied: u64,
    /// Rated 4 or 5 ÷ rated.
    pub satisfaction_rate: Option<f64>,
    /// Median hours from receipt to the first acceptance or rejection.
    pub median_hours_to_answer: Option<f64>,
    /// Median hours from receipt to the (last) resolution.
    pub median_hours_to_resolve: Option<f64>,
    /// Received per 1,000 households of the area.
    pub per_thousand_households: Option<f64>,
}

fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

fn median(mut hours: Vec<f64>) -> Option<f64> {
    if hours.is_empty() {
        return None;
    }
    hours.sort_by(f64::total_cmp);
    let middle = hours.len() / 2;
    Some(if hours.len().is_multiple_of(2) { (hours[middle - 1] + hours[middle]) / 2.0 } else { hours[middle] })
}

fn hours(from: NaiveDateTime, to: NaiveDateTime) -> f64 {
    (to - from).num_seconds() as f64 / 3600.0
}

/// The figures of `requests` in an area of `households` households.
pub fn metrics(requests: &[Counted], households: u64) -> Metrics {
    let count = |keep: &dyn Fn(&Counted) -> bool| requests.iter().filter(|r| keep(r)).count() as u64;
    let received = requests.len() as u64;
    let answered_in_time = count(&|r| r.answered_in_time);
    let rejected = count(&|r| r.state == RequestState::Rejected);
    let resolved = count(&|r| matches!(r.state, RequestState::Resolved | RequestState::Closed));
    let rated = count(&|r| r.rating.is_some());
    let satisfied = count(&|r| r.rating.is_some_and(|rating| rating >= SATISFIED_FROM));
    let to_answer = requests.iter().filter_map(|r| r.answered_at.map(|at| hours(r.received_at, at))).collect();
    let to_resolve = requests.iter().filter_map(|r| r.resolved_at.map(|at| hours(r.received_at, at))).collect();
    Metrics {
        received,
        answered_in_time,
        response_rate: ratio(answered_in_time, received),
        resolved,
        resolution_rate: ratio(resolved, received - rejected),
        rated,
        satisfied,
        satisfaction_rate: ratio(satisfied, rated),
        median_hours_to_answer: median(to_answer),
        median_hours_to_resolve: median(to_resolve),
        per_thousand_households: (households > 0).then(|| received as f64 * 1000.0 / households as f64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 6, day).and_then(|d| d.and_hms_opt(hour, 0, 0)).expect("time")
    }

    fn counted(state: RequestState, answered_after: Option<i64>, in_time: bool, rating: Option<u8>) -> Counted {
        let received_at = at(1, 9);
        let resolved = matches!(state, RequestState::Resolved | RequestState::Closed);
        Counted {
            state,
            received_at,
            answered_at: answered_after.map(|h| received_at + Duration::hours(h)),
            answered_in_time: in_time,
            resolved_at: resolved.then(|| received_at + Duration::hours(48)),
            rating,
        }
    }

    #[test]
    fn figures_count_each_request_by_its_own_facts() {
        let requests = [
            counted(RequestState::Closed, Some(2), true, Some(5)),
            counted(RequestState::Closed, Some(4), true, Some(3)),
            counted(RequestState::Resolved, Some(30), false, None),
            counted(RequestState::Rejected, Some(1), true, None),
            counted(RequestState::Submitted, None, false, None),
        ];
        let figures = metrics(&requests, 2_000);
        assert_eq!(figures.received, 5);
        assert_eq!(figures.answered_in_time, 3);
        assert_eq!(figures.response_rate, Some(0.6));
        assert_eq!(figures.resolved, 3);
        assert_eq!(figures.resolution_rate, Some(0.75), "the rejected one is not to be resolved");
        assert_eq!((figures.rated, figures.satisfied), (2, 1));
        assert_eq!(figures.satisfaction_rate, Some(0.5), "3 is not satisfied, 5 is");
        assert_eq!(figures.median_hours_to_answer, Some(3.0), "the middle of 1, 2, 4 and 30 hours");
        assert_eq!(figures.median_hours_to_resolve, Some(48.0));
        assert_eq!(figures.per_thousand_households, Some(2.5));
    }

    #[test]
    fn no_requests_give_no_rates_rather_than_zero() {
        let figures = metrics(&[], 0);
        assert_eq!(figures.received, 0);
        assert_eq!(figures.response_rate, None);
        assert_eq!(figures.satisfaction_rate, None);
        assert_eq!(figures.median_hours_to_answer, None);
        assert_eq!(figures.per_thousand_households, None);
    }
}
