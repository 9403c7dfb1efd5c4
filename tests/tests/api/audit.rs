//! The audit log records writes and authentication events, and only the auditor reads it.

use tests::*;

on_both_databases! {
    async fn writes_and_logins_are_audited_for_the_auditor_only(app) {
        let admin = app.token("city_admin").await;
        app.login_with("city_admin", "wrong password!").await.assert_problem(401, "invalid-credentials");
        let created = app.post("/api/v1/areas", &admin, json!({"name": "育才社区第三网格", "kind": "grid", "parent_id": app.area_id("育才社区")})).await;
        let area_id = created.json()["id"].to_string();
        let auditor = app.token("auditor").await;
        let events = app.get("/api/v1/audit-events?object_type=area&action=area.create", &auditor).await.json();
        assert_eq!(events["total"], 1);
        let event = &events["items"][0];
        assert_eq!(event["actor_username"], "city_admin");
        assert_eq!(event["object_id"], area_id);
        assert_eq!(event["outcome"], "success");
        assert_eq!(event["client_addr"], "192.0.2.10");
        let failures = app.get("/api/v1/audit-events?action=auth.login&outcome=failure", &auditor).await.json();
        assert_eq!(failures["total"], 1);
        assert_eq!(failures["items"][0]["actor_username"], "city_admin");
        let logins = app.get("/api/v1/audit-events?action=auth.login&outcome=success", &auditor).await.json();
        assert!(logins["total"].as_i64().is_some_and(|n| n >= 2));
        for other in ["sysadmin", "secadmin", "city_admin"] {
            let token = app.token(other).await;
            app.get("/api/v1/audit-events", &token).await.assert_problem(403, "forbidden");
        }
    }

    async fn no_route_changes_the_audit_log(app) {
        let auditor = app.token("auditor").await;
        let response = app.patch("/api/v1/audit-events", &auditor, None, json!({})).await;
        response.assert_problem(405, "method-not-allowed");
        let response = app.delete("/api/v1/audit-events", &auditor, None).await;
        response.assert_problem(405, "method-not-allowed");
        let response = app.delete("/api/v1/audit-events/1", &auditor, None).await;
        response.assert_problem(404, "not-found");
    }
}

on_both_databases! {
    async fn refused_requests_are_audited_with_who_asked(app) {
        let viewer = app.token("xincheng_viewer").await;
        let admin = app.token("city_admin").await;
        let seen: Vec<i64> = app.get("/api/v1/members?limit=200", &viewer).await.json()["items"]
            .as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()).collect();
        let outside = app.get("/api/v1/members?limit=200", &admin).await.json()["items"]
            .as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()).find(|id| !seen.contains(id)).expect("a member elsewhere");
        let path = format!("/api/v1/members/{outside}");
        app.get(&path, &viewer).await.assert_problem(404, "not-found");
        app.get("/api/v1/users", &viewer).await.assert_problem(403, "forbidden");
        let viewer_id = app.get("/api/v1/me", &viewer).await.json()["id"].clone();
        let auditor = app.token("auditor").await;
        let refused = app.get("/api/v1/audit-events?action=request.refused&limit=200", &auditor).await.json();
        let items = refused["items"].as_array().cloned().unwrap_or_default();
        for (target, status) in [(path.as_str(), "404"), ("/api/v1/users", "403")] {
            let event = items.iter().find(|e| e["object_id"] == target).unwrap_or_else(|| panic!("{target} is audited: {refused}"));
            assert_eq!(event["actor_id"], viewer_id, "who asked");
            assert_eq!(event["outcome"], "denied");
            assert!(event["detail"].as_str().is_some_and(|d| d.ends_with(status)));
        }
    }

    async fn the_audit_chain_finds_a_changed_event(app) {
        let auditor = app.token("auditor").await;
        let whole = app.get("/api/v1/audit-events/chain", &auditor).await.json();
        assert_eq!(whole["first_broken_id"], serde_json::Value::Null, "{whole}");
        assert_eq!(whole["before_chain"], 0);
        assert!(whole["events"].as_i64().is_some_and(|n| n > 0));
        let target = app.get("/api/v1/audit-events?action=auth.login&limit=1", &auditor).await.json()["items"][0]["id"].as_i64().unwrap_or_default();
        {
            use diesel::prelude::*;
            let mut conn = app.pool.get().expect("connection");
            // Someone with the database in hand gets past the append-only triggers.
            let lift = match app.engine {
                api::db::Engine::Sqlite => "DROP TRIGGER audit_events_no_update",
                api::db::Engine::Postgres => "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change",
            };
            diesel::sql_query(lift).execute(&mut conn).expect("lift the trigger");
            diesel::sql_query(format!("UPDATE audit_events SET client_addr = '203.0.113.9' WHERE id = {target}"))
                .execute(&mut conn)
                .expect("tamper");
        }
        let broken = app.get("/api/v1/audit-events/chain", &auditor).await.json();
        assert_eq!(broken["first_broken_id"], target, "{broken}");
        app.get("/api/v1/audit-events/chain", &app.token("city_admin").await).await.assert_problem(403, "forbidden");
    }

    async fn events_are_kept_for_the_retention_and_a_removal_leaves_a_checked_start(app) {
        use api::audit::{self, ChainHead};
        use diesel::prelude::*;
        let auditor = app.token("auditor").await;
        let mut conn = app.pool.get().expect("connection");
        let today = api::routes::common::today();
        let days = |n: u64| today.checked_add_days(chrono::Days::new(n)).expect("a date");
        // Nothing recorded within the last 180 days may go.
        let refused = api::db::write_transaction(&mut conn, |c| audit::prune(c, days(1), today, 180));
        assert!(refused.is_err(), "events younger than the retention stay");
        let before = audit::verify(&mut conn).expect("verify");
        let old_head = before.head.clone().expect("a head");

        // 181 days on, everything recorded so far is old enough to go.
        let removed = api::db::write_transaction(&mut conn, |c| audit::prune(c, days(1), days(181), 180)).expect("prune");
        assert_eq!(i64::try_from(removed).ok(), Some(before.events));
        app.token("city_admin").await;
        let after = app.get("/api/v1/audit-events/chain", &auditor).await.json();
        assert_eq!(after["first_broken_id"], serde_json::Value::Null, "the chain goes on from the mark: {after}");
        assert_eq!(after["pruned_through"], old_head.id);
        assert!(audit::holds_anchor(&mut conn, &old_head).expect("anchor"), "a head removed for retention is not a cut");

        // The newest events cut off: the head kept elsewhere is no longer there.
        let head: ChainHead = serde_json::from_value(after["head"].clone()).expect("head");
        let lift = match app.engine {
            api::db::Engine::Sqlite => "DROP TRIGGER audit_events_no_delete",
            api::db::Engine::Postgres => "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change",
        };
        diesel::sql_query(lift).execute(&mut conn).expect("lift the trigger");
        let cut = diesel::sql_query(format!("DELETE FROM audit_events WHERE id = {}", head.id)).execute(&mut conn).expect("cut");
        assert_eq!(cut, 1, "{head:?}");
        assert!(!audit::holds_anchor(&mut conn, &head).expect("anchor"), "a cut behind a kept head is found");

        // A mark moved later, to hide events as if removed for retention, is found.
        let (hide_id, hide_hash): (i64, Option<String>) = api::db::schema::audit_events::table
            .order(api::db::schema::audit_events::id.desc())
            .select((api::db::schema::audit_events::id, api::db::schema::audit_events::chain_hash))
            .first(&mut conn)
            .expect("an event");
        diesel::insert_into(api::db::schema::audit_prunes::table)
            .values((
                api::db::schema::audit_prunes::through_id.eq(hide_id),
                api::db::schema::audit_prunes::through_hash.eq(hide_hash),
                api::db::schema::audit_prunes::before_date.eq(today),
                api::db::schema::audit_prunes::pruned_at.eq(api::db::now()),
            ))
            .execute(&mut conn)
            .expect("a forged mark");
        diesel::delete(api::db::schema::audit_events::table.filter(api::db::schema::audit_events::id.le(hide_id)))
            .execute(&mut conn)
            .expect("hide");
        app.token("city_admin").await;
        let forged = app.get("/api/v1/audit-events/chain", &auditor).await.json();
        assert_eq!(forged["first_broken_id"], hide_id + 1, "{forged}");
    }
}
