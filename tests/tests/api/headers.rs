//! Operational headers third-party systems rely on: request ids, rate limits on every
//! operation, CORS for configured origins, conditional GETs and `Location` on 201.

use actix_web::test::TestRequest;
use diesel::prelude::*;
use tests::*;

fn bearer(token: &str) -> (&'static str, String) {
    ("Authorization", format!("Bearer {token}"))
}

/// A full member of 育才社区第一网格党支部 and the id of the current points rule `A02`.
fn member_and_rule(conn: &mut api::db::DbConnection) -> (i64, i64) {
    use api::db::schema::{members, organizations, points_rules};
    let member = members::table
        .inner_join(organizations::table.on(organizations::id.eq(members::membership_org_id)))
        .filter(organizations::name.eq("育才社区第一网格党支部"))
        .filter(members::stage.eq("full"))
        .select(members::id)
        .first(conn)
        .expect("member");
    let rule = points_rules::table
        .filter(points_rules::code.eq("A02"))
        .filter(points_rules::current.eq(true))
        .select(points_rules::id)
        .first(conn)
        .expect("rule");
    (member, rule)
}

on_both_databases! {
    async fn a_request_id_is_echoed_and_reaches_the_audit_log_of_the_write(app) {
        let admin = app.token("city_admin").await;
        let (member, rule) = member_and_rule(&mut app.pool.get().expect("connection"));
        let entry = json!({"member_id": member, "rule_id": rule, "occurred_on": "2026-06-01", "evidence": "社区志愿服务"});
        let written = app
            .send(TestRequest::post().uri("/api/v1/points/entries").set_json(entry).insert_header(bearer(&admin)).insert_header(("X-Request-Id", "hotline-4711")))
            .await;
        assert_eq!(written.status, 201, "{}", written.json());
        assert_eq!(written.header("x-request-id").as_deref(), Some("hotline-4711"));
        let auditor = app.token("auditor").await;
        let events = app.get("/api/v1/audit-events?limit=50", &auditor).await.json();
        let recorded = events["items"].as_array().expect("events").iter().find(|e| e["request_id"] == "hotline-4711");
        assert!(recorded.is_some_and(|e| e["action"].as_str().is_some_and(|a| a.starts_with("points."))), "{events}");

        let generated = app.get("/api/v1/me", &admin).await.header("x-request-id").expect("an id");
        assert!(generated.len() == 26 && generated.chars().all(|c| c.is_ascii_lowercase()), "letters only, never a number: {generated}");
        let replaced = app.send(TestRequest::get().uri("/api/v1/me").insert_header(bearer(&admin)).insert_header(("X-Request-Id", "two words"))).await;
        assert_ne!(replaced.header("x-request-id").as_deref(), Some("two words"));
    }

    async fn a_client_holding_the_current_version_gets_304_until_it_changes(app) {
        let admin = app.token("city_admin").await;
        let path = format!("/api/v1/organizations/{}", app.org_id("育才社区第一网格党支部"));
        let etag = app.get(&path, &admin).await.header("etag").expect("etag");
        let again = app.send(TestRequest::get().uri(&path).insert_header(bearer(&admin)).insert_header(("If-None-Match", etag.clone()))).await;
        assert_eq!(again.status, 304);
        assert!(again.body.is_empty());
        assert_eq!(again.header("etag"), Some(etag.clone()));
        let changed = app.patch(&path, &admin, Some(&etag), json!({"name": "育才社区第一网格党支部（改）"})).await;
        assert_eq!(changed.status, 200);
        let stale = app.send(TestRequest::get().uri(&path).insert_header(bearer(&admin)).insert_header(("If-None-Match", etag))).await;
        assert_eq!(stale.status, 200, "a changed resource is sent again");
    }

    async fn every_201_names_what_it_created(app) {
        let admin = app.token("city_admin").await;
        let (member, rule) = member_and_rule(&mut app.pool.get().expect("connection"));
        let entry = app.post("/api/v1/points/entries", &admin, json!({"member_id": member, "rule_id": rule, "occurred_on": "2026-06-01", "evidence": "社区志愿服务"})).await;
        let ledger = entry.header("location").expect("location");
        assert!(app.get(&ledger, &admin).await.json()["items"].as_array().expect("ledger").iter().any(|e| e["id"] == entry.json()["id"]));
        let event = app.post(&format!("/api/v1/members/{member}/events"), &admin, json!({"kind": "service", "occurred_on": "2026-06-02", "service_hours": 2.0, "content": "社区服务"})).await;
        assert_eq!(event.status, 201, "{}", event.json());

        assert_eq!(event.header("location"), Some(format!("/api/v1/members/{member}/events")));
    }
}

#[actix_web::test]
async fn every_api_answer_carries_its_rate_limit_and_the_limit_holds() {
    let app = start_configured(Backend::Sqlite, |c| c.limits.requests_per_minute = 3).await;
    let admin = app.token("city_admin").await;
    for remaining in [2, 1, 0] {
        let answer = app.get("/api/v1/organizations?roots=true", &admin).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("ratelimit-policy").as_deref(), Some("3;w=60"));
        assert!(answer.header("ratelimit").is_some_and(|s| s.contains(&format!("remaining={remaining}"))));
    }
    let refused = app.get("/api/v1/organizations?roots=true", &admin).await;
    refused.assert_problem(429, "rate-limited");
    assert!(refused.header("retry-after").and_then(|s| s.parse::<u64>().ok()).is_some_and(|s| (1..=21).contains(&s)));
    let other = app.token("laocheng_admin").await;
    assert_eq!(app.get("/api/v1/organizations?roots=true", &other).await.status, 200, "each session has its own");
}

#[actix_web::test]
async fn browsers_call_across_origins_only_from_the_configured_ones() {
    let preflight = |origin: &str| {
        TestRequest::default()
            .method(actix_web::http::Method::OPTIONS)
            .uri("/api/v1/points/entries")
            .insert_header(("Origin", origin.to_owned()))
            .insert_header(("Access-Control-Request-Method", "POST"))
            .insert_header(("Access-Control-Request-Headers", "authorization, content-type, idempotency-key"))
    };
    let closed = start(Backend::Sqlite).await;
    let answer = closed.send(preflight("https://ops.example.gov.cn")).await;
    assert_eq!(answer.header("access-control-allow-origin"), None, "nothing is allowed by default");

    let open =
        start_configured(Backend::Sqlite, |c| c.cors_origins = vec!["https://ops.example.gov.cn".to_owned()]).await;
    let answer = open.send(preflight("https://ops.example.gov.cn")).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("access-control-allow-origin").as_deref(), Some("https://ops.example.gov.cn"));
    assert!(answer.header("access-control-allow-headers").is_some_and(|h| h.contains("idempotency-key")));
    let other = open.send(preflight("https://elsewhere.example.com")).await;
    assert_eq!(other.header("access-control-allow-origin"), None);
    let token = open.token("city_admin").await;
    let read = open
        .send(
            TestRequest::get()
                .uri("/api/v1/me")
                .insert_header(bearer(&token))
                .insert_header(("Origin", "https://ops.example.gov.cn")),
        )
        .await;
    assert_eq!(read.status, 200);
    assert_eq!(read.header("access-control-allow-origin").as_deref(), Some("https://ops.example.gov.cn"));
    assert!(
        read.header("access-control-expose-headers").is_some_and(|h| h.to_ascii_lowercase().contains("x-request-id"))
    );
}
