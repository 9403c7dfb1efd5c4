//! Test harness: a real application over a fresh database per test, on SQLite or on
//! PostgreSQL (`DANGJIAN_TEST_POSTGRES_URL`, started by `make test`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

use actix_http::Request;
use actix_web::body::MessageBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::header::HeaderMap;
use actix_web::test::{self, TestRequest};
use api::config::Config;
use api::db::{self, DbPool, Engine};
use api::state::AppState;
use diesel::prelude::*;
use serde_json::Value;

mod template;

pub use api;
pub use serde_json::json;

/// The JWT secret of every test application (tests forge tokens with and without it).
pub const TEST_JWT_SECRET: &[u8] = b"test-secret-test-secret-test-secret!";
/// The personal-data key of every test application.
pub const TEST_DATA_KEY: &str = "7d1f0c3a9b2e4d5f60718293a4b5c6d7e8f90112233445566778899aabbccdde";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A database made for one test and dropped with it.
pub struct TestDb {
    pub url: String,
    cleanup: Option<(String, String)>,
}

impl TestDb {
    /// An empty database, migrated when the application first connects.
    pub fn create(backend: Backend) -> TestDb {
        TestDb::copy_of(backend, "")
    }

    /// A database copied from `template` (a SQLite file or a PostgreSQL database; empty for none).
    fn copy_of(backend: Backend, template: &str) -> TestDb {
        let unique =
            format!("{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst), rand::random::<u32>());
        match backend {
            Backend::Sqlite => {
                let file = std::env::temp_dir().join(format!("dangjian-test-{unique}.sqlite3"));
                if !template.is_empty() {
                    std::fs::copy(template, &file).expect("copy the template database");
                }
                TestDb { url: format!("sqlite://{}", file.display()), cleanup: None }
            }
            Backend::Postgres => {
                let admin = template::admin_url();
                let name = format!("dangjian_test_{unique}");
                let mut conn = PgConnection::establish(&admin).expect("connect to the test PostgreSQL");
                let create = match template {
                    "" => format!("CREATE DATABASE {name}"),
                    template => format!("CREATE DATABASE {name} TEMPLATE {template}"),
                };
                diesel::sql_query(create).execute(&mut conn).expect("create test database");
                let (base, _) = admin.rsplit_once('/').expect("database URL with a database name");
                TestDb { url: format!("{base}/{name}"), cleanup: Some((admin, name)) }
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Some((admin, name)) => {
                if let Ok(mut conn) = PgConnection::establish(admin) {
                    let _ =
                        diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut conn);
                }
            }
            None => {
                let file = self.url.trim_start_matches("sqlite://");
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{file}{suffix}"));
                }
            }
        }
    }
}

/// A response, read whole.
#[derive(Debug)]
pub struct TestResponse {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl TestResponse {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
    }

    /// Asserts an RFC 9457 problem with this status and type code.
    pub fn assert_problem(&self, status: u16, code: &str) -> Value {
        assert_eq!(self.status, status, "status; body: {}", String::from_utf8_lossy(&self.body));
        assert_eq!(self.header("content-type").as_deref(), Some("application/problem+json"));
        let problem = self.json();
        assert_eq!(problem["type"], format!("/problems/{code}"), "problem: {problem}");
        assert_eq!(problem["status"], status);
        assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(problem["detail"].as_str().is_some_and(|t| !t.is_empty()));
        problem
    }

    /// The `field`/`code` pairs of a validation problem.
    pub fn field_errors(&self) -> Vec<(String, String)> {
        self.json()["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| {
                        (e["field"].as_str().unwrap_or("").to_owned(), e["code"].as_str().unwrap_or("").to_owned())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The application under test, over its own database with the demo city loaded.
pub struct TestApp<S> {
    service: S,
    pub pool: DbPool,
    pub engine: Engine,
    /// The application's state, for the background work tests drive themselves (webhook
    /// deliveries).
    pub state: AppState,
    /// Demo account passwords by username.
    pub passwords: HashMap<String, String>,
    _db: TestDb,
}

pub fn test_config(database_url: &str) -> Config {
    Config {
        database_url: database_url.to_owned(),
        bind: "127.0.0.1:0".to_owned(),
        data_dir: std::env::temp_dir(),
        frontend_dir: std::env::temp_dir().join("dangjian-no-frontend"),
        jwt_secret: TEST_JWT_SECRET.to_vec(),
        integrity_key: b"test-integrity-key-test-integrity-key".to_vec(),
        audit_retention_days: 180,
        data_keys: api::data_key::DataKeys::parse(TEST_DATA_KEY).expect("test data key"),
        access_token_ttl: chrono::Duration::minutes(15),
        session_idle: chrono::Duration::minutes(30),
        session_ttl: chrono::Duration::hours(12),
        lockout: Default::default(),
        passwords: Default::default(),
        // Most tests log in as administrators many times a minute, and a TOTP code is good
        // once; the second factor has its own tests.
        admin_second_factor: false,
        body_timeout: std::time::Duration::from_secs(60),
        // Tests log in far more often than a person; the limits have their own test.
        limits: api::limits::LimitsConfig {
            token_per_minute: 10_000,
            requests_per_minute: 1_000_000,
            search_per_minute: 10_000,
            export_per_minute: 10_000,
        },
        trusted_proxies: Default::default(),
        hsts_seconds: None,
        secure_cookies: true,
        pool_size: 4,
        cache_ttl: std::time::Duration::from_secs(10),
        read_snapshot: std::time::Duration::from_millis(2),
        rules: Default::default(),
        attachments: Default::default(),
        cors_origins: Vec::new(),
        refresh_reuse_grace: chrono::Duration::seconds(30),
        secret_overlap: chrono::Duration::hours(24),
        webhook_interval: std::time::Duration::from_secs(1),
        crash_after_commit: false,
    }
}

/// Starts the application on `backend` with the demo city.
pub async fn start(
    backend: Backend,
) -> TestApp<impl Service<Request, Response = ServiceResponse<impl MessageBody>, Error = actix_web::Error>> {
    start_configured(backend, |_| {}).await
}

/// Starts the application with a changed configuration (local rules, lockout).
pub async fn start_configured(
    backend: Backend,
    configure: impl FnOnce(&mut Config),
) -> TestApp<impl Service<Request, Response = ServiceResponse<impl MessageBody>, Error = actix_web::Error>> {
    let (database, passwords) = template::demo_database(backend);
    let mut config = test_config(&database.url);
    configure(&mut config);
    api::integrity::install_key(&config.integrity_key);
    let (pool, engine) =
        db::connect(&config.database_url, config.pool_size, &config.data_keys).expect("open test database");
    let state = AppState::new(pool.clone(), engine, config);
    let service = test::init_service(api::app::build(state.clone())).await;
    TestApp { service, pool, engine, state, passwords, _db: database }
}

/// Percent-encodes the non-ASCII bytes of a path and query (Chinese search text).
pub fn uri(path: &str) -> String {
    path.bytes()
        .map(|b| if b.is_ascii() && b > b' ' { char::from(b).to_string() } else { format!("%{b:02X}") })
        .collect()
}

impl<S, B> TestApp<S>
where
    S: Service<Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    /// Sends a request from a fixed client address and reads the whole response.
    pub async fn send(&self, request: TestRequest) -> TestResponse {
        self.send_from(request, "192.0.2.10:40000").await
    }

    /// Sends a request from the client address `peer` (`ip:port`).
    pub async fn send_from(&self, request: TestRequest, peer: &str) -> TestResponse {
        self.send_request(request.peer_addr(peer.parse().expect("address")).to_request()).await
    }

    /// Sends a built request (one whose body is a stream, say) and reads the whole response.
    pub async fn send_request(&self, request: Request) -> TestResponse {
        let response = test::call_service(&self.service, request).await;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = test::read_body(response).await.to_vec();
        TestResponse { status, headers, body }
    }

    pub async fn get(&self, path: &str, token: &str) -> TestResponse {
        self.send(TestRequest::get().uri(&uri(path)).insert_header(("Authorization", format!("Bearer {token}")))).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> TestResponse {
        let mut request = TestRequest::post().uri(&uri(path)).set_json(body);
        if !token.is_empty() {
            request = request.insert_header(("Authorization", format!("Bearer {token}")));
        }
        self.send(request).await
    }

    pub async fn patch(&self, path: &str, token: &str, if_match: Option<&str>, body: Value) -> TestResponse {
        let mut request = TestRequest::patch()
            .uri(&uri(path))
            .set_json(body)
            .insert_header(("Authorization", format!("Bearer {token}")));
        if let Some(tag) = if_match {
            request = request.insert_header(("If-Match", tag.to_owned()));
        }
        self.send(request).await
    }

    pub async fn delete(&self, path: &str, token: &str, if_match: Option<&str>) -> TestResponse {
        let mut request =
            TestRequest::delete().uri(&uri(path)).insert_header(("Authorization", format!("Bearer {token}")));
        if let Some(tag) = if_match {
            request = request.insert_header(("If-Match", tag.to_owned()));
        }
        self.send(request).await
    }

    /// Logs in with username and password; returns the token answer.
    pub async fn login_with(&self, username: &str, password: &str) -> TestResponse {
        self.post(
            "/api/v1/auth/token",
            "",
            json!({"grant_type": "password", "username": username, "password": password}),
        )
        .await
    }

    /// The access token of a demo account.
    pub async fn token(&self, username: &str) -> String {
        let password = self.passwords.get(username).unwrap_or_else(|| panic!("no demo account {username}"));
        let response = self.login_with(username, password).await;
        assert_eq!(response.status, 200, "login {username}: {}", String::from_utf8_lossy(&response.body));
        response.json()["access_token"].as_str().expect("access token").to_owned()
    }

    /// Creates an account directly in the database and returns its access token.
    pub async fn user_token(&self, username: &str, role: domain::access::Role, scope_org: &str) -> String {
        let scope = self.org_id(scope_org);
        let password = format!("{username}-password");
        {
            let mut conn = self.pool.get().expect("connection");
            let kind = domain::access::AccountKind::Person;
            api::seed::create_account(&mut conn, username, username, kind, &password, &[role], Some(scope))
                .expect("account");
        }
        let response = self.login_with(username, &password).await;
        response.json()["access_token"].as_str().expect("access token").to_owned()
    }

    /// Creates a member's own account (我的) linked to the member record and returns its access
    /// token.
    pub async fn member_token(&self, username: &str, member_id: i64, scope_org_id: i64) -> String {
        let password = format!("{username}-password");
        {
            use api::db::schema::users;
            let mut conn = self.pool.get().expect("connection");
            let kind = domain::access::AccountKind::Person;
            let role = [domain::access::Role::Member];
            let id =
                api::seed::create_account(&mut conn, username, username, kind, &password, &role, Some(scope_org_id))
                    .expect("account");
            diesel::update(users::table.find(id)).set(users::member_id.eq(member_id)).execute(&mut conn).expect("link");
        }
        let response = self.login_with(username, &password).await;
        response.json()["access_token"].as_str().expect("access token").to_owned()
    }

    /// Creates a service account with these OAuth scopes directly in the database and
    /// returns a client-credentials access token of it.
    pub async fn service_token(&self, username: &str, scopes: &[&str]) -> String {
        let secret = format!("{username}-secret-{}", "s".repeat(32));
        {
            use api::db::schema::users;
            let mut conn = self.pool.get().expect("connection");
            let kind = domain::access::AccountKind::Service;
            let city = Some(self.org_id("中共安康市委员会"));
            let id = api::seed::create_account(
                &mut conn,
                username,
                username,
                kind,
                &secret,
                &[domain::access::Role::Service],
                city,
            )
            .expect("service account");
            diesel::update(users::table.find(id))
                .set(users::scopes.eq(scopes.join(" ")))
                .execute(&mut conn)
                .expect("scopes");
        }
        let grant =
            serde_json::json!({"grant_type": "client_credentials", "client_id": username, "client_secret": secret});
        let response = self.post("/api/v1/auth/token", "", grant).await;
        response.json()["access_token"].as_str().expect("access token").to_owned()
    }

    /// The URL of the test's own database.
    pub fn database_url(&self) -> String {
        self._db.url.clone()
    }

    /// Sends a file as the raw body of a POST.
    pub async fn upload(&self, path: &str, token: &str, media_type: &str, bytes: Vec<u8>) -> TestResponse {
        let request = TestRequest::post()
            .uri(&uri(path))
            .insert_header(("Authorization", format!("Bearer {token}")))
            .insert_header(("Content-Type", media_type.to_owned()))
            .set_payload(bytes);
        self.send(request).await
    }

    /// Id of the organization with this exact name.
    pub fn org_id(&self, name: &str) -> i64 {
        use api::db::schema::organizations::dsl;
        let mut conn = self.pool.get().expect("connection");
        dsl::organizations.filter(dsl::name.eq(name)).select(dsl::id).first(&mut conn).expect("organization")
    }

    /// Id of the area with this exact name.
    pub fn area_id(&self, name: &str) -> i64 {
        use api::db::schema::areas::dsl;
        let mut conn = self.pool.get().expect("connection");
        dsl::areas.filter(dsl::name.eq(name)).select(dsl::id).first(&mut conn).expect("area")
    }

    /// The counters the dashboard and the ranking read agree with their sources: members per
    /// organization, category and stage with the members table; yearly totals with the
    /// approved ledger entries.
    pub fn assert_counters_agree(&self) {
        assert_counters_agree_in(&mut self.pool.get().expect("connection"));
    }

    /// Id of the unit with this exact name.
    pub fn unit_id(&self, name: &str) -> i64 {
        use api::db::schema::units::dsl;
        let mut conn = self.pool.get().expect("connection");
        dsl::units.filter(dsl::name.eq(name)).select(dsl::id).first(&mut conn).expect("unit")
    }
}

/// Runs each test body once on SQLite and once on PostgreSQL; `configured(|config| …)` after
/// the name changes the configuration first.
#[macro_export]
macro_rules! on_both_databases {
    ($(async fn $name:ident($app:ident) configured($configure:expr) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                #[actix_web::test]
                async fn sqlite() {
                    let $app = $crate::start_configured($crate::Backend::Sqlite, $configure).await;
                    $body
                }

                #[actix_web::test]
                async fn postgres() {
                    let $app = $crate::start_configured($crate::Backend::Postgres, $configure).await;
                    $body
                }
            }
        )*
    };
    ($(async fn $name:ident($app:ident) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                #[actix_web::test]
                async fn sqlite() {
                    let $app = $crate::start($crate::Backend::Sqlite).await;
                    $body
                }

                #[actix_web::test]
                async fn postgres() {
                    let $app = $crate::start($crate::Backend::Postgres).await;
                    $body
                }
            }
        )*
    };
}

/// What [`TestApp::assert_counters_agree`] checks, on any database.
pub fn assert_counters_agree_in(conn: &mut db::DbConnection) {
    use api::db::schema::{
        member_counts, members, organizations, points_entries as entries, points_totals, subtree_member_counts,
    };
    use std::collections::BTreeMap;
    let counted: BTreeMap<(i64, String, String), i64> = members::table
        .group_by((members::membership_org_id, members::category, members::stage))
        .select((members::membership_org_id, members::category, members::stage, diesel::dsl::count_star()))
        .load::<(i64, String, String, i64)>(conn)
        .expect("members")
        .into_iter()
        .map(|(org, category, stage, n)| ((org, category, stage), n))
        .collect();
    let kept: BTreeMap<(i64, String, String), i64> = member_counts::table
        .filter(member_counts::members.ne(0))
        .select((member_counts::org_id, member_counts::category, member_counts::stage, member_counts::members))
        .load::<(i64, String, String, i32)>(conn)
        .expect("member counts")
        .into_iter()
        .map(|(org, category, stage, n)| ((org, category, stage), i64::from(n)))
        .collect();
    assert_eq!(kept, counted, "member counts follow the members table");
    // Each organization's subtree counts its own members and those of every descendant.
    let paths: BTreeMap<i64, String> = organizations::table
        .select((organizations::id, organizations::path))
        .load::<(i64, String)>(conn)
        .expect("organizations")
        .into_iter()
        .collect();
    let mut rolled_up: BTreeMap<(i64, String, String), i64> = BTreeMap::new();
    for ((org, category, stage), n) in &counted {
        for ancestor in paths[org].split('/').filter(|id| !id.is_empty()) {
            let ancestor: i64 = ancestor.parse().expect("a path of ids");
            *rolled_up.entry((ancestor, category.clone(), stage.clone())).or_default() += n;
        }
    }
    let kept_subtrees: BTreeMap<(i64, String, String), i64> = subtree_member_counts::table
        .filter(subtree_member_counts::members.ne(0))
        .select((
            subtree_member_counts::org_id,
            subtree_member_counts::category,
            subtree_member_counts::stage,
            subtree_member_counts::members,
        ))
        .load::<(i64, String, String, i32)>(conn)
        .expect("subtree member counts")
        .into_iter()
        .map(|(org, category, stage, n)| ((org, category, stage), i64::from(n)))
        .collect();
    assert_eq!(kept_subtrees, rolled_up, "subtree counts follow every organization's members");
    let approved = || entries::table.filter(entries::status.eq("approved"));
    let sums: Vec<(i64, i32, Option<i64>)> = approved()
        .group_by((entries::member_id, entries::year))
        .select((entries::member_id, entries::year, diesel::dsl::sum(entries::points)))
        .load(conn)
        .expect("ledger sums");
    // A veto counts +1, the reversal that lifts it −1 (domain::points::Counted).
    let mut vetoes: BTreeMap<(i64, i32), i64> = BTreeMap::new();
    for (member, year, reverses) in approved()
        .filter(entries::veto.eq(true))
        .select((entries::member_id, entries::year, entries::reverses_entry_id))
        .load::<(i64, i32, Option<i64>)>(conn)
        .expect("ledger vetoes")
    {
        *vetoes.entry((member, year)).or_default() +=
            domain::points::Counted::entry(0, true, reverses.is_some()).vetoes;
    }
    let from_ledger: BTreeMap<(i64, i32), (i64, i64)> = sums
        .into_iter()
        .map(|(member, year, points)| {
            ((member, year), (points.unwrap_or(0), vetoes.get(&(member, year)).copied().unwrap_or(0)))
        })
        .filter(|(_, totals)| *totals != (0, 0))
        .collect();
    let totals: BTreeMap<(i64, i32), (i64, i64)> = points_totals::table
        .select((points_totals::member_id, points_totals::year, points_totals::points, points_totals::vetoes))
        .load::<(i64, i32, i64, i64)>(conn)
        .expect("points totals")
        .into_iter()
        .map(|(member, year, points, vetoes)| ((member, year), (points, vetoes)))
        .filter(|(_, totals)| *totals != (0, 0))
        .collect();
    assert_eq!(totals, from_ledger, "yearly totals follow the approved ledger entries");
}
