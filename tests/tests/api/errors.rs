//! Bad input always gets a problem document, never a 500 and never a half-written change.

use actix_web::test::TestRequest;
use tests::*;

fn create_org_body(parent: i64, area: i64) -> serde_json::Value {
    json!({"name": "测试党支部", "kind": "branch", "parent_id": parent, "field": "community",
           "setting_type": "independent", "area_id": area})
}

on_both_databases! {
    async fn malformed_json_is_a_400_problem(app) {
        let token = app.token("city_admin").await;
        let request = TestRequest::post()
            .uri("/api/v1/organizations")
            .insert_header(("Authorization", format!("Bearer {token}")))
            .insert_header(("Content-Type", "application/json"))
            .set_payload("{\"name\": ");
        app.send(request).await.assert_problem(400, "malformed-json");
    }

    async fn unknown_fields_wrong_types_and_overlong_strings_name_the_field(app) {
        let token = app.token("city_admin").await;
        let parent = app.org_id("育才社区党委");
        let area = app.area_id("育才社区");
        let mut unknown = create_org_body(parent, area);
        unknown["colour"] = json!("red");
        let response = app.post("/api/v1/organizations", &token, unknown).await;
        response.assert_problem(422, "validation-failed");
        assert_eq!(response.field_errors(), vec![("colour".to_owned(), "unknown_field".to_owned())]);

        let mut wrong_type = create_org_body(parent, area);
        wrong_type["area_id"] = json!("育才社区");
        let response = app.post("/api/v1/organizations", &token, wrong_type).await;
        response.assert_problem(422, "validation-failed");
        assert_eq!(response.field_errors(), vec![("area_id".to_owned(), "invalid_type".to_owned())]);

        let mut overlong = create_org_body(parent, area);
        overlong["name"] = json!("党".repeat(101));
        let response = app.post("/api/v1/organizations", &token, overlong).await;
        response.assert_problem(422, "validation-failed");
        assert_eq!(response.field_errors(), vec![("name".to_owned(), "length".to_owned())]);

        let mut bad_code = create_org_body(parent, area);
        bad_code["kind"] = json!("cell");
        let response = app.post("/api/v1/organizations", &token, bad_code).await;
        assert_eq!(response.field_errors(), vec![("kind".to_owned(), "invalid_value".to_owned())]);
        // Nothing was written by any of them.
        let list = app.get(&format!("/api/v1/organizations?parent_id={parent}&q=测试"), &token).await.json();
        assert_eq!(list["total"], 0);
    }

    async fn bodies_over_one_mebibyte_get_413_and_other_media_types_415(app) {
        let token = app.token("city_admin").await;
        let huge = json!({"name": "x".repeat(1024 * 1024 + 10)});
        app.post("/api/v1/organizations", &token, huge).await.assert_problem(413, "payload-too-large");
        let request = TestRequest::post()
            .uri("/api/v1/organizations")
            .insert_header(("Authorization", format!("Bearer {token}")))
            .insert_header(("Content-Type", "text/plain"))
            .set_payload("name=x");
        app.send(request).await.assert_problem(415, "unsupported-media-type");
    }

    async fn list_limits_above_200_are_refused(app) {
        let token = app.token("city_admin").await;
        let response = app.get("/api/v1/organizations?limit=201", &token).await;
        response.assert_problem(422, "validation-failed");
        assert_eq!(response.field_errors(), vec![("limit".to_owned(), "range".to_owned())]);
        let response = app.get("/api/v1/units?limit=abc", &token).await;
        assert_eq!(response.field_errors(), vec![("limit".to_owned(), "invalid_value".to_owned())]);
        let response = app.get("/api/v1/areas?colour=red", &token).await;
        assert_eq!(response.field_errors(), vec![("colour".to_owned(), "unknown_field".to_owned())]);
        assert_eq!(app.get("/api/v1/organizations?limit=200", &token).await.status, 200);
    }

    async fn unknown_routes_are_404_and_wrong_methods_405_problems(app) {
        let token = app.token("city_admin").await;
        app.get("/api/v1/nothing-here", &token).await.assert_problem(404, "not-found");
        app.get("/api/v1/organizations/not-a-number", &token).await.assert_problem(404, "not-found");
        let response = app.send(TestRequest::put().uri("/api/v1/organizations/1")).await;
        response.assert_problem(405, "method-not-allowed");
        assert_eq!(response.header("allow").as_deref(), Some("GET, PATCH, DELETE"));
    }

    async fn patch_and_delete_need_a_current_if_match(app) {
        let token = app.token("city_admin").await;
        let id = app.org_id("鼓楼社区第一网格党支部");
        let path = format!("/api/v1/organizations/{id}");
        let read = app.get(&path, &token).await;
        let etag = read.header("etag").expect("ETag on a single resource");
        app.patch(&path, &token, None, json!({"name": "鼓楼社区第一网格第一党支部"})).await.assert_problem(428, "precondition-required");
        let changed = app.patch(&path, &token, Some(&etag), json!({"name": "鼓楼社区第一网格第一党支部"})).await;
        assert_eq!(changed.status, 200);
        assert_ne!(changed.header("etag"), Some(etag.clone()), "a change gives a new ETag");
        app.patch(&path, &token, Some(&etag), json!({"name": "过期的修改"})).await.assert_problem(412, "precondition-failed");
        app.delete(&path, &token, None).await.assert_problem(428, "precondition-required");
        app.delete(&path, &token, Some(&etag)).await.assert_problem(412, "precondition-failed");
        assert_eq!(app.get(&path, &token).await.json()["name"], "鼓楼社区第一网格第一党支部");
    }

    async fn an_invalid_credit_code_is_a_422_naming_the_field(app) {
        let token = app.token("city_admin").await;
        let body = |code: &str| json!({
            "name": "安康测试科技有限公司", "credit_code": code, "field": "private_enterprise",
            "area_id": app.area_id("育才社区"), "staff_count": 10, "party_member_count": 0, "coverage": "none"
        });
        let wrong = app.post("/api/v1/units", &token, body("91350100M000100Y44")).await;
        wrong.assert_problem(422, "validation-failed");
        assert_eq!(wrong.field_errors(), vec![("credit_code".to_owned(), "checksum".to_owned())]);
        let short = app.post("/api/v1/units", &token, body("9135")).await;
        assert_eq!(short.field_errors(), vec![("credit_code".to_owned(), "format".to_owned())]);
        let created = app.post("/api/v1/units", &token, body("91350100M000100Y43")).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let duplicate = app.post("/api/v1/units", &token, body("91350100M000100Y43")).await;
        duplicate.assert_problem(409, "conflict");
    }
}

on_both_databases! {
    async fn answers_carry_the_security_headers_and_api_answers_are_never_stored(app) {
        let token = app.token("city_admin").await;
        let me = app.get("/api/v1/me", &token).await;
        assert_eq!(me.header("cache-control").as_deref(), Some("no-store"), "personal data is never kept by a browser or proxy");
        assert_eq!(me.header("referrer-policy").as_deref(), Some("no-referrer"));
        assert_eq!(me.header("x-content-type-options").as_deref(), Some("nosniff"));
        let csp = me.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), "{csp}");
        assert!(!csp.contains("script-src 'self' 'unsafe-inline'"), "no inline script: {csp}");
        let refused = app.get("/api/v1/me", "not-a-token").await;
        assert_eq!(refused.header("cache-control").as_deref(), Some("no-store"), "problems too");
    }

    async fn list_pages_travel_compressed_to_clients_that_accept_it(app) {
        let token = app.token("city_admin").await;
        let path = "/api/v1/members?limit=200";
        let plain = app.get(path, &token).await;
        assert_eq!(plain.status, 200);
        assert_eq!(plain.header("content-encoding"), None, "nothing the client did not ask for");
        let request = TestRequest::get()
            .uri(&uri(path))
            .insert_header(("Authorization", format!("Bearer {token}")))
            .insert_header(("Accept-Encoding", "gzip"));
        let packed = app.send(request).await;
        assert_eq!(packed.status, 200);
        assert_eq!(packed.header("content-encoding").as_deref(), Some("gzip"));
        assert!(packed.body.len() * 4 < plain.body.len(), "{} bytes gzipped of {}", packed.body.len(), plain.body.len());
    }
}

on_both_databases! {
    async fn a_caller_without_the_right_gets_403_before_anything_about_the_body(app) {
        let member = app.token("yucai_member").await;
        for (path, body) in [
            ("/api/v1/users", json!({"username": 1, "nonsense": true})),
            ("/api/v1/members", json!({})),
            ("/api/v1/areas", json!({"name": ""})),
        ] {
            let refused = app.post(path, &member, body).await;
            refused.assert_problem(403, "forbidden");
            assert!(refused.field_errors().is_empty(), "{path}: the refusal says nothing about the body");
        }
        let secadmin = app.token("secadmin").await;
        app.post("/api/v1/users", &secadmin, json!({"username": ""})).await.assert_problem(403, "forbidden");
        let sysadmin = app.token("sysadmin").await;
        app.post("/api/v1/users", &sysadmin, json!({"username": ""})).await.assert_problem(422, "validation-failed");
    }
}

on_both_databases! {
    async fn the_nul_character_is_refused_in_queries_and_bodies_naming_the_field(app) {
        let admin = app.token("city_admin").await;
        let query = app.get("/api/v1/organizations?q=%E8%82%B2%00", &admin).await.assert_problem(422, "validation-failed");
        assert_eq!((query["errors"][0]["field"].clone(), query["errors"][0]["code"].clone()), (json!("q"), json!("invalid_characters")));
        let body = json!({"name": "育才社区\u{0}第三网格", "kind": "grid", "parent_id": app.area_id("育才社区")});
        let refused = app.post("/api/v1/areas", &admin, body).await.assert_problem(422, "validation-failed");
        assert_eq!((refused["errors"][0]["field"].clone(), refused["errors"][0]["code"].clone()), (json!("name"), json!("invalid_characters")));
        let areas = app.get(&format!("/api/v1/areas?parent_id={}", app.area_id("育才社区")), &admin).await.json();
        assert!(!areas.to_string().contains("第三网格"), "nothing was written");
    }
}
