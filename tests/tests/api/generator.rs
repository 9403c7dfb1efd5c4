//! The benchmark generator's grid governance: what it writes is what the rules would have made.

use diesel::expression_methods::AggregateExpressionMethods;
use diesel::prelude::*;
use tests::*;

/// A migrated database without data, and the configuration the generator runs with.
struct Empty {
    config: api::config::Config,
    pool: api::db::DbPool,
    // Dropped last: the database goes once no connection is open.
    _database: TestDb,
}

impl Empty {
    fn create(backend: Backend) -> Empty {
        let database = TestDb::create(backend);
        let config = test_config(&database.url);
        api::integrity::install_key(&config.integrity_key);
        let (pool, _) = api::db::connect(&config.database_url, 1, &config.data_keys).expect("database");
        Empty { config, pool, _database: database }
    }

    /// The `town` data set (one district of the city's shape), as `dangjian seed --profile town` writes it.
    fn generate_town(&self, conn: &mut api::db::DbConnection) -> api::seed::generator::Summary {
        let keys = &self.config.data_keys;
        api::db::write_transaction(conn, |conn| {
            api::seed::generator::load(conn, keys, api::seed::generator::Profile::Town, 7)
        })
        .expect("generated")
    }
}

#[test]
fn a_generated_district_has_households_visits_and_a_year_of_requests_whose_clocks_the_rules_agree_with() {
    use api::db::schema::{household_visits, households, request_events, resident_requests};
    let empty = Empty::create(Backend::Sqlite);
    let mut conn = empty.pool.get().expect("connection");
    let summary = empty.generate_town(&mut conn);
    // One district: 7 streets × 16 communities × 4 grids.
    assert_eq!(summary.households, 448 * 67);
    assert_eq!(summary.requests, 448 * 223);
    let visited: i64 = household_visits::table
        .select(diesel::dsl::count(household_visits::household_id).aggregate_distinct())
        .first(&mut conn)
        .expect("visits");
    let share = visited as f64 / summary.households as f64;
    assert!((0.75..0.85).contains(&share), "most households visited this quarter ({share:.2})");
    let total: i64 = households::table.count().get_result(&mut conn).expect("households");
    assert_eq!(total as usize, summary.households);

    // Rule: a running clock has a last day; a stopped one (suspended, done with) has none.
    let rows: Vec<(String, Option<chrono::NaiveDate>, Option<i32>)> = resident_requests::table
        .select((resident_requests::state, resident_requests::due_on, resident_requests::rating))
        .load(&mut conn)
        .expect("requests");
    for (state, due_on, rating) in &rows {
        let state: domain::requests::RequestState = state.parse().expect("state");
        let running = domain::requests::is_open(state) && state != domain::requests::RequestState::Suspended;
        assert_eq!(due_on.is_some(), running, "{state:?}");
        assert_eq!(rating.is_some(), state == domain::requests::RequestState::Closed);
    }
    let states: std::collections::HashSet<&str> = rows.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(states.len(), 8, "every state but reopened: {states:?}");
    let events: i64 = request_events::table.count().get_result(&mut conn).expect("events");
    assert!(events > 3 * rows.len() as i64, "each request carries its steps");
}

#[test]
fn a_generated_district_has_joint_meetings_projects_in_every_state_opinions_the_access_list_and_its_support() {
    let empty = Empty::create(Backend::Sqlite);
    let mut conn = empty.pool.get().expect("connection");
    let summary = empty.generate_town(&mut conn);
    assert!(summary.co_building > 0);
    let today = api::routes::common::today();
    let policy = domain::support::SupportPolicy::default();
    let figures = api::reports::cobuilding_figures::co_building(&mut conn, &[], today, &policy).expect("figures");
    // 7 streets and their 112 communities each hold a joint meeting, held once this year.
    assert_eq!((figures.joint_bodies, figures.joint_meetings_held), (119, 119));
    let states: Vec<String> = figures.projects.iter().map(|p| p.state.code().to_owned()).collect();
    assert_eq!(states.len(), 4, "projects in every state: {states:?}");
    assert_eq!(figures.tasks_overdue, 112, "one task of each community's street is overdue");
    assert_eq!((figures.assignments, figures.refusals), (224, 112));
    assert_eq!((figures.opinions_pending, figures.opinions_overdue), (112, 38));
    assert_eq!((figures.spaces_below_standard, figures.graduates_short), (28, 37));
    assert_eq!(figures.counties_without_site, 1, "a town's only district has named no site");
}

/// The indexes, constraints and triggers of the schema, as PostgreSQL prints them.
fn postgres_schema(conn: &mut api::db::DbConnection) -> std::collections::BTreeSet<String> {
    let printed: String = diesel::select(diesel::dsl::sql::<diesel::sql_types::Text>(
        "(SELECT string_agg(indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes WHERE schemaname = current_schema())
        || (SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), E'\\n' ORDER BY conrelid::regclass::text, conname)
            FROM pg_constraint WHERE connamespace = current_schema()::regnamespace)
        || (SELECT string_agg(tgname || ' ' || tgenabled::text, E'\\n' ORDER BY tgname) FROM pg_trigger WHERE NOT tgisinternal)",
    ))
    .get_result(conn)
    .expect("schema");
    printed.lines().map(str::to_owned).collect()
}

#[test]
fn a_district_bulk_loaded_into_postgresql_ends_with_the_schema_it_began_with_and_counters_that_agree() {
    use api::db::schema::{members, points_entries, resident_requests};
    let empty = Empty::create(Backend::Postgres);
    let mut conn = empty.pool.get().expect("connection");
    let before = postgres_schema(&mut conn);
    let summary = empty.generate_town(&mut conn);
    // Rule: the load's secondary indexes, foreign keys, counter triggers and the totals' primary
    // key come back as the migrations made them.
    let after = postgres_schema(&mut conn);
    let (lost, gained): (Vec<_>, Vec<_>) = (before.difference(&after).collect(), after.difference(&before).collect());
    assert!(lost.is_empty() && gained.is_empty(), "lost {lost:?}, gained {gained:?}");
    // Every row went in, in order: each request's last event leaves it in its state.
    let count = |n: i64| usize::try_from(n).expect("count");
    assert_eq!(count(members::table.count().get_result(&mut conn).expect("members")), summary.members);
    assert_eq!(count(points_entries::table.count().get_result(&mut conn).expect("entries")), summary.points_entries);
    assert_eq!(count(resident_requests::table.count().get_result(&mut conn).expect("requests")), summary.requests);
    let astray: i64 = diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
        "(SELECT COUNT(*) FROM resident_requests r WHERE r.state IS DISTINCT FROM
            (SELECT e.to_state FROM request_events e WHERE e.request_id = r.id ORDER BY e.id DESC LIMIT 1))",
    ))
    .get_result(&mut conn)
    .expect("requests and events");
    assert_eq!(astray, 0);
    // Rule: the dashboards' counters agree with the rows, though no trigger counted them.
    assert_counters_agree_in(&mut conn);
}
