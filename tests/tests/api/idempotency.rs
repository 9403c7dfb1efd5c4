//! Idempotent writes: a client that retries a POST or PATCH with its `Idempotency-Key` gets
//! the first answer, never a second write (the IETF `Idempotency-Key` draft). The crash
//! between commit and answer is drilled against the real binary (scripts/crash-drill.py).

use actix_web::test::TestRequest;
use diesel::prelude::*;
use tests::*;

fn keyed(request: TestRequest, token: &str, key: &str, body: serde_json::Value) -> TestRequest {
    request
        .set_json(body)
        .insert_header(("Authorization", format!("Bearer {token}")))
        .insert_header(("Idempotency-Key", key.to_owned()))
}

fn entries_of(conn: &mut api::db::DbConnection, member: i64) -> i64 {
    use api::db::schema::points_entries::dsl;
    dsl::points_entries.filter(dsl::member_id.eq(member)).count().get_result(conn).expect("count")
}

fn rule(conn: &mut api::db::DbConnection, code: &str) -> i64 {
    use api::db::schema::points_rules::dsl;
    dsl::points_rules
        .filter(dsl::code.eq(code))
        .filter(dsl::current.eq(true))
        .select(dsl::id)
        .first(conn)
        .expect("rule")
}

/// A full member of 育才社区第一网格党支部.
fn a_member(conn: &mut api::db::DbConnection) -> i64 {
    use api::db::schema::{members, organizations};
    members::table
        .inner_join(organizations::table.on(organizations::id.eq(members::membership_org_id)))
        .filter(organizations::name.eq("育才社区第一网格党支部"))
        .filter(members::stage.eq("full"))
        .select(members::id)
        .first(conn)
        .expect("member")
}

on_both_databases! {
    async fn a_retried_points_entry_is_written_once_and_answered_as_the_first_time(app) {
        let admin = app.token("city_admin").await;
        let mut conn = app.pool.get().expect("connection");
        let (member, award) = (a_member(&mut conn), rule(&mut conn, "A02"));
        let before = entries_of(&mut conn, member);
        let body = json!({"member_id": member, "rule_id": award, "occurred_on": "2026-06-01", "evidence": "社区志愿服务"});
        let post = || keyed(TestRequest::post().uri("/api/v1/points/entries"), &admin, "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"", body.clone());

        let first = app.send(post()).await;
        assert_eq!(first.status, 201, "{}", first.json());
        assert_eq!(first.header("idempotent-replayed"), None);
        let retried = app.send(post()).await;
        assert_eq!(retried.status, 201);
        assert_eq!(retried.header("idempotent-replayed").as_deref(), Some("true"));
        assert_eq!(retried.json(), first.json(), "the retry is answered with the first answer");
        assert_eq!(entries_of(&mut conn, member), before + 1, "one entry for two sends of one key");

        // The same key on another request is a client error, not a silent replay.
        let mut other = body.clone();
        other["evidence"] = json!("另一次服务");
        let reused = app.send(keyed(TestRequest::post().uri("/api/v1/points/entries"), &admin, "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"", other)).await;
        reused.assert_problem(422, "idempotency-key-reused");
        assert_eq!(entries_of(&mut conn, member), before + 1);

        // A key belongs to its caller: another account's request with the same key is its own.
        let other_admin = app.user_token("other_points_admin", domain::access::Role::OrgAdmin, "育才社区党委").await;
        let theirs = app.send(keyed(TestRequest::post().uri("/api/v1/points/entries"), &other_admin, "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"", body.clone())).await;
        assert_eq!(theirs.status, 201);
        assert_eq!(theirs.header("idempotent-replayed"), None);
        assert_eq!(entries_of(&mut conn, member), before + 2);

        // Without a key, each send is a write of its own.
        app.post("/api/v1/points/entries", &admin, body.clone()).await;
        app.post("/api/v1/points/entries", &admin, body).await;
        assert_eq!(entries_of(&mut conn, member), before + 4);
    }

    async fn a_refused_keyed_request_keeps_no_key_so_the_corrected_request_runs(app) {
        let admin = app.token("city_admin").await;
        let mut conn = app.pool.get().expect("connection");
        let (member, award) = (a_member(&mut conn), rule(&mut conn, "A02"));
        let before = entries_of(&mut conn, member);
        let future = json!({"member_id": member, "rule_id": award, "occurred_on": "2099-01-01", "evidence": "社区志愿服务"});
        let refused = app.send(keyed(TestRequest::post().uri("/api/v1/points/entries"), &admin, "fix-and-retry", future)).await;
        refused.assert_problem(422, "validation-failed");
        let corrected = json!({"member_id": member, "rule_id": award, "occurred_on": "2026-06-01", "evidence": "社区志愿服务"});
        let written = app.send(keyed(TestRequest::post().uri("/api/v1/points/entries"), &admin, "fix-and-retry", corrected)).await;
        assert_eq!(written.status, 201, "{}", written.json());
        assert_eq!(written.header("idempotent-replayed"), None);
        assert_eq!(entries_of(&mut conn, member), before + 1);
    }

    async fn a_retried_patch_is_answered_as_the_first_time_instead_of_failing_its_precondition(app) {
        let admin = app.token("city_admin").await;
        let path = format!("/api/v1/organizations/{}", app.org_id("育才社区第一网格党支部"));
        let etag = app.get(&path, &admin).await.header("etag").expect("etag");
        let patch = || {
            keyed(TestRequest::patch().uri(&path), &admin, "rename-once", json!({"name": "育才社区第一网格党支部（新）"}))
                .insert_header(("If-Match", etag.clone()))
        };
        let first = app.send(patch()).await;
        assert_eq!(first.status, 200, "{}", first.json());
        let retried = app.send(patch()).await;
        assert_eq!(retried.status, 200, "the retry's If-Match is stale, but it is the same request");
        assert_eq!(retried.header("idempotent-replayed").as_deref(), Some("true"));
        assert_eq!(retried.header("etag"), first.header("etag"));
        assert_eq!(retried.json()["version"], first.json()["version"]);
        // Without the key, the stale precondition is what the client hears.
        let plain = app.patch(&path, &admin, Some(&etag), json!({"name": "育才社区第一网格党支部（新）"})).await;
        plain.assert_problem(412, "precondition-failed");
    }

    async fn a_key_is_one_to_255_visible_characters(app) {
        let admin = app.token("city_admin").await;
        for key in ["", "键", &"k".repeat(256)] {
            let request = TestRequest::post().uri("/api/v1/points/entries").set_json(json!({}))
                .insert_header(("Authorization", format!("Bearer {admin}")))
                .insert_header(("Idempotency-Key", key));
            let refused = app.send(request).await;
            refused.assert_problem(422, "validation-failed");
            assert_eq!(refused.field_errors(), vec![("Idempotency-Key".to_owned(), "format".to_owned())]);
        }
    }

    async fn a_retry_while_the_first_is_still_running_is_told_to_wait_and_nothing_is_written_twice(app) {
        let admin = app.token("city_admin").await;
        let mut conn = app.pool.get().expect("connection");
        let (member, award) = (a_member(&mut conn), rule(&mut conn, "A02"));
        let before = entries_of(&mut conn, member);
        let body = json!({"member_id": member, "rule_id": award, "occurred_on": "2026-06-01", "evidence": "社区志愿服务"});
        // The first send's body is still arriving when the retry comes.
        let (claimed, on_claimed) = tokio::sync::oneshot::channel::<()>();
        let (arrive, on_arrive) = tokio::sync::oneshot::channel::<Vec<u8>>();
        let arriving = futures_util::stream::once(async move {
            let _ = claimed.send(());
            let bytes = on_arrive.await.unwrap_or_default();
            Ok::<_, actix_http::error::PayloadError>(actix_web::web::Bytes::from(bytes))
        });
        let (first, _) = TestRequest::post()
            .uri("/api/v1/points/entries")
            .insert_header(("Authorization", format!("Bearer {admin}")))
            .insert_header(("Idempotency-Key", "one-at-a-time"))
            .insert_header(("Content-Type", "application/json"))
            .to_request()
            .replace_payload(actix_http::Payload::from(Box::pin(arriving) as actix_http::BoxedPayloadStream));
        let retry = async {
            on_claimed.await.expect("the first send is being read");
            let retried = app.send(keyed(TestRequest::post().uri("/api/v1/points/entries"), &admin, "one-at-a-time", body.clone())).await;
            arrive.send(serde_json::to_vec(&body).expect("json")).expect("the first send waits");
            retried
        };
        let (first, retried) = futures_util::join!(app.send_request(first), retry);
        retried.assert_problem(409, "idempotency-key-in-use");
        assert_eq!(first.status, 201, "{}", first.json());
        // Once the first is answered, the retry gets its answer.
        let again = app.send(keyed(TestRequest::post().uri("/api/v1/points/entries"), &admin, "one-at-a-time", body.clone())).await;
        assert_eq!(again.header("idempotent-replayed").as_deref(), Some("true"));
        assert_eq!(again.json(), first.json());
        assert_eq!(entries_of(&mut app.pool.get().expect("connection"), member), before + 1);
    }
}
