//! City-scale grid governance for benchmarks: households with this quarter's visits, and a year
//! of resident requests in the states a year leaves them in (old ones closed, rated or
//! rejected; recent ones waiting, in progress, suspended or escalated), with their events and
//! the residents' data sealed. Clocks are computed by the domain's SLA rules on the weekday
//! calendar.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::calendar::Calendar;
use domain::households::{VisitPolicy, period_of};
use domain::member::personal::{mask_address, mask_name, mask_phone};
use domain::requests::sla::{ClockFacts, Sla, clock};
use domain::requests::{Channel, Level, RequestState, RequestStep, RequestType};
use rand::Rng;
use rand::rngs::StdRng;

use super::generator::{Community, Loader};
use crate::data_key::DataKeys;
use crate::db::models::{NewDetails, NewHousehold, NewRequestEvent};
use crate::db::now;
use crate::db::schema::{household_visits, households, request_details, request_events, resident_requests};
use crate::error::ApiResult;

const HOUSEHOLDS_PER_GRID: usize = 67;
const REQUESTS_PER_GRID: usize = 223;
/// Households visited this quarter, in percent.
const VISITED_PERCENT: u32 = 80;
const SURNAMES: [&str; 8] = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];
const GIVEN: [&str; 8] = ["建国", "秀英", "伟", "芳", "志强", "丽华", "海燕", "明"];
const CHANNELS: [(Channel, u32); 7] = [
    (Channel::Hotline, 35),
    (Channel::GridPhone, 25),
    (Channel::CommunityWindow, 15),
    (Channel::StreetPlatform, 8),
    (Channel::CentralHousehold, 7),
    (Channel::Open311, 5),
    (Channel::OtherSystem, 5),
];

/// A generated request row, every column at once.
#[derive(Insertable)]
#[diesel(table_name = resident_requests, treat_none_as_default_value = false)]
struct Generated {
    request_type: &'static str,
    category_id: Option<i64>,
    description: String,
    area_id: i64,
    area_path: String,
    community_area_id: i64,
    street_area_id: i64,
    channel: &'static str,
    received_at: NaiveDateTime,
    state: &'static str,
    level: &'static str,
    department_id: Option<i64>,
    phase_began_on: NaiveDate,
    suspended_since: Option<NaiveDate>,
    due_on: Option<NaiveDate>,
    queue_due: Option<NaiveDate>,
    auto_escalated: bool,
    answered_at: Option<NaiveDateTime>,
    answered_in_time: bool,
    resolved_at: Option<NaiveDateTime>,
    rating: Option<i32>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// The grid governance of one generated district.
pub struct District<'a> {
    pub communities: &'a [Community],
    pub categories: &'a [i64],
    pub department: i64,
}

fn name(rng: &mut StdRng) -> String {
    format!("{}{}", SURNAMES[rng.random_range(0..SURNAMES.len())], GIVEN[rng.random_range(0..GIVEN.len())])
}

fn day(at: NaiveDateTime) -> NaiveDate {
    (at + Duration::hours(8)).date()
}

impl District<'_> {
    /// Writes the district's households, visits, requests, their details and events; answers
    /// how many households and requests.
    pub fn load(&self, loader: &mut Loader, keys: &DataKeys, rng: &mut StdRng) -> ApiResult<(usize, usize)> {
        Ok((self.households(loader, keys, rng)?, self.requests(loader, keys, rng)?))
    }

    fn households(&self, loader: &mut Loader, keys: &DataKeys, rng: &mut StdRng) -> ApiResult<usize> {
        let at = now();
        let mut rows = Vec::new();
        for community in self.communities {
            for grid in &community.grids {
                for h in 0..HOUSEHOLDS_PER_GRID {
                    let head = name(rng);
                    let phone = format!("139{:08}", rng.random_range(0..100_000_000u32));
                    let contact =
                        community.relocation.then(|| format!("136{:08}", rng.random_range(0..100_000_000u32)));
                    rows.push(NewHousehold {
                        area_id: grid.id,
                        area_path: grid.path.clone(),
                        head_name_sealed: keys.seal("households.head_name", &head),
                        head_name_masked: mask_name(&head),
                        phone_sealed: Some(keys.seal("households.phone", &phone)),
                        phone_masked: Some(mask_phone(&phone)),
                        address_sealed: keys.seal("households.address", &format!("{}{}号", grid.name, h + 1)),
                        address_masked: mask_address(Some(&community.area.name)),
                        residents: rng.random_range(1..6),
                        origin_village: community.relocation.then(|| "原籍村".to_owned()),
                        origin_contact_masked: contact.as_deref().map(mask_phone),
                        origin_contact_sealed: contact.map(|c| keys.seal("households.origin_contact", &c)),
                        note: None,
                        created_at: at,
                        updated_at: at,
                    });
                }
            }
        }
        let count = rows.len();
        let ids = loader.ids.households.take(count);
        let today = crate::routes::common::today();
        let (quarter_start, _) = period_of(today, &VisitPolicy::default());
        let span = (today - quarter_start).num_days().max(0);
        let mut visits = Vec::new();
        for id in ids.clone() {
            if rng.random_range(0..100) < VISITED_PERCENT {
                visits.push((
                    household_visits::household_id.eq(id),
                    household_visits::visited_on.eq(quarter_start + Duration::days(rng.random_range(0..=span))),
                    household_visits::visitor_name.eq("网格长"),
                    household_visits::topic.eq("入户走访"),
                    household_visits::created_at.eq(at),
                ));
            }
        }
        loader.write(move |conn| {
            crate::load_rows!(conn, households::table, &rows[..], 1000);
            crate::check_loaded_ids!(conn, households::table, households::id, ids);
            crate::load_rows!(conn, household_visits::table, &visits[..], 2000);
            Ok(())
        })?;
        Ok(count)
    }

    fn requests(&self, loader: &mut Loader, keys: &DataKeys, rng: &mut StdRng) -> ApiResult<usize> {
        let at = now();
        let calendar = Calendar::default();
        let sla = Sla::default();
        let today = crate::routes::common::today();
        let mut rows = Vec::new();
        let mut plans = Vec::new();
        for community in self.communities {
            for grid in &community.grids {
                for _ in 0..REQUESTS_PER_GRID {
                    let age = rng.random_range(0..365 * 24 * 60) as i64;
                    let received_at = at - Duration::minutes(age);
                    let (row, plan) = self.request(rng, community, grid, received_at, &calendar, sla, today, at);
                    rows.push(row);
                    plans.push(plan);
                }
            }
        }
        let count = rows.len();
        let ids = loader.ids.requests.take(count);
        let mut details = Vec::with_capacity(count);
        let mut events = Vec::new();
        for ((id, row), plan) in ids.clone().zip(&rows).zip(plans) {
            let resident = (rng.random_range(0..10) < 7)
                .then(|| (name(rng), format!("138{:08}", rng.random_range(0..100_000_000u32))));
            details.push(NewDetails {
                request_id: id,
                resident_name_masked: resident.as_ref().map(|(n, _)| mask_name(n)),
                resident_name_sealed: resident.as_ref().map(|(n, _)| keys.seal("resident_requests.resident_name", n)),
                resident_phone_masked: resident.as_ref().map(|(_, p)| mask_phone(p)),
                resident_phone_sealed: resident.as_ref().map(|(_, p)| keys.seal("resident_requests.resident_phone", p)),
                ..NewDetails::default()
            });
            let mut from: Option<&'static str> = None;
            for (step, to, level, when) in plan {
                events.push(NewRequestEvent {
                    request_id: id,
                    step: step.to_owned(),
                    from_state: from.map(str::to_owned),
                    to_state: to.to_owned(),
                    level: level.to_owned(),
                    actor_id: None,
                    actor_name: if step == RequestStep::Escalate.code() && row.auto_escalated {
                        "SLA"
                    } else {
                        "社区平台"
                    }
                    .to_owned(),
                    note: None,
                    occurred_at: when,
                });
                from = Some(to);
            }
        }
        loader.write(move |conn| {
            crate::load_rows!(conn, resident_requests::table, &rows[..], 700);
            crate::check_loaded_ids!(conn, resident_requests::table, resident_requests::id, ids);
            crate::load_rows!(conn, request_details::table, &details[..], 1000);
            crate::load_rows!(conn, request_events::table, &events[..], 1000);
            Ok(())
        })?;
        Ok(count)
    }

    /// One request and its events (step, state after it, level, time), in the state its age
    /// makes likely.
    #[allow(clippy::too_many_arguments)]
    fn request(
        &self,
        rng: &mut StdRng,
        community: &Community,
        grid: &crate::db::models::AreaRow,
        received_at: NaiveDateTime,
        calendar: &Calendar,
        sla: Sla,
        today: NaiveDate,
        at: NaiveDateTime,
    ) -> (Generated, Vec<(&'static str, &'static str, &'static str, NaiveDateTime)>) {
        use RequestState::*;
        let age_days = (at - received_at).num_days();
        let roll = rng.random_range(0..100);
        let state = match age_days {
            21.. => match roll {
                0..70 => Closed,
                70..82 => Resolved,
                _ => Rejected,
            },
            6..=20 => match roll {
                0..40 => Closed,
                40..60 => Resolved,
                60..70 => Rejected,
                70..90 => InProgress,
                90..95 => Suspended,
                _ => Escalated,
            },
            _ => match roll {
                0..25 => Submitted,
                25..45 => Accepted,
                45..80 => InProgress,
                80..90 => Resolved,
                90..95 => Suspended,
                _ => Rejected,
            },
        };
        // A few of the old ones went up to the street or the department on their way.
        let level = match (state, rng.random_range(0..100)) {
            (Escalated, _) => Level::Street,
            (Closed | Resolved, 0..4) => Level::Street,
            (Closed | Resolved, 4..6) => Level::Department,
            _ => Level::Community,
        };
        let answered_at = (state != Submitted && state != Escalated)
            .then(|| received_at + Duration::minutes(rng.random_range(30..40 * 60)));
        let resolved_at = matches!(state, Resolved | Closed)
            .then(|| answered_at.unwrap_or(received_at) + Duration::hours(rng.random_range(2..7 * 24)));
        let received_on = day(received_at);
        let accept_due = calendar.add_working_days(received_on, sla.accept_days);
        let (phase_began_on, suspended_since) = match state {
            Escalated => (accept_due + Duration::days(1), None),
            Suspended => (day(answered_at.unwrap_or(received_at)), Some(today.min(received_on + Duration::days(3)))),
            _ => (answered_at.map_or(received_on, day), None),
        };
        let facts = ClockFacts { state, phase_began_on, suspended_working_days: 0 };
        let due_on = clock(&facts, sla, calendar).due();
        let rating = (state == Closed).then(|| [5, 5, 5, 4, 4, 3, 2, 1][rng.random_range(0..8)]);
        let mut steps = vec![("submit", Submitted.code(), Level::Community.code(), received_at)];
        if level != Level::Community {
            steps.push((
                RequestStep::Escalate.code(),
                Escalated.code(),
                Level::Street.code(),
                received_at + Duration::hours(26),
            ));
        }
        if level == Level::Department {
            steps.push((
                RequestStep::Escalate.code(),
                Escalated.code(),
                level.code(),
                received_at + Duration::hours(30),
            ));
        }
        let answered = answered_at.unwrap_or(received_at);
        let mut then = |step: RequestStep, to: RequestState, when: NaiveDateTime| {
            steps.push((step.code(), to.code(), level.code(), when))
        };
        match state {
            Rejected => then(RequestStep::Reject, Rejected, answered),
            Accepted | InProgress | Suspended | Resolved | Closed => {
                then(RequestStep::Accept, Accepted, answered);
                if state != Accepted {
                    then(RequestStep::Dispatch, InProgress, answered + Duration::minutes(20));
                }
                if state == Suspended {
                    then(RequestStep::Suspend, Suspended, answered + Duration::hours(4));
                }
                if let Some(resolved) = resolved_at {
                    then(RequestStep::Resolve, Resolved, resolved);
                }
                if state == Closed {
                    then(RequestStep::Close, Closed, resolved_at.unwrap_or(answered) + Duration::hours(5));
                }
            }
            _ => {}
        }
        let kind = RequestType::ALL[rng.random_range(0..RequestType::ALL.len())];
        let mut pick = rng.random_range(0..100);
        let channel = CHANNELS
            .iter()
            .find(|(_, weight)| {
                let hit = pick < *weight;
                pick = pick.saturating_sub(*weight);
                hit
            })
            .map_or(Channel::Hotline, |(c, _)| *c);
        let row = Generated {
            request_type: kind.code(),
            category_id: self.categories.get(rng.random_range(0..self.categories.len().max(1))).copied(),
            description: format!("{}：{}附近居民反映的问题", kind.chinese_name(), grid.name),
            area_id: grid.id,
            area_path: grid.path.clone(),
            community_area_id: community.area.id,
            street_area_id: community.street.id,
            channel: channel.code(),
            received_at,
            state: state.code(),
            level: level.code(),
            department_id: (level == Level::Department).then_some(self.department),
            phase_began_on,
            suspended_since,
            due_on,
            queue_due: crate::db::repo::requests::queue_due(state.code(), due_on),
            auto_escalated: level != Level::Community,
            answered_at,
            answered_in_time: answered_at.is_some_and(|a| day(a) <= accept_due),
            resolved_at,
            rating,
            created_at: received_at,
            updated_at: resolved_at.or(answered_at).unwrap_or(received_at),
        };
        (row, steps)
    }
}
