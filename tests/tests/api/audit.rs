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
