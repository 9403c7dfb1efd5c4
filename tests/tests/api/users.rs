//! Accounts and the separation of the three administrators (三员分立).

use tests::*;

on_both_databases! {
    async fn only_the_security_admin_grants_roles(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let scope = app.org_id("中共老城街道工作委员会");
        let with_roles = json!({"username": "wang.wu", "display_name": "王五", "password": "Harbour-Lily-42x",
                                "roles": ["org_viewer"], "scope_org_id": scope});
        app.post("/api/v1/users", &sysadmin, with_roles.clone()).await.assert_problem(403, "forbidden");
        let plain = json!({"username": "wang.wu", "display_name": "王五", "password": "Harbour-Lily-42x", "scope_org_id": scope});
        let created = app.post("/api/v1/users", &sysadmin, plain).await;
        assert_eq!(created.status, 201);
        let id = created.json()["id"].as_i64().unwrap_or_default();
        let path = format!("/api/v1/users/{id}");
        let etag = app.get(&path, &sysadmin).await.header("etag");
        app.patch(&path, &sysadmin, etag.as_deref(), json!({"roles": ["org_admin"]})).await.assert_problem(403, "forbidden");
        let granted = app.patch(&path, &secadmin, etag.as_deref(), json!({"roles": ["org_viewer"]})).await;
        assert_eq!(granted.status, 200);
        assert_eq!(granted.json()["roles"], json!(["org_viewer"]));
        assert_eq!(granted.json()["scope_org_name"], "中共老城街道工作委员会");
        for business_user in ["city_admin", "auditor"] {
            let token = app.token(business_user).await;
            app.get("/api/v1/users", &token).await.assert_problem(403, "forbidden");
        }
    }

    async fn the_security_administrator_resets_a_forgotten_password_to_be_changed_at_the_next_login(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let created = app.post("/api/v1/users", &sysadmin, json!({"username": "forgetful", "display_name": "健忘", "password": "Harbour-Lily-42x"})).await;
        let id = created.json()["id"].as_i64().unwrap_or_default();
        let reset = format!("/api/v1/users/{id}/password-reset");
        // Who may reset is decided before the body is read.
        app.post(&reset, &sysadmin, json!({"password": "Meadow-Finch-77q"})).await.assert_problem(403, "forbidden");
        app.post(&reset, &sysadmin, json!({"wrong": 1})).await.assert_problem(403, "forbidden");
        app.post(&reset, &secadmin, json!({"password": "short"})).await.assert_problem(422, "password-policy");
        let done = app.post(&reset, &secadmin, json!({"password": "Meadow-Finch-77q"})).await;
        assert_eq!(done.status, 200, "{}", String::from_utf8_lossy(&done.body));
        app.login_with("forgetful", "Harbour-Lily-42x").await.assert_problem(401, "invalid-credentials");
        let login = app.login_with("forgetful", "Meadow-Finch-77q").await;
        assert_eq!(login.status, 200, "{}", String::from_utf8_lossy(&login.body));
        let token = login.json()["access_token"].as_str().unwrap_or_default().to_owned();
        app.get("/api/v1/members", &token).await.assert_problem(403, "password-change-required");
        let me = app.get("/api/v1/me", &secadmin).await.json();
        app.post(&format!("/api/v1/users/{}/password-reset", me["id"]), &secadmin, json!({"password": "Meadow-Finch-77q"})).await
            .assert_problem(422, "own-account");
        let auditor = app.token("auditor").await;
        let audit = app.get("/api/v1/audit-events?action=user.password_reset", &auditor).await.json();
        assert_eq!(audit["total"], 1);
        assert_eq!(audit["items"][0]["object_name"], "forgetful", "the auditor reads whose password, not a number");
    }

    async fn no_account_holds_two_administrator_roles(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let created = app.post("/api/v1/users", &sysadmin, json!({"username": "two.hats", "display_name": "两顶帽子", "password": "Harbour-Lily-42x"})).await;
        let path = format!("/api/v1/users/{}", created.json()["id"]);
        let etag = created.header("etag");
        app.patch(&path, &secadmin, etag.as_deref(), json!({"roles": ["system_admin", "audit_admin"]})).await
            .assert_problem(422, "role-separation");
        app.patch(&path, &secadmin, etag.as_deref(), json!({"roles": ["org_admin"]})).await.assert_problem(422, "role-separation");
    }

    async fn the_security_administrator_creates_no_account_so_cannot_log_in_through_one(app) {
        let secadmin = app.token("secadmin").await;
        let scope = app.org_id("中共安康市委员会");
        // The attack: create an org_admin, grant it, log in as it, read personal data.
        let body = json!({"username": "back.door", "display_name": "后门", "password": "Harbour-Lily-42x", "scope_org_id": scope});
        app.post("/api/v1/users", &secadmin, body.clone()).await.assert_problem(403, "forbidden");
        let mut with_roles = body;
        with_roles["roles"] = json!(["org_admin"]);
        app.post("/api/v1/users", &secadmin, with_roles).await.assert_problem(403, "forbidden");
        app.login_with("back.door", "Harbour-Lily-42x").await.assert_problem(401, "invalid-credentials");
    }

    async fn administrators_do_not_administer_their_own_accounts(app) {
        for (username, change) in [("secadmin", json!({"roles": []})), ("sysadmin", json!({"disabled": true}))] {
            let token = app.token(username).await;
            let me = app.get("/api/v1/me", &token).await.json();
            let path = format!("/api/v1/users/{}", me["id"]);
            let etag = app.get(&path, &token).await.header("etag");
            app.patch(&path, &token, etag.as_deref(), change).await.assert_problem(422, "own-account");
        }
    }

    async fn the_auditor_is_disabled_only_by_the_security_administrator_and_never_the_last_one(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let auditor = app.token("auditor").await;
        let path = format!("/api/v1/users/{}", app.get("/api/v1/me", &auditor).await.json()["id"]);
        let etag = app.get(&path, &sysadmin).await.header("etag");
        app.patch(&path, &sysadmin, etag.as_deref(), json!({"disabled": true})).await.assert_problem(403, "forbidden");
        app.patch(&path, &secadmin, etag.as_deref(), json!({"disabled": true})).await.assert_problem(422, "last-administrator");
        app.patch(&path, &secadmin, etag.as_deref(), json!({"roles": []})).await.assert_problem(422, "last-administrator");
        assert_eq!(app.get("/api/v1/audit-events", &auditor).await.status, 200, "the auditor still audits");
    }

    async fn usernames_are_unique(app) {
        let sysadmin = app.token("sysadmin").await;
        let body = json!({"username": "city_admin", "display_name": "重名", "password": "Harbour-Lily-42x"});
        app.post("/api/v1/users", &sysadmin, body).await.assert_problem(409, "conflict");
    }

    async fn taking_the_auditor_off_duty_waits_for_a_second_administrator(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let auditor = app.token("auditor").await;
        // A second auditor, so that the first is not the last one.
        let second = json!({"username": "auditor.two", "display_name": "审计员二", "password": "Harbour-Lily-42x"});
        let second = app.post("/api/v1/users", &sysadmin, second).await.json()["id"].as_i64().unwrap_or_default();
        let second_path = format!("/api/v1/users/{second}");
        let etag = app.get(&second_path, &secadmin).await.header("etag");
        assert_eq!(app.patch(&second_path, &secadmin, etag.as_deref(), json!({"roles": ["audit_admin"]})).await.status, 200);

        let path = format!("/api/v1/users/{}", app.get("/api/v1/me", &auditor).await.json()["id"]);
        let etag = app.get(&path, &secadmin).await.header("etag");
        let asked = app.patch(&path, &secadmin, etag.as_deref(), json!({"disabled": true})).await;
        assert_eq!(asked.status, 202, "{}", String::from_utf8_lossy(&asked.body));
        let asked = asked.json();
        assert_eq!((asked["status"].clone(), asked["username"].clone()), (json!("pending"), json!("auditor")));
        assert_eq!(asked["change"], json!({"disabled": true}));
        assert_eq!(app.get("/api/v1/audit-events", &auditor).await.status, 200, "nothing changed yet");
        app.patch(&path, &secadmin, etag.as_deref(), json!({"roles": []})).await.assert_problem(409, "conflict");

        let confirm = format!("/api/v1/account-changes/{}/confirm", asked["id"]);
        app.post(&confirm, &secadmin, json!({})).await.assert_problem(422, "second-administrator-required");
        app.post(&confirm, &auditor, json!({})).await.assert_problem(403, "forbidden");
        let waiting = app.get("/api/v1/account-changes?status=pending", &sysadmin).await.json();
        assert_eq!(waiting["items"][0]["requested_by_username"], "secadmin");
        let confirmed = app.post(&confirm, &sysadmin, json!({})).await;
        assert_eq!(confirmed.status, 200, "{}", String::from_utf8_lossy(&confirmed.body));
        assert_eq!(confirmed.json()["disabled"], true);
        assert_eq!(app.get("/api/v1/audit-events", &auditor).await.status, 401, "the auditor's session ended");
        app.post(&confirm, &sysadmin, json!({})).await.assert_problem(409, "conflict");

        // The second auditor is now the last one: the rule holds when the change is asked.
        let etag = app.get(&second_path, &secadmin).await.header("etag");
        app.patch(&second_path, &secadmin, etag.as_deref(), json!({"disabled": true})).await.assert_problem(422, "last-administrator");
        use api::db::schema::audit_events as a;
        use diesel::prelude::*;
        let mut conn = app.pool.get().expect("connection");
        let confirmed_by: Vec<(Option<String>, Option<String>)> = a::table
            .filter(a::action.eq("user.update"))
            .select((a::actor_username, a::detail))
            .load(&mut conn)
            .expect("audit events");
        assert!(
            confirmed_by.iter().any(|(actor, detail)| actor.as_deref() == Some("sysadmin")
                && detail.as_deref().is_some_and(|d| d.contains("disabled=true") && d.contains("asked by secadmin"))),
            "the audit log says who asked and who confirmed: {confirmed_by:?}"
        );
    }

    async fn a_waiting_change_can_be_withdrawn(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let second = json!({"username": "auditor.two", "display_name": "审计员二", "password": "Harbour-Lily-42x"});
        let second = app.post("/api/v1/users", &sysadmin, second).await.json()["id"].as_i64().unwrap_or_default();
        let second_path = format!("/api/v1/users/{second}");
        let etag = app.get(&second_path, &secadmin).await.header("etag");
        app.patch(&second_path, &secadmin, etag.as_deref(), json!({"roles": ["audit_admin"]})).await;
        let etag = app.get(&second_path, &secadmin).await.header("etag");
        let asked = app.patch(&second_path, &secadmin, etag.as_deref(), json!({"roles": []})).await.json();
        assert_eq!(asked["status"], "pending", "taking the role away waits too: {asked}");
        let declined = app.post(&format!("/api/v1/account-changes/{}/decline", asked["id"]), &secadmin, json!({})).await;
        assert_eq!(declined.json()["status"], "declined");
        assert_eq!(app.get(&second_path, &secadmin).await.json()["roles"], json!(["audit_admin"]));
        app.post(&format!("/api/v1/account-changes/{}/confirm", asked["id"]), &sysadmin, json!({})).await
            .assert_problem(409, "conflict");
    }
}
