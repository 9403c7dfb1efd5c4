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

    async fn a_reused_refresh_token_ends_every_session_of_the_account(app) {
        let password = app.passwords["laocheng_admin"].clone();
        let tokens = app.login_with("laocheng_admin", &password).await.json();
        let other = app.token("laocheng_admin").await;
        let refresh = tokens["refresh_token"].clone();
        let rotated = app.post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": refresh})).await.json();
        let access = rotated["access_token"].as_str().unwrap_or_default().to_owned();
        assert_eq!(app.get("/api/v1/me", &access).await.status, 200);
        app.post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": refresh})).await
            .assert_problem(401, "unauthorized");
        app.get("/api/v1/me", &access).await.assert_problem(401, "unauthorized");
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

    async fn a_password_change_ends_every_session(app) {
        let password = app.passwords["laocheng_admin"].clone();
        let tokens = app.login_with("laocheng_admin", &password).await.json();
        let access = tokens["access_token"].as_str().unwrap_or_default().to_owned();
        let changed = app
            .post("/api/v1/me/password", &access, json!({"current_password": password, "new_password": "a new long password"}))
            .await;
        assert_eq!(changed.status, 204);
        app.get("/api/v1/me", &access).await.assert_problem(401, "unauthorized");
        let refresh = app
            .post("/api/v1/auth/token", "", json!({"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}))
            .await;
        refresh.assert_problem(401, "unauthorized");
        assert_eq!(app.login_with("laocheng_admin", "a new long password").await.status, 200);
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

    async fn five_failed_logins_lock_the_account_with_retry_after(app) {
        for _ in 0..4 {
            app.login_with("laocheng_admin", "wrong password!").await.assert_problem(401, "invalid-credentials");
        }
        let fifth = app.login_with("laocheng_admin", "wrong password!").await;
        fifth.assert_problem(429, "account-locked");
        let retry: i64 = fifth.header("retry-after").and_then(|v| v.parse().ok()).expect("Retry-After seconds");
        assert!(retry > 800 && retry <= 900, "locked for 15 minutes, got {retry}s");
        // Even the right password is refused while locked.
        let password = app.passwords["laocheng_admin"].clone();
        app.login_with("laocheng_admin", &password).await.assert_problem(429, "account-locked");
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
