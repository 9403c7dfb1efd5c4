//! Accounts and the separation of the three administrators (三员分立).

use tests::*;

on_both_databases! {
    async fn only_the_security_admin_grants_roles(app) {
        let sysadmin = app.token("sysadmin").await;
        let secadmin = app.token("secadmin").await;
        let scope = app.org_id("中共老城街道工作委员会");
        let with_roles = json!({"username": "wang.wu", "display_name": "王五", "password": "a long password",
                                "roles": ["org_viewer"], "scope_org_id": scope});
        app.post("/api/v1/users", &sysadmin, with_roles.clone()).await.assert_problem(403, "forbidden");
        let plain = json!({"username": "wang.wu", "display_name": "王五", "password": "a long password", "scope_org_id": scope});
        let created = app.post("/api/v1/users", &sysadmin, plain).await;
        assert_eq!(created.status, 201);
        let id = created.json()["id"].as_i64().unwrap_or_default();
        let path = format!("/api/v1/users/{id}");
        let etag = app.get(&path, &sysadmin).await.header("etag");
        app.patch(&path, &sysadmin, etag.as_deref(), json!({"roles": ["org_admin"]})).await.assert_problem(403, "forbidden");
        let granted = app.patch(&path, &secadmin, etag.as_deref(), json!({"roles": ["org_viewer"]})).await;
        assert_eq!(granted.status, 200);
        assert_eq!(granted.json()["roles"], json!(["org_viewer"]));
        for business_user in ["city_admin", "auditor"] {
            let token = app.token(business_user).await;
            app.get("/api/v1/users", &token).await.assert_problem(403, "forbidden");
        }
    }

    async fn no_account_holds_two_administrator_roles(app) {
        let secadmin = app.token("secadmin").await;
        let body = json!({"username": "two.hats", "display_name": "两顶帽子", "password": "a long password",
                          "roles": ["system_admin", "audit_admin"]});
        let response = app.post("/api/v1/users", &secadmin, body).await;
        response.assert_problem(422, "role-separation");
        let body = json!({"username": "no.scope", "display_name": "无范围", "password": "a long password", "roles": ["org_admin"]});
        app.post("/api/v1/users", &secadmin, body).await.assert_problem(422, "role-separation");
    }

    async fn usernames_are_unique(app) {
        let sysadmin = app.token("sysadmin").await;
        let body = json!({"username": "city_admin", "display_name": "重名", "password": "a long password"});
        app.post("/api/v1/users", &sysadmin, body).await.assert_problem(409, "conflict");
    }
}
