//! Third-party systems: service accounts with least privilege (OAuth 2.0 scopes, client
//! networks), the standard token endpoint (form bodies, HTTP Basic, RFC 6749 errors) and
//! client secrets generated once and rotated with an overlap.

use actix_web::test::TestRequest;
use base64::Engine as _;
use tests::*;

fn form(body: &str) -> TestRequest {
    TestRequest::post()
        .uri("/api/v1/auth/token")
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload(body.to_owned())
}

fn basic(client_id: &str, secret: &str) -> (&'static str, String) {
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{client_id}:{secret}"));
    ("Authorization", format!("Basic {encoded}"))
}

on_both_databases! {
    async fn the_hotline_handles_requests_and_looks_up_organizations_but_never_reads_the_roster(app) {
        let secret = app.passwords["hotline12345"].clone();
        let tokens = app.send(form(&format!("grant_type=client_credentials&client_id=hotline12345&client_secret={secret}"))).await;
        assert_eq!(tokens.status, 200, "{}", tokens.json());
        assert_eq!(tokens.json()["scope"], "organizations:read requests:read requests:write open311 webhooks");
        let hotline = tokens.json()["access_token"].as_str().expect("token").to_owned();
        assert_eq!(app.get("/api/v1/requests?limit=5", &hotline).await.status, 200);
        assert_eq!(app.get("/api/v1/organizations?roots=true", &hotline).await.status, 200);
        for path in ["/api/v1/members?limit=5", "/api/v1/members/export.xlsx", "/api/v1/alerts", "/api/v1/points/rules"] {
            let refused = app.get(path, &hotline).await;
            refused.assert_problem(403, "insufficient-scope");
            let challenge = refused.header("www-authenticate").unwrap_or_default();
            assert!(challenge.starts_with("Bearer error=\"insufficient_scope\", scope=\""), "{path}: {challenge}");
        }
    }

    async fn a_token_carries_only_the_allowed_scopes_it_asked_for(app) {
        let secret = app.passwords["hotline12345"].clone();
        let reader = app.send(form(&format!("grant_type=client_credentials&client_id=hotline12345&client_secret={secret}&scope=requests:read"))).await;
        assert_eq!(reader.json()["scope"], "requests:read");
        let reader = reader.json()["access_token"].as_str().expect("token").to_owned();
        assert_eq!(app.get("/api/v1/requests?limit=5", &reader).await.status, 200);
        let write = app.post("/api/v1/requests", &reader, json!({})).await;
        write.assert_problem(403, "insufficient-scope");
        assert_eq!(app.get("/api/v1/organizations?roots=true", &reader).await.status, 403, "not asked for");

        let greedy = app.send(form(&format!("grant_type=client_credentials&client_id=hotline12345&client_secret={secret}&scope=requests:read%20members:read"))).await;
        let problem = greedy.assert_problem(400, "invalid-scope");
        assert_eq!(problem["error"], "invalid_scope");
    }

    async fn standard_oauth2_clients_send_forms_with_http_basic_and_read_rfc_6749_errors(app) {
        let secret = app.passwords["hotline12345"].clone();
        let granted = app.send(form("grant_type=client_credentials&scope=open311").insert_header(basic("hotline12345", &secret))).await;
        assert_eq!(granted.status, 200, "{}", granted.json());
        assert_eq!(granted.json()["token_type"], "Bearer");
        assert_eq!(granted.header("cache-control").as_deref(), Some("no-store"));

        let wrong = app.send(form("grant_type=client_credentials").insert_header(basic("hotline12345", "not-the-secret"))).await;
        let problem = wrong.assert_problem(401, "invalid-credentials");
        assert_eq!(problem["error"], "invalid_client");
        assert!(problem["error_description"].as_str().is_some_and(|d| !d.is_empty()));
        assert_eq!(wrong.header("www-authenticate").as_deref(), Some("Basic realm=\"dangjian\""));

        let twice = app.send(form(&format!("grant_type=client_credentials&client_secret={secret}")).insert_header(basic("hotline12345", &secret))).await;
        assert_eq!(twice.assert_problem(422, "validation-failed")["error"], "invalid_request");

        let unknown = app.send(form("grant_type=authorization_code&code=x")).await;
        assert_eq!(unknown.assert_problem(422, "validation-failed")["error"], "unsupported_grant_type", "{}", unknown.json());

        let password = app.send(form("grant_type=password&username=city_admin&password=wrong")).await;
        assert_eq!(password.assert_problem(401, "invalid-credentials")["error"], "invalid_grant");
    }

    async fn a_service_account_is_used_only_from_its_allowed_networks(app) {
        let secadmin = app.token("secadmin").await;
        let id = app.get("/api/v1/users?q=hotline12345", &secadmin).await.json()["items"][0]["id"].as_i64().expect("hotline");
        let path = format!("/api/v1/users/{id}");
        let etag = app.get(&path, &secadmin).await.header("etag");
        let narrowed = app.patch(&path, &secadmin, etag.as_deref(), json!({"allowed_addresses": ["10.20.0.0/16"]})).await;
        assert_eq!(narrowed.status, 200, "{}", narrowed.json());
        assert_eq!(narrowed.json()["allowed_addresses"], json!(["10.20.0.0/16"]));

        let secret = app.passwords["hotline12345"].clone();
        let grant = format!("grant_type=client_credentials&client_id=hotline12345&client_secret={secret}");
        let outside = app.send_from(form(&grant), "192.0.2.77:4000").await;
        assert_eq!(outside.assert_problem(403, "forbidden")["error"], "unauthorized_client");
        let inside = app.send_from(form(&grant), "10.20.3.4:4000").await;
        assert_eq!(inside.status, 200);
        let token = inside.json()["access_token"].as_str().expect("token").to_owned();
        let request = || TestRequest::get().uri("/api/v1/requests?limit=1").insert_header(("Authorization", format!("Bearer {token}")));
        assert_eq!(app.send_from(request(), "10.20.3.4:4000").await.status, 200);
        app.send_from(request(), "192.0.2.77:4000").await.assert_problem(403, "forbidden");

        let bad = app.patch(&path, &secadmin, narrowed.header("etag").as_deref(), json!({"allowed_addresses": ["the office"]})).await;
        bad.assert_problem(422, "validation-failed");
        assert_eq!(bad.field_errors(), vec![("allowed_addresses[0]".to_owned(), "format".to_owned())]);
    }

    async fn a_new_service_account_gets_a_generated_secret_once_and_its_grants_from_the_security_administrator(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let created = app.post("/api/v1/users", &sysadmin, json!({"username": "org_stats", "display_name": "组织部统计系统", "kind": "service"})).await;
        assert_eq!(created.status, 201, "{}", created.json());
        let secret = created.json()["client_secret"].as_str().expect("a generated secret").to_owned();
        assert!(secret.len() >= 48 && secret.chars().all(|c| c.is_ascii_alphanumeric()));
        let path = created.header("location").expect("location");
        assert!(app.get(&path, &secadmin).await.json().get("client_secret").is_none(), "shown once");
        // Scopes are grants, like roles: not the system administrator's to give.
        let by_sysadmin = app.post("/api/v1/users", &sysadmin, json!({"username": "other_stats", "display_name": "x", "kind": "service", "scopes": ["members:read"]})).await;
        by_sysadmin.assert_problem(403, "forbidden");
        let etag = app.get(&path, &secadmin).await.header("etag");
        let city = app.org_id("中共安康市委员会");
        let granted = app.patch(&path, &secadmin, etag.as_deref(), json!({"roles": ["service"], "scope_org_id": city, "scopes": ["organizations:read", "members:read"]})).await;
        assert_eq!(granted.status, 200, "{}", granted.json());
        assert_eq!(granted.json()["scopes"], json!(["organizations:read", "members:read"]));
        let tokens = app.post("/api/v1/auth/token", "", json!({"grant_type": "client_credentials", "client_id": "org_stats", "client_secret": secret})).await;
        assert_eq!(tokens.json()["scope"], "organizations:read members:read");
        let token = tokens.json()["access_token"].as_str().expect("token").to_owned();
        assert_eq!(app.get("/api/v1/members?limit=5", &token).await.status, 200);
        app.get("/api/v1/requests?limit=5", &token).await.assert_problem(403, "insufficient-scope");
    }

    async fn a_rotated_secret_leaves_the_old_one_good_for_the_overlap_only(app) {
        let secadmin = app.token("secadmin").await;
        let id = app.get("/api/v1/users?q=hotline12345", &secadmin).await.json()["items"][0]["id"].as_i64().expect("hotline");
        let old = app.passwords["hotline12345"].clone();
        let rotated = app.post(&format!("/api/v1/users/{id}/client-secret"), &secadmin, json!({})).await;
        assert_eq!(rotated.status, 201, "{}", rotated.json());
        let new = rotated.json()["client_secret"].as_str().expect("secret").to_owned();
        let until: chrono::DateTime<chrono::Utc> = rotated.json()["previous_secret_valid_until"].as_str().expect("until").parse().expect("time");
        let overlap = until - chrono::Utc::now();
        assert!(overlap > chrono::Duration::hours(23) && overlap <= chrono::Duration::hours(24), "{overlap}");
        let login = |secret: &str| json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": secret});
        assert_eq!(app.post("/api/v1/auth/token", "", login(&old)).await.status, 200, "the old secret during the overlap");
        assert_eq!(app.post("/api/v1/auth/token", "", login(&new)).await.status, 200);
        {
            use api::db::schema::users;
            use diesel::prelude::*;
            let mut conn = app.pool.get().expect("connection");
            let ended = chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1);
            diesel::update(users::table.find(id)).set(users::previous_secret_until.eq(ended)).execute(&mut conn).expect("end the overlap");
        }
        app.post("/api/v1/auth/token", "", login(&old)).await.assert_problem(401, "invalid-credentials");
        assert_eq!(app.post("/api/v1/auth/token", "", login(&new)).await.status, 200);
        let by_sysadmin = app.post(&format!("/api/v1/users/{id}/client-secret"), &app.token("sysadmin").await, json!({})).await;
        by_sysadmin.assert_problem(403, "forbidden");
    }
}
