//! Authentication: tokens, refresh rotation, logout, lockout, forged tokens.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use tests::*;

fn claims(sub: &str, sid: &str, exp_offset: i64, aud: &str) -> serde_json::Value {
    let now = chrono::Utc::now().timestamp();
    json!({"iss": "dangjian", "aud": aud, "sub": sub, "sid": sid, "iat": now, "exp": now + exp_offset})
}

/// The session id a real access token carries.
fn session_of(token: &str) -> String {
    let payload = token.split('.').nth(1).unwrap_or_default();
    let claims: serde_json::Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap_or_default()).unwrap_or_default();
    claims["sid"].as_str().unwrap_or_default().to_owned()
}

fn signed(secret: &[u8], claims: &serde_json::Value) -> String {
    encode(&Header::new(Algorithm::HS256), claims, &EncodingKey::from_secret(secret)).expect("sign")
}

/// Moves every refresh-token rotation 31 seconds into the past, beyond the reuse grace.
fn age_rotations<S>(app: &TestApp<S>) {
    use api::db::schema::refresh_tokens;
    use diesel::prelude::*;
    let mut conn = app.pool.get().expect("connection");
    let long_ago = chrono::Utc::now().naive_utc() - chrono::Duration::seconds(31);
    diesel::update(refresh_tokens::table.filter(refresh_tokens::revoked_at.is_not_null()))
        .set(refresh_tokens::revoked_at.eq(long_ago))
        .execute(&mut conn)
        .expect("age the rotations");
}

on_both_databases! {
    async fn password_login_returns_tokens_and_me_shows_roles_and_scope(app) {
        let password = app.passwords["city_admin"].clone();
        let response = app.login_with("city_admin", &password).await;
        assert_eq!(response.status, 200);
        let tokens = response.json();
        assert_eq!(tokens["token_type"], "Bearer");
        assert!(tokens["expires_in"].as_i64().is_some_and(|s| s > 0 && s <= 1800), "access tokens live at most 30 minutes");
        assert!(tokens["refresh_token"].as_str().is_some_and(|t| t.len() >= 32));
        let me = app.get("/api/v1/me", tokens["access_token"].as_str().unwrap_or_default()).await;
        assert_eq!(me.status, 200);
        let me = me.json();
        assert_eq!(me["username"], "city_admin");
        assert_eq!(me["roles"], json!(["org_admin"]));
        assert_eq!(me["scope_org_id"], app.org_id("中共安康市委员会"));
    }

    async fn refresh_tokens_rotate_and_a_reused_one_revokes_the_family(app) {
        let password = app.passwords["city_admin"].clone();
        let first = app.login_with("city_admin", &password).await.json();
        let refresh = first["refresh_token"].as_str().unwrap_or_default().to_owned();
        let rotated = app.post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": refresh})).await;
        assert_eq!(rotated.status, 200);
        let second = rotated.json()["refresh_token"].as_str().unwrap_or_default().to_owned();
        assert_ne!(second, refresh, "a new refresh token on each use");
        age_rotations(&app);
        let reused = app.post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": refresh})).await;
        reused.assert_problem(401, "unauthorized");
        let after_reuse = app.post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": second})).await;
        after_reuse.assert_problem(401, "unauthorized");
    }

    async fn logout_ends_the_session_and_its_access_tokens_at_once(app) {
        let password = app.passwords["laocheng_admin"].clone();
        let tokens = app.login_with("laocheng_admin", &password).await.json();
        let other = app.token("laocheng_admin").await;
        let access = tokens["access_token"].as_str().unwrap_or_default().to_owned();
        assert_eq!(app.get("/api/v1/me", &access).await.status, 200);
        let refresh = tokens["refresh_token"].as_str().unwrap_or_default().to_owned();
        let logout = app.post("/api/v1/auth/logout", "", json!({"refresh_token": refresh})).await;
        assert_eq!(logout.status, 204);
        app.get("/api/v1/me", &access).await.assert_problem(401, "unauthorized");
        let again = app.post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": refresh})).await;
        again.assert_problem(401, "unauthorized");
        assert_eq!(app.get("/api/v1/me", &other).await.status, 200, "another login of the account goes on");
    }

    async fn a_refresh_token_reused_after_its_grace_ends_every_session_but_parallel_workers_within_it_go_on(app) {
        let password = app.passwords["laocheng_admin"].clone();
        let tokens = app.login_with("laocheng_admin", &password).await.json();
        let other = app.token("laocheng_admin").await;
        let refresh = tokens["refresh_token"].clone();
        let refresh_with = |token: serde_json::Value| json!({"grant_type": "refresh_token", "refresh_token": token});
        let rotated = app.post("/api/v1/auth/token", "", refresh_with(refresh.clone())).await.json();
        let access = rotated["access_token"].as_str().unwrap_or_default().to_owned();
        assert_eq!(app.get("/api/v1/me", &access).await.status, 200);
        // A second worker sharing the token refreshes at the same moment: it gets tokens of the
        // session too, and nobody is logged out (the grace of DANGJIAN_REFRESH_REUSE_SECONDS).
        let parallel = app.post("/api/v1/auth/token", "", refresh_with(refresh.clone())).await;
        assert_eq!(parallel.status, 200, "{}", parallel.json());
        let parallel_access = parallel.json()["access_token"].as_str().unwrap_or_default().to_owned();
        assert_eq!(app.get("/api/v1/me", &parallel_access).await.status, 200);
        assert_eq!(app.get("/api/v1/me", &access).await.status, 200);
        age_rotations(&app);
        app.post("/api/v1/auth/token", "", refresh_with(refresh)).await.assert_problem(401, "unauthorized");
        app.get("/api/v1/me", &access).await.assert_problem(401, "unauthorized");
        app.get("/api/v1/me", &parallel_access).await.assert_problem(401, "unauthorized");
        app.get("/api/v1/me", &other).await.assert_problem(401, "unauthorized");
    }

    async fn a_session_ends_at_its_absolute_lifetime_however_often_it_is_refreshed(app) {
        let password = app.passwords["laocheng_admin"].clone();
        let tokens = app.login_with("laocheng_admin", &password).await.json();
        let access = tokens["access_token"].as_str().unwrap_or_default().to_owned();
        let sid = session_of(&access);
        {
            use api::db::schema::{refresh_tokens, sessions};
            use diesel::prelude::*;
            let mut conn = app.pool.get().expect("connection");
            let (ends, refresh_ends): (chrono::NaiveDateTime, chrono::NaiveDateTime) = sessions::table
                .inner_join(refresh_tokens::table.on(refresh_tokens::session_id.eq(sessions::id.nullable())))
                .filter(sessions::id.eq(&sid))
                .select((sessions::expires_at, refresh_tokens::expires_at))
                .first(&mut conn)
                .expect("session");
            let lifetime = ends - chrono::Utc::now().naive_utc();
            assert!(lifetime <= chrono::Duration::hours(12) && lifetime > chrono::Duration::hours(11), "12 hours by default");
            assert!(refresh_ends <= ends, "a refresh token never outlives its session");
            // The session's end comes.
            diesel::update(sessions::table.find(&sid))
                .set(sessions::expires_at.eq(chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1)))
                .execute(&mut conn)
                .expect("end");
        }
        app.get("/api/v1/me", &access).await.assert_problem(401, "unauthorized");
        app.post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]})).await
            .assert_problem(401, "unauthorized");
    }

    async fn a_session_nobody_uses_ends_after_the_idle_time(app) {
        use api::db::schema::refresh_tokens;
        use diesel::prelude::*;
        let password = app.passwords["laocheng_admin"].clone();
        let tokens = app.login_with("laocheng_admin", &password).await.json();
        let mut conn = app.pool.get().expect("connection");
        let ends: chrono::NaiveDateTime =
            refresh_tokens::table.order(refresh_tokens::id.desc()).select(refresh_tokens::expires_at).first(&mut conn).expect("token");
        let idle = ends - chrono::Utc::now().naive_utc();
        assert!(idle <= chrono::Duration::minutes(30) && idle > chrono::Duration::minutes(29), "30 minutes by default: {idle}");
        // Nobody refreshed within the idle time.
        diesel::update(refresh_tokens::table)
            .set(refresh_tokens::expires_at.eq(chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1)))
            .execute(&mut conn)
            .expect("idle");
        app.post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]})).await
            .assert_problem(401, "unauthorized");
    }

    async fn a_password_change_ends_every_session(app) {
        let password = app.passwords["laocheng_admin"].clone();
        let tokens = app.login_with("laocheng_admin", &password).await.json();
        let access = tokens["access_token"].as_str().unwrap_or_default().to_owned();
        let changed = app
            .post("/api/v1/me/password", &access, json!({"current_password": password, "new_password": "Tiger-Lily-42-Harbour"}))
            .await;
        assert_eq!(changed.status, 204);
        app.get("/api/v1/me", &access).await.assert_problem(401, "unauthorized");
        let refresh = app
            .post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}))
            .await;
        refresh.assert_problem(401, "unauthorized");
        assert_eq!(app.login_with("laocheng_admin", "Tiger-Lily-42-Harbour").await.status, 200);
        app.login_with("laocheng_admin", &password).await.assert_problem(401, "invalid-credentials");
    }

    async fn service_accounts_use_client_credentials(app) {
        let secret = app.passwords["hotline12345"].clone();
        let response = app
            .post("/api/v1/auth/token", "", json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": secret}))
            .await;
        assert_eq!(response.status, 200);
        assert_eq!(response.json()["refresh_token"], serde_json::Value::Null, "no refresh token for client credentials");
        // A service account cannot use the password grant, nor a person the client grant.
        app.login_with("hotline12345", &secret).await.assert_problem(401, "invalid-credentials");
    }

    async fn five_failed_logins_lock_the_account_for_a_minute_and_longer_each_time(app) {
        for _ in 0..4 {
            app.login_with("laocheng_admin", "wrong password!").await.assert_problem(401, "invalid-credentials");
        }
        let fifth = app.login_with("laocheng_admin", "wrong password!").await;
        fifth.assert_problem(429, "account-locked");
        let retry: i64 = fifth.header("retry-after").and_then(|v| v.parse().ok()).expect("Retry-After seconds");
        assert!(retry > 50 && retry <= 60, "the first lock lasts a minute, got {retry}s");
        // Even the right password is refused while locked.
        let password = app.passwords["laocheng_admin"].clone();
        app.login_with("laocheng_admin", &password).await.assert_problem(429, "account-locked");
        // The lock runs out; the next failure locks twice as long.
        {
            use api::db::schema::users;
            use diesel::prelude::*;
            let mut conn = app.pool.get().expect("connection");
            diesel::update(users::table.filter(users::username.eq("laocheng_admin")))
                .set(users::locked_until.eq(chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1)))
                .execute(&mut conn)
                .expect("end the lock");
        }
        let sixth = app.login_with("laocheng_admin", "wrong password!").await;
        sixth.assert_problem(429, "account-locked");
        let retry: i64 = sixth.header("retry-after").and_then(|v| v.parse().ok()).expect("Retry-After seconds");
        assert!(retry > 110 && retry <= 120, "then two minutes, got {retry}s");
    }

    async fn unknown_usernames_lock_exactly_like_accounts(app) {
        let mut answers = Vec::new();
        for username in ["laocheng_admin", "no.such.person"] {
            let mut statuses = Vec::new();
            for _ in 0..5 {
                let answer = app.login_with(username, "wrong password!").await;
                statuses.push((answer.status, answer.json()["type"].clone(), answer.header("retry-after").is_some()));
            }
            answers.push(statuses);
        }
        assert_eq!(answers[0], answers[1], "a lock does not tell which usernames exist");
        assert_eq!(answers[1][4].0, 429);
    }

    async fn service_accounts_are_throttled_never_locked(app) {
        let wrong = json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": "not the secret"});
        for _ in 0..8 {
            app.post("/api/v1/auth/token", "", wrong.clone()).await.assert_problem(401, "invalid-credentials");
        }
        let right = json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": app.passwords["hotline12345"]});
        assert_eq!(app.post("/api/v1/auth/token", "", right).await.status, 200, "nobody can switch an integration off");
    }

    async fn expired_forged_and_unsigned_tokens_are_refused(app) {
        let user = app.token("city_admin").await;
        assert_eq!(app.get("/api/v1/me", &user).await.status, 200);
        let sub = app.get("/api/v1/me", &user).await.json()["id"].to_string();
        let sid = session_of(&user);
        let genuine = signed(TEST_JWT_SECRET, &claims(&sub, &sid, 600, "dangjian-api"));
        assert_eq!(app.get("/api/v1/me", &genuine).await.status, 200, "the claims below differ from a good token in one way each");
        let expired = signed(TEST_JWT_SECRET, &claims(&sub, &sid, -3600, "dangjian-api"));
        app.get("/api/v1/me", &expired).await.assert_problem(401, "unauthorized");
        let forged = signed(b"some-other-secret-some-other-secret!", &claims(&sub, &sid, 600, "dangjian-api"));
        app.get("/api/v1/me", &forged).await.assert_problem(401, "unauthorized");
        let wrong_audience = signed(TEST_JWT_SECRET, &claims(&sub, &sid, 600, "another-api"));
        app.get("/api/v1/me", &wrong_audience).await.assert_problem(401, "unauthorized");
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        let payload = URL_SAFE_NO_PAD.encode(claims(&sub, &sid, 600, "dangjian-api").to_string());
        let other_session = signed(TEST_JWT_SECRET, &claims(&sub, "0123456789abcdef0123456789abcdef", 600, "dangjian-api"));
        app.get("/api/v1/me", &other_session).await.assert_problem(401, "unauthorized");
        let unsigned = format!("{header}.{payload}.");
        app.get("/api/v1/me", &unsigned).await.assert_problem(401, "unauthorized");
        let missing = app.send(actix_web::test::TestRequest::get().uri("/api/v1/me")).await;
        missing.assert_problem(401, "unauthorized");
        assert_eq!(missing.header("www-authenticate").as_deref(), Some("Bearer"));
    }

    async fn a_disabled_account_can_no_longer_use_its_token(app) {
        let member = app.token("yucai_member").await;
        let admin = app.token("sysadmin").await;
        let id = app.get("/api/v1/me", &member).await.json()["id"].as_i64().unwrap_or_default();
        let user = app.get(&format!("/api/v1/users/{id}"), &admin).await;
        let etag = user.header("etag");
        let disabled = app.patch(&format!("/api/v1/users/{id}"), &admin, etag.as_deref(), json!({"disabled": true})).await;
        assert_eq!(disabled.status, 200);
        app.get("/api/v1/me", &member).await.assert_problem(401, "unauthorized");
    }
}

on_both_databases! {
    async fn weak_reused_and_username_passwords_are_refused_naming_each_rule(app) {
        let password = app.passwords["laocheng_admin"].clone();
        let access = app.token("laocheng_admin").await;
        let change = |new: &str| json!({"current_password": password, "new_password": new});
        for (weak, rule) in [
            ("1234567890", "character_classes"),
            ("aaaaaaaaaa", "character_classes"),
            ("Ab1!", "too_short"),
            ("Laocheng_Admin-2026", "contains_username"),
            ("Password1!", "common"),
            (password.as_str(), "reused"),
        ] {
            let refused = app.post("/api/v1/me/password", &access, change(weak)).await;
            refused.assert_problem(422, "password-policy");
            assert!(refused.field_errors().contains(&("new_password".to_owned(), rule.to_owned())), "{weak}: {:?}", refused.field_errors());
        }
        assert_eq!(app.post("/api/v1/me/password", &access, change("Tiger-Lily-42-Harbour")).await.status, 204);
    }

    async fn an_initial_password_is_changed_before_anything_else(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let scope = app.org_id("中共老城街道工作委员会");
        let body = json!({"username": "li.si", "display_name": "李四", "password": "Harbour-Lily-42x", "scope_org_id": scope});
        let created = app.post("/api/v1/users", &sysadmin, body).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let path = format!("/api/v1/users/{}", created.json()["id"]);
        let granted = app.patch(&path, &secadmin, created.header("etag").as_deref(), json!({"roles": ["org_viewer"]})).await;
        assert_eq!(granted.status, 200);
        let tokens = app.login_with("li.si", "Harbour-Lily-42x").await.json();
        assert_eq!(tokens["password_change_required"], true);
        let access = tokens["access_token"].as_str().unwrap_or_default().to_owned();
        app.get("/api/v1/organizations", &access).await.assert_problem(403, "password-change-required");
        assert_eq!(app.get("/api/v1/me", &access).await.status, 200, "the account may still see who it is");
        let changed = app
            .post("/api/v1/me/password", &access, json!({"current_password": "Harbour-Lily-42x", "new_password": "Tiger-Lily-42-Harbour"}))
            .await;
        assert_eq!(changed.status, 204);
        let tokens = app.login_with("li.si", "Tiger-Lily-42-Harbour").await.json();
        assert_eq!(tokens["password_change_required"], false);
        assert_eq!(app.get("/api/v1/organizations", tokens["access_token"].as_str().unwrap_or_default()).await.status, 200);
    }

    async fn an_administrators_password_expires_after_180_days(app) {
        {
            use api::db::schema::users;
            use diesel::prelude::*;
            let mut conn = app.pool.get().expect("connection");
            diesel::update(users::table.filter(users::username.eq_any(["sysadmin", "city_admin"])))
                .set(users::password_changed_at.eq(chrono::Utc::now().naive_utc() - chrono::Duration::days(181)))
                .execute(&mut conn)
                .expect("age the passwords");
        }
        let tokens = app.login_with("sysadmin", &app.passwords["sysadmin"]).await.json();
        assert_eq!(tokens["password_change_required"], true);
        app.get("/api/v1/users", tokens["access_token"].as_str().unwrap_or_default()).await
            .assert_problem(403, "password-change-required");
        let business = app.login_with("city_admin", &app.passwords["city_admin"]).await.json();
        assert_eq!(business["password_change_required"], false, "the maximum age is for administrators");
    }
}

/// Token requests beyond the per-address limit answer 429 with `Retry-After`, and another
/// address is not affected.
#[actix_web::test]
async fn token_requests_are_limited_per_client_address() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        if backend == Backend::Postgres && std::env::var("DANGJIAN_TEST_POSTGRES_URL").is_err() {
            panic!("DANGJIAN_TEST_POSTGRES_URL is not set: run the tests with `make test`");
        }
        let app = start_configured(backend, |c| c.limits = api::limits::LimitsConfig::default()).await;
        let garbage = || {
            actix_web::test::TestRequest::post()
                .uri("/api/v1/auth/token")
                .set_json(json!({"grant_type": "refresh_token", "refresh_token": "garbage"}))
        };
        for n in 0..10 {
            let answer = app.send(garbage()).await;
            assert_eq!(answer.status, 401, "request {n} is within the limit");
            assert_eq!(answer.header("ratelimit-policy").as_deref(), Some("10;w=60"));
        }
        let refused = app.send(garbage()).await;
        refused.assert_problem(429, "rate-limited");
        let retry: i64 = refused.header("retry-after").and_then(|v| v.parse().ok()).expect("Retry-After");
        assert!((1..=7).contains(&retry), "a token comes back every 6 s: {retry}");
        assert_eq!(
            app.send_from(garbage(), "198.51.100.7:5000").await.status,
            401,
            "another address has its own bucket"
        );
    }
}

/// Searches and exports beyond the per-session limits answer 429.
#[actix_web::test]
async fn searches_and_exports_are_limited_per_session() {
    let app = start_configured(Backend::Sqlite, |c| {
        c.limits = api::limits::LimitsConfig { search_per_minute: 3, export_per_minute: 2, ..Default::default() }
    })
    .await;
    let token = app.token("city_admin").await;
    for _ in 0..3 {
        assert_eq!(app.get("/api/v1/members?q=王", &token).await.status, 200);
    }
    app.get("/api/v1/members?q=王", &token).await.assert_problem(429, "rate-limited");
    assert_eq!(app.get("/api/v1/members?limit=5", &token).await.status, 200, "plain paging is not a search");
    for _ in 0..2 {
        assert_eq!(app.get("/api/v1/members/export.xlsx", &token).await.status, 200);
    }
    app.get("/api/v1/members/export.xlsx", &token).await.assert_problem(429, "rate-limited");
}

/// The code an authenticator app shows for an `otpauth://` address, `steps` steps from now.
fn authenticator_code(otpauth_url: &str, steps: i64) -> String {
    let totp = totp_rs::Totp::from_url(otpauth_url).expect("otpauth address");
    let at = chrono::Utc::now().timestamp() + steps * 30;
    totp.generate(u64::try_from(at).unwrap_or(0)).to_string()
}

/// Administrators set up a second factor before anything else, and then log in with it.
#[actix_web::test]
async fn administrators_log_in_with_a_second_factor() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        if backend == Backend::Postgres && std::env::var("DANGJIAN_TEST_POSTGRES_URL").is_err() {
            panic!("DANGJIAN_TEST_POSTGRES_URL is not set: run the tests with `make test`");
        }
        let app = start_configured(backend, |c| c.admin_second_factor = true).await;
        let password = app.passwords["sysadmin"].clone();
        let first = app.login_with("sysadmin", &password).await.json();
        assert_eq!(first["second_factor_enrollment_required"], true);
        let access = first["access_token"].as_str().unwrap_or_default().to_owned();
        app.get("/api/v1/users", &access).await.assert_problem(403, "second-factor-enrollment-required");
        app.post("/api/v1/me/second-factor", &access, json!({"password": "not it"}))
            .await
            .assert_problem(422, "validation-failed");
        let setup = app.post("/api/v1/me/second-factor", &access, json!({"password": password})).await;
        assert_eq!(setup.status, 201);
        let url = setup.json()["otpauth_url"].as_str().unwrap_or_default().to_owned();
        assert!(url.starts_with("otpauth://totp/dangjian:sysadmin?"), "{url}");
        let confirmed =
            app.post("/api/v1/me/second-factor/confirm", &access, json!({"code": authenticator_code(&url, 0)})).await;
        assert_eq!(confirmed.status, 201);
        let recovery: Vec<String> = confirmed.json()["recovery_codes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str().map(str::to_owned))
            .collect();
        assert_eq!(recovery.len(), 10);

        assert_eq!(app.get("/api/v1/me", &access).await.json()["second_factor_enabled"], true);
        // A new set-up left half-way keeps the factor in use.
        let again = app.post("/api/v1/me/second-factor", &access, json!({"password": password})).await;
        assert_eq!(again.status, 201);
        assert_eq!(app.get("/api/v1/me", &access).await.json()["second_factor_enabled"], true);
        // From now on the password alone is not enough, and a code is good once.
        app.login_with("sysadmin", &password).await.assert_problem(401, "second-factor-required");
        let login = |otp: String| {
            app.post(
                "/api/v1/auth/token",
                "",
                json!({"grant_type": "password", "username": "sysadmin", "password": password, "otp": otp}),
            )
        };
        let next = authenticator_code(&url, 1);
        let tokens = login(next.clone()).await;
        assert_eq!(tokens.status, 200, "{}", String::from_utf8_lossy(&tokens.body));
        assert_eq!(tokens.json()["second_factor_enrollment_required"], false);
        assert_eq!(
            app.get("/api/v1/users", tokens.json()["access_token"].as_str().unwrap_or_default()).await.status,
            200
        );
        login(next).await.assert_problem(401, "invalid-credentials");
        assert_eq!(login(recovery[0].clone()).await.status, 200, "a recovery code stands in for the app");
        login(recovery[0].clone()).await.assert_problem(401, "invalid-credentials");
        // A business account is not asked to set one up.
        let business = app.login_with("city_admin", &app.passwords["city_admin"]).await.json();
        assert_eq!(business["second_factor_enrollment_required"], false);
    }
}

on_both_databases! {
    async fn the_spa_keeps_its_refresh_token_in_an_http_only_cookie(app) {
        use actix_web::test::TestRequest;
        let password = app.passwords["city_admin"].clone();
        let login = app
            .post(
                "/api/v1/auth/token",
                "",
                json!({"grant_type": "password", "username": "city_admin", "password": password, "refresh_cookie": true}),
            )
            .await;
        assert_eq!(login.status, 200);
        assert_eq!(login.json()["refresh_token"], serde_json::Value::Null, "script never sees the refresh token");
        let cookie = login.header("set-cookie").expect("a refresh cookie");
        for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/auth"] {
            assert!(cookie.contains(attribute), "{attribute} in {cookie}");
        }
        let pair = cookie.split(';').next().unwrap_or_default().to_owned();
        let refresh = |pair: String| {
            TestRequest::post()
                .uri("/api/v1/auth/token")
                .insert_header(("Cookie", pair))
                .set_json(json!({"grant_type": "refresh_token"}))
        };
        let refreshed = app.send(refresh(pair.clone())).await;
        assert_eq!(refreshed.status, 200, "{}", String::from_utf8_lossy(&refreshed.body));
        assert!(refreshed.json()["access_token"].is_string());
        let next = refreshed.header("set-cookie").expect("the next refresh token").split(';').next().unwrap_or_default().to_owned();
        assert_ne!(next, pair, "refresh tokens rotate in the cookie too");
        let out = app.send(TestRequest::post().uri("/api/v1/auth/logout").insert_header(("Cookie", next.clone())).set_json(json!({}))).await;
        assert_eq!(out.status, 204);
        assert!(out.header("set-cookie").is_some_and(|c| c.contains("Max-Age=0")), "logout removes the cookie");
        app.send(refresh(next)).await.assert_problem(401, "unauthorized");
        // API clients keep the JSON flow.
        assert!(app.login_with("city_admin", &password).await.json()["refresh_token"].is_string());
    }
}

/// Behind a trusted proxy the audit log and the per-address limits see the forwarded client;
/// from anywhere else the forwarded headers are ignored, so nobody poses as another address.
#[actix_web::test]
async fn the_client_address_is_forwarded_only_by_trusted_proxies() {
    use actix_web::test::TestRequest;
    let app = start_configured(Backend::Sqlite, |c| {
        c.trusted_proxies = api::proxies::TrustedProxies::parse("192.0.2.10").expect("proxies");
    })
    .await;
    let login = |forwarded: &str| {
        TestRequest::post()
            .uri("/api/v1/auth/token")
            .insert_header(("X-Forwarded-For", forwarded.to_owned()))
            .set_json(json!({"grant_type": "password", "username": "city_admin", "password": "not the password"}))
    };
    app.send(login("198.51.100.23")).await;
    app.send_from(login("198.51.100.24"), "203.0.113.5:4000").await;
    let auditor = app.token("auditor").await;
    let failures = app.get("/api/v1/audit-events?action=auth.login&outcome=failure", &auditor).await.json();
    let addresses: Vec<&str> =
        failures["items"].as_array().into_iter().flatten().filter_map(|e| e["client_addr"].as_str()).collect();
    assert!(addresses.contains(&"198.51.100.23"), "the proxy's forwarded client: {addresses:?}");
    assert!(addresses.contains(&"203.0.113.5"), "a client's own header is ignored: {addresses:?}");
    assert!(!addresses.contains(&"198.51.100.24"));
}

/// Served over TLS (configured), answers carry HSTS; otherwise not, since a plain-HTTP
/// deployment would lock its users out.
#[actix_web::test]
async fn hsts_is_sent_when_configured() {
    let app = start_configured(Backend::Sqlite, |c| c.hsts_seconds = Some(31_536_000)).await;
    let answer = app.get("/healthz", "").await;
    assert_eq!(answer.header("strict-transport-security").as_deref(), Some("max-age=31536000; includeSubDomains"));
    let plain = start(Backend::Sqlite).await;
    assert_eq!(plain.get("/healthz", "").await.header("strict-transport-security"), None);
}
