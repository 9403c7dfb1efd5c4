//! Resident requests and the three-level response (DOMAIN.md §8), in the JSON API and through
//! Open311 GeoReport v2.

use actix_web::test::TestRequest;
use chrono::{Duration, Utc};
use domain::access::Role;
use serde_json::{Value, json};
use tests::*;

async fn hotline_token<S, B>(app: &tests::TestApp<S>) -> String
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let secret = app.passwords["hotline12345"].clone();
    let body = json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": secret});
    app.post("/api/v1/auth/token", "", body).await.json()["access_token"].as_str().expect("token").to_owned()
}

async fn category<S, B>(app: &tests::TestApp<S>, token: &str, code: &str) -> i64
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let list = app.get("/api/v1/request-categories", token).await.json();
    let items = list["items"].as_array().expect("items").clone();
    items.iter().find(|c| c["code"] == code).and_then(|c| c["id"].as_i64()).expect("category")
}

fn step(kind: &str) -> Value {
    json!({"step": kind})
}

on_both_databases! {
    async fn a_hotline_request_is_accepted_dispatched_resolved_and_rated_by_the_resident(app) {
        let hotline = hotline_token(&app).await;
        let sanitation = category(&app, &hotline, "sanitation").await;
        let grid = app.area_id("育才社区第一网格");
        let new = json!({
            "request_type": "complaint", "category_id": sanitation, "channel": "hotline",
            "description": "3号楼楼道堆放杂物，影响通行", "area_id": grid, "external_id": "HL-20261203-001",
            "resident": {"name": "张三丰", "phone": "13812345678", "address": "育才路1号3号楼"}
        });
        let created = app.post("/api/v1/requests", &hotline, new.clone()).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let request = created.json();
        let id = request["id"].as_i64().expect("id");
        assert_eq!((request["state"].as_str(), request["level"].as_str()), (Some("submitted"), Some("community")));
        assert_eq!(request["community_name"], "育才社区");
        assert_eq!(request["street_name"], "老城街道");
        assert_eq!(request["clock"], "accept");
        // Personal data is masked in everything the hotline reads back.
        assert_eq!(request["resident_name"], "张**");
        assert_eq!(request["resident_phone"], "138****5678");
        assert_eq!(request["address"], "育才社区****");
        assert!(!String::from_utf8_lossy(&created.body).contains("13812345678"), "the full phone is never answered");

        // Rule: the same hotline ticket handed over twice is one request.
        let again = app.post("/api/v1/requests", &hotline, new).await;
        assert_eq!(again.status, 200);
        assert_eq!(again.json()["id"], id);

        let community = app.user_token("yucai_staff", Role::OrgAdmin, "育才社区党委").await;
        let grid_leader = app.token("yucai_grid").await;
        let path = format!("/api/v1/requests/{id}/steps");
        // Rule: only the holding platform accepts; a step out of order names the state.
        app.post(&path, &grid_leader, step("accept")).await.assert_problem(403, "forbidden");
        let early = app.post(&path, &community, json!({"step": "resolve", "note": "已清理"})).await;
        early.assert_problem(422, "request-state");
        app.post(&path, &community, step("reject")).await.assert_problem(422, "validation-failed");

        let accepted = app.post(&path, &community, step("accept")).await;
        assert_eq!(accepted.status, 200, "{}", String::from_utf8_lossy(&accepted.body));
        assert_eq!(accepted.json()["answered_in_time"], true);
        assert_eq!(accepted.json()["clock"], "resolve");
        let leader_id = {
            let me = app.get("/api/v1/me", &grid_leader).await.json();
            me["id"].as_i64().expect("my id")
        };
        let dispatch = json!({"step": "dispatch", "assignee": {"kind": "user", "id": leader_id}, "note": "请网格长处理"});
        let dispatched = app.post(&path, &community, dispatch).await.json();
        assert_eq!(dispatched["state"], "in_progress");
        assert_eq!(dispatched["assignee"]["name"], "育才社区网格长");

        // The grid leader finds it among its tasks and resolves it.
        let mine = app.get("/api/v1/requests?mine=true", &grid_leader).await.json();
        assert_eq!(mine["items"].as_array().map(|i| i.iter().any(|r| r["id"] == id)), Some(true));
        let detail = app.get(&format!("/api/v1/requests/{id}"), &grid_leader).await.json();
        assert_eq!(detail["available_steps"], json!(["suspend", "resolve"]));
        app.post(&path, &grid_leader, json!({"step": "resolve"})).await.assert_problem(422, "validation-failed");
        let resolved = app.post(&path, &grid_leader, json!({"step": "resolve", "note": "已联系物业清理楼道"})).await;
        assert_eq!(resolved.status, 200);
        let link = resolved.json()["rating_link"].as_str().expect("rating link").to_owned();
        let token = link.trim_start_matches("/rate/");

        // The resident rates through the one-time link, which is then used up.
        let invitation = app.get(&format!("/api/v1/request-ratings/{token}"), "").await;
        assert_eq!(invitation.json()["resolution"], "已联系物业清理楼道");
        assert!(!String::from_utf8_lossy(&invitation.body).contains("张"), "no personal data behind the link");
        let rate = |rating: u8| json!({"rating": rating, "comment": "处理及时"});
        app.post(&format!("/api/v1/request-ratings/{token}"), "", rate(6)).await.assert_problem(422, "validation-failed");
        assert_eq!(app.post(&format!("/api/v1/request-ratings/{token}"), "", rate(5)).await.status, 204);
        app.post(&format!("/api/v1/request-ratings/{token}"), "", rate(5)).await.assert_problem(404, "not-found");

        let closed = app.get(&format!("/api/v1/requests/{id}"), &hotline).await.json();
        assert_eq!((closed["state"].as_str(), closed["rating"].as_i64()), (Some("closed"), Some(5)));
        assert_eq!(closed["rating_comment"], "处理及时");
        let steps: Vec<&str> = closed["events"].as_array().expect("events").iter().filter_map(|e| e["step"].as_str()).collect();
        assert_eq!(steps, ["submit", "accept", "dispatch", "resolve", "close"]);

        // The resident's data in full: party-affairs staff only, and audited.
        let full = app.get(&format!("/api/v1/requests/{id}/resident"), &community).await.json();
        assert_eq!(full["phone"], "13812345678");
        app.get(&format!("/api/v1/requests/{id}/resident"), &grid_leader).await.assert_problem(403, "forbidden");
        // Another street does not see the request at all.
        let xincheng = app.token("xincheng_viewer").await;
        app.get(&format!("/api/v1/requests/{id}"), &xincheng).await.assert_problem(404, "not-found");
    }

    async fn photos_of_the_spot_and_of_the_work_come_from_the_registrar_and_the_desks_until_closed(app) {
        let grid_leader = app.token("yucai_grid").await;
        let leader_id = app.get("/api/v1/me", &grid_leader).await.json()["id"].as_i64().expect("my id");
        let new = json!({
            "request_type": "report", "channel": "grid_phone", "description": "路灯不亮，夜间出行不便",
            "area_id": app.area_id("育才社区第一网格")
        });
        let request = app.post("/api/v1/requests", &grid_leader, new).await.json();
        let id = request["id"].as_i64().expect("id");
        let upload_to = format!("/api/v1/requests/{id}/attachments?name={}", "%E7%8E%B0%E5%9C%BA.png");
        let mut photo = b"\x89PNG\r\n\x1a\n".to_vec();
        photo.extend((0..2048u32).map(|i| (i % 241) as u8));

        // Rule: the one who registered it adds the photo of the spot.
        let kept = app.upload(&upload_to, &grid_leader, "image/png", photo.clone()).await;
        assert_eq!(kept.status, 201, "{}", String::from_utf8_lossy(&kept.body));
        let kept = kept.json();
        assert_eq!((kept["name"].as_str(), kept["uploaded_by_name"].as_str()), (Some("现场.png"), Some("育才社区网格长")));
        let community = app.user_token("yucai_staff", Role::OrgAdmin, "育才社区党委").await;
        let shown = app.get(&format!("/api/v1/requests/{id}"), &community).await.json();
        assert_eq!(shown["attachments"][0]["id"], kept["id"], "the request lists its photos");
        let href = kept["href"].as_str().expect("href").to_owned();
        let downloaded = app.get(&href, &community).await;
        assert_eq!(downloaded.status, 200);
        assert_eq!(downloaded.body.to_vec(), photo, "the bytes come back as sent");
        app.upload(&upload_to, &grid_leader, "application/pdf", b"MZ\x90\x00".to_vec()).await.assert_problem(422, "validation-failed");

        // Who neither registered it nor holds a desk reads it but adds nothing; another street
        // does not see it or its photos.
        let viewer = app.user_token("yucai_viewer", Role::OrgViewer, "育才社区党委").await;
        assert_eq!(app.get(&href, &viewer).await.status, 200);
        app.upload(&upload_to, &viewer, "image/png", photo.clone()).await.assert_problem(403, "forbidden");
        let xincheng = app.token("xincheng_viewer").await;
        app.get(&href, &xincheng).await.assert_problem(404, "not-found");
        // A file is reached only through its own request.
        let other = json!({"request_type": "suggestion", "channel": "grid_phone", "description": "增设休息座椅", "area_id": app.area_id("育才社区第一网格")});
        let other = app.post("/api/v1/requests", &grid_leader, other).await.json()["id"].as_i64().expect("id");
        app.get(&format!("/api/v1/requests/{other}/attachments/{}", kept["id"]), &community).await.assert_problem(404, "not-found");

        // The holding platform dispatches to the grid leaders of the request's community.
        app.get(&format!("/api/v1/requests/{id}/assignees"), &grid_leader).await.assert_problem(403, "forbidden");
        let staff = app.get(&format!("/api/v1/requests/{id}/assignees"), &community).await.json();
        let leader = staff["items"].as_array().and_then(|items| items.iter().find(|s| s["id"] == leader_id).cloned());
        assert_eq!(leader.map(|l| l["area_name"].clone()), Some(json!("育才社区")), "{staff}");
        let path = format!("/api/v1/requests/{id}/steps");
        assert_eq!(app.post(&path, &community, step("accept")).await.status, 200);
        let dispatch = json!({"step": "dispatch", "assignee": {"kind": "user", "id": leader_id}});
        assert_eq!(app.post(&path, &community, dispatch).await.status, 200);
        // The assignee adds the photo of the work done, then resolves.
        let done = app.upload(&format!("/api/v1/requests/{id}/attachments?name=done.jpg"), &grid_leader, "image/jpeg", b"\xff\xd8\xff\xe0rest".to_vec()).await;
        assert_eq!(done.status, 201, "{}", String::from_utf8_lossy(&done.body));
        assert_eq!(app.post(&path, &grid_leader, json!({"step": "resolve", "note": "已更换灯泡"})).await.status, 200);
        let close = json!({"step": "close", "rating": 5});
        assert_eq!(app.post(&path, &community, close).await.status, 200);

        // Rule: a closed request is a record: no more photos.
        let late = app.upload(&upload_to, &grid_leader, "image/png", photo).await;
        late.assert_problem(422, "request-state");
        let files = app.get(&format!("/api/v1/requests/{id}"), &community).await.json()["attachments"].clone();
        assert_eq!(files.as_array().map(Vec::len), Some(2));
    }

    async fn a_member_is_dispatched_work_once_they_reported_in_to_the_community(app) {
        let admin = app.token("city_admin").await;
        let yucai = app.org_id("育才社区党委");
        let member_of = |category: &'static str| format!("/api/v1/members?org_id={yucai}&link=residence&category={category}&limit=1");
        let in_service = app.get(&member_of("in_service"), &admin).await.json()["items"][0]["id"].as_i64().expect("an in-service member");
        let registered = app.get(&member_of("registered"), &admin).await.json()["items"][0]["id"].as_i64().expect("a registered member");
        let new = json!({"request_type": "help", "channel": "community_window", "description": "帮助独居老人代购药品", "area_id": app.area_id("育才社区第一网格")});
        let id = app.post("/api/v1/requests", &admin, new).await.json()["id"].as_i64().expect("id");
        let path = format!("/api/v1/requests/{id}/steps");
        assert_eq!(app.post(&path, &admin, step("accept")).await.status, 200);
        let to = |member: i64| json!({"step": "dispatch", "assignee": {"kind": "member", "id": member}});
        // The grid's staff offered for dispatch: the grid leaders, then the reported-in members.
        let staff = app.get(&format!("/api/v1/requests/{id}/assignees"), &admin).await.json();
        let offered = |kind: &str, member: i64| {
            staff["items"].as_array().is_some_and(|items| items.iter().any(|s| s["kind"] == kind && s["id"] == member))
        };
        assert!(offered("member", in_service), "{staff}");
        assert!(!offered("member", registered), "{staff}");
        assert_eq!(staff["items"][0]["kind"], "user", "grid leaders first");

        // Rule: a member who is not an in-service member reported in to the community gets no work.
        let refused = app.post(&path, &admin, to(registered)).await;
        refused.assert_problem(422, "validation-failed");
        assert_eq!(refused.field_errors(), [("assignee".to_owned(), "not_reported_in".to_owned())]);
        let dispatched = app.post(&path, &admin, to(in_service)).await;
        assert_eq!(dispatched.status, 200, "{}", String::from_utf8_lossy(&dispatched.body));
        assert_eq!(dispatched.json()["assignee"]["kind"], "member");
    }

    async fn a_platforms_queue_runs_by_the_last_day_of_the_clock_with_stopped_clocks_after_and_nothing_done_with(app) {
        let street = app.token("laocheng_admin").await;
        for area in ["老城街道", "育才社区"] {
            let everything = app.get(&format!("/api/v1/requests?area_id={}&limit=200", app.area_id(area)), &street).await.json();
            let all = everything["items"].as_array().expect("items").clone();
            assert!(all.len() < 200, "the demo's requests fit on a page");
            let queue = app.get(&format!("/api/v1/requests?open=true&area_id={}&limit=200", app.area_id(area)), &street).await.json();
            let items = queue["items"].as_array().expect("items");
            let done = ["resolved", "closed", "rejected"];
            let open: Vec<&Value> = all.iter().filter(|r| !done.contains(&r["state"].as_str().unwrap_or(""))).collect();
            assert_eq!(queue["total"].as_u64(), Some(open.len() as u64), "{area}: every open request, nothing done with");
            assert!(open.iter().any(|r| r["state"] == "suspended"), "{area}: the demo has a suspended request");
            // Running clocks by their last day (the earliest, overdue, first), then stopped ones.
            let keys: Vec<(bool, String)> = items
                .iter()
                .map(|r| (r["clock"] == "stopped", r["due_on"].as_str().unwrap_or("").to_owned()))
                .collect();
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, sorted, "{area}: the queue's order");
            // The list without `open` has the same requests first, then the ones done with.
            let first: Vec<&Value> = all.iter().take(items.len()).map(|r| &r["id"]).collect();
            let queued: Vec<&Value> = items.iter().map(|r| &r["id"]).collect();
            assert_eq!(first, queued, "{area}");
        }
    }

    async fn asking_for_an_area_narrows_the_list_to_what_the_callers_scope_shows_there(app) {
        let ids = |list: Value| -> std::collections::BTreeSet<i64> {
            list["items"].as_array().expect("items").iter().map(|r| r["id"].as_i64().expect("id")).collect()
        };
        let hotline = hotline_token(&app).await;
        let sanitation = category(&app, &hotline, "sanitation").await;
        let elsewhere = json!({
            "request_type": "complaint", "category_id": sanitation, "channel": "hotline",
            "description": "香溪路路灯不亮", "area_id": app.area_id("香溪社区第一网格"), "external_id": "HL-20261206-009",
            "resident": {"name": "李四", "phone": "13812345679", "address": "香溪路9号"}
        });
        assert_eq!(app.post("/api/v1/requests", &hotline, elsewhere).await.status, 201);
        let street = app.token("laocheng_admin").await;
        let city = app.token("city_admin").await;
        let seen = ids(app.get("/api/v1/requests?limit=200", &street).await.json());
        // Rule: an area asked for never widens what the caller sees; its own street and a
        // community of it list all they hold, another street only what reaches the caller.
        for area in ["老城街道", "育才社区", "新城街道"] {
            let uri = format!("/api/v1/requests?area_id={}&limit=200", app.area_id(area));
            let held = ids(app.get(&uri, &city).await.json());
            assert!(!held.is_empty(), "{area}: the demo has requests there");
            let expected: std::collections::BTreeSet<i64> = seen.intersection(&held).copied().collect();
            assert_eq!(ids(app.get(&uri, &street).await.json()), expected, "{area}");
        }
    }

    async fn a_community_moved_to_another_street_takes_its_requests_to_that_streets_queue(app) {
        let hotline = hotline_token(&app).await;
        let sanitation = category(&app, &hotline, "sanitation").await;
        let new = json!({
            "request_type": "complaint", "category_id": sanitation, "channel": "hotline",
            "description": "兴安路垃圾未清运", "area_id": app.area_id("兴安社区第一网格"), "external_id": "HL-20261206-011"
        });
        let created = app.post("/api/v1/requests", &hotline, new).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let id = created.json()["id"].as_i64().expect("id");
        let city = app.token("city_admin").await;
        let community = format!("/api/v1/areas/{}", app.area_id("兴安社区"));
        let etag = app.get(&community, &city).await.header("etag");
        let moved = app.patch(&community, &city, etag.as_deref(), json!({"parent_id": app.area_id("老城街道")})).await;
        assert_eq!(moved.status, 200, "{}", String::from_utf8_lossy(&moved.body));

        // Rule: a request is held by the street its place lies in, after a move as before.
        let request = app.get(&format!("/api/v1/requests/{id}"), &city).await.json();
        assert_eq!(request["street_name"], "老城街道");
        let listed = |list: Value| list["items"].as_array().expect("items").iter().any(|r| r["id"] == id);
        let queue = |street: &str| format!("/api/v1/requests?open=true&area_id={}&limit=200", app.area_id(street));
        let laocheng = app.token("laocheng_admin").await;
        assert!(listed(app.get(&queue("老城街道"), &laocheng).await.json()), "the new street's queue holds it");
        assert!(!listed(app.get(&queue("新城街道"), &city).await.json()), "the old street's queue no longer does");
    }

    async fn a_request_received_days_ago_arrives_overdue_and_escalated_up_to_a_department(app) {
        let hotline = hotline_token(&app).await;
        let received = Utc::now() - Duration::days(20);
        let new = json!({
            "request_type": "help", "description": "独居老人家中水管破裂", "area_id": app.area_id("育才社区第二网格"),
            "received_at": received.to_rfc3339(), "external_id": "HL-OLD-1"
        });
        let created = app.post("/api/v1/requests", &hotline, new).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let request = created.json();
        // Rule: overdue is computed from the recorded times; the clock escalates it once.
        assert_eq!((request["state"].as_str(), request["level"].as_str()), (Some("escalated"), Some("street")));
        assert_eq!(request["auto_escalated"], true);
        assert_eq!(request["overdue"], true, "the street's day to accept has passed too");
        let events = request["events"].as_array().expect("events");
        assert_eq!(events[1]["step"], "escalate");
        assert_eq!(events[1]["actor_id"], Value::Null);
        let id = request["id"].as_i64().expect("id");

        // The street's queue shows it first: overdue, by its last day.
        let street = app.token("laocheng_admin").await;
        let fresh = json!({"request_type": "consultation", "description": "咨询医保", "area_id": app.area_id("鼓楼社区")});
        assert_eq!(app.post("/api/v1/requests", &street, fresh).await.status, 201);
        let queue = app.get("/api/v1/requests?open=true", &street).await.json();
        assert_eq!(queue["items"][0]["id"], id);
        let overdue = app.get("/api/v1/requests?overdue=true&limit=200", &street).await.json();
        let overdue_ids: Vec<&Value> = overdue["items"].as_array().expect("items").iter().map(|r| &r["id"]).collect();
        assert!(overdue_ids.contains(&&json!(id)));
        assert!(overdue["items"].as_array().expect("items").iter().all(|r| r["overdue"] == true));

        let path = format!("/api/v1/requests/{id}/steps");
        assert_eq!(app.post(&path, &street, step("accept")).await.status, 200);
        let refused = app.post(&path, &street, step("escalate")).await;
        assert_eq!(refused.field_errors(), [("department_id".to_owned(), "required".to_owned())]);
        let departments = app.get("/api/v1/departments", &street).await.json();
        let department = departments["items"][0]["id"].as_i64().expect("department");
        let up = app.post(&path, &street, json!({"step": "escalate", "department_id": department, "note": "涉及公共管网"})).await;
        assert_eq!(up.json()["level"], "department");
        assert_eq!(up.json()["department_name"], "汉滨区住房和城乡建设局");

        // The department's staff see what was escalated to it, and nothing above it remains.
        let housing = app.user_token("housing_staff", Role::OrgAdmin, "汉滨区住房和城乡建设局机关党支部").await;
        let theirs = app.get("/api/v1/requests?limit=200", &housing).await.json();
        let items = theirs["items"].as_array().expect("items");
        assert!(items.iter().any(|r| r["id"] == id));
        assert!(items.iter().all(|r| r["level"] == "department"), "nothing below it");
        assert_eq!(app.post(&path, &housing, step("accept")).await.status, 200);
        let top = app.post(&path, &housing, json!({"step": "escalate", "department_id": department})).await;
        top.assert_problem(422, "escalation-top-level");
    }

    async fn the_clock_escalates_a_community_request_once_when_it_runs_over(app) {
        let community = app.user_token("yucai_staff", Role::OrgAdmin, "育才社区党委").await;
        let new = json!({"request_type": "report", "description": "小区内违章搭建", "area_id": app.area_id("育才社区")});
        let id = app.post("/api/v1/requests", &community, new).await.json()["id"].as_i64().expect("id");
        let sla = api::config::Rules::default().sla;
        let later = api::routes::common::today() + Duration::days(30);
        let sweep = |on| {
            let mut conn = app.pool.get().expect("connection");
            api::routes::requests::clock::escalate_overdue(&mut conn, on, &sla).expect("sweep")
        };
        assert_eq!(sweep(api::routes::common::today()), 0, "nothing has run over yet");
        assert!(sweep(later) >= 1, "this one and the demo city's waiting ones");
        assert_eq!(sweep(later), 0, "once only");
        let request = app.get(&format!("/api/v1/requests/{id}"), &community).await.json();
        assert_eq!((request["level"].as_str(), request["auto_escalated"].as_bool()), (Some("street"), Some(true)));
        // The community no longer holds it; the street does.
        assert_eq!(request["available_steps"], json!([]));
    }

    async fn the_street_platforms_figures_are_right_to_the_request(app) {
        let community = app.user_token("xiangxi_staff", Role::OrgAdmin, "香溪社区党委").await;
        let grid = app.area_id("香溪社区第一网格");
        let mut ids = Vec::new();
        for n in 0..4 {
            let new = json!({"request_type": "help", "description": format!("求助{n}"), "area_id": grid});
            ids.push(app.post("/api/v1/requests", &community, new).await.json()["id"].as_i64().expect("id"));
        }
        let steps = |id: i64| format!("/api/v1/requests/{id}/steps");
        let me = app.get("/api/v1/me", &community).await.json()["id"].as_i64().expect("me");
        let dispatch = json!({"step": "dispatch", "assignee": {"kind": "user", "id": me}});
        // Two resolved and rated 5 and 3, one rejected, one left waiting.
        for (id, rating) in [(ids[0], 5), (ids[1], 3)] {
            app.post(&steps(id), &community, step("accept")).await;
            app.post(&steps(id), &community, dispatch.clone()).await;
            app.post(&steps(id), &community, json!({"step": "resolve", "note": "已办"})).await;
            let closed = app.post(&steps(id), &community, json!({"step": "close", "rating": rating})).await;
            assert_eq!(closed.status, 200, "{}", String::from_utf8_lossy(&closed.body));
        }
        app.post(&steps(ids[2]), &community, json!({"step": "reject", "note": "不属于受理范围"})).await;

        let street = app.token("xincheng_viewer").await;
        let xincheng = app.area_id("新城街道");
        let figures = app.get(&format!("/api/v1/request-metrics?area_id={xincheng}"), &street).await.json();
        let total = &figures["total"];
        assert_eq!(total["received"], 4);
        assert_eq!(total["answered_in_time"], 3, "accepted or rejected the day they came in");
        assert_eq!(total["response_rate"], 0.75);
        assert_eq!(total["resolved"], 2);
        assert_eq!(total["resolution_rate"], 2.0 / 3.0, "the rejected one is not counted");
        assert_eq!((total["rated"].as_i64(), total["satisfied"].as_i64()), (Some(2), Some(1)));
        assert_eq!(total["satisfaction_rate"], 0.5);
        let parts = figures["parts"].as_array().expect("communities");
        let xiangxi = parts.iter().find(|p| p["area_name"] == "香溪社区").expect("香溪社区");
        assert_eq!(xiangxi["received"], 4);
        let xingan = parts.iter().find(|p| p["area_name"] == "兴安社区").expect("兴安社区");
        assert_eq!(xingan["received"], 0);
        let sheet = app.get(&format!("/api/v1/request-metrics?area_id={xincheng}&format=xlsx"), &street).await;
        assert_eq!(sheet.status, 200);
        assert!(sheet.body.starts_with(b"PK"), "an xlsx file");
    }

    async fn open311_clients_list_services_post_a_request_and_follow_it_to_closed(app) {
        let services = app.get("/open311/v2/services.json?jurisdiction_id=dangjian", "").await;
        assert_eq!(services.status, 200);
        let list = services.json();
        assert!(list.as_array().expect("services").iter().any(|s| s["service_code"] == "sanitation" && s["metadata"] == true));
        let definition = app.get("/open311/v2/services/sanitation.json", "").await.json();
        let codes: Vec<&str> = definition["attributes"].as_array().expect("attributes").iter().filter_map(|a| a["code"].as_str()).collect();
        assert_eq!(codes, ["request_type", "area_id"]);

        let key = format!("hotline12345:{}", app.passwords["hotline12345"]);
        let grid = app.area_id("育才社区第一网格").to_string();
        let form = |key: &str| {
            vec![
                ("api_key", key.to_owned()),
                ("jurisdiction_id", "dangjian".to_owned()),
                ("service_code", "sanitation".to_owned()),
                ("description", "垃圾桶满溢两天未清运".to_owned()),
                ("lat", "32.6849".to_owned()),
                ("long", "109.0293".to_owned()),
                ("first_name", "丰".to_owned()),
                ("last_name", "张".to_owned()),
                ("phone", "13912345678".to_owned()),
                ("attribute[request_type]", "complaint".to_owned()),
                ("attribute[area_id]", grid.clone()),
            ]
        };
        let post = |fields: Vec<(&'static str, String)>| TestRequest::post().uri("/open311/v2/requests.json").set_form(fields);
        let created = app.send(post(form(&key))).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let id = created.json()[0]["service_request_id"].as_str().expect("id").to_owned();

        // Errors are Open311's array with the HTTP status.
        let wrong = app.send(post(form("hotline12345:not-the-secret"))).await;
        assert_eq!(wrong.status, 401);
        assert_eq!(wrong.json()[0]["code"], 401);
        let mut missing = form(&key);
        missing.retain(|(name, _)| *name != "service_code");
        let refused = app.send(post(missing)).await;
        assert_eq!((refused.status, refused.json()[0]["code"].as_i64()), (400, Some(400)));

        let read = |path: String| app.send(TestRequest::get().uri(&path));
        let one = read(format!("/open311/v2/requests/{id}.json?api_key={key}")).await.json();
        assert_eq!(one[0]["status"], "open");
        assert_eq!(one[0]["service_code"], "sanitation");
        assert_eq!(one[0]["lat"], 32.6849);
        assert!(one[0]["description"].as_str().expect("description").starts_with("[submitted]"));
        assert!(!one.to_string().contains("13912345678"), "no personal data through Open311");
        let token = read(format!("/open311/v2/tokens/{id}.json?api_key={key}")).await.json();
        assert_eq!(token[0]["service_request_id"], id.as_str());

        // Staff close it in the platform; Open311 reads it closed with the last note.
        let community = app.user_token("yucai_staff", Role::OrgAdmin, "育才社区党委").await;
        let path = format!("/api/v1/requests/{id}/steps");
        app.post(&path, &community, step("accept")).await;
        app.post(&path, &community, json!({"step": "reject", "note": "重复诉求，已合并办理"})).await;
        let closed = read(format!("/open311/v2/requests.json?api_key={key}&service_request_id={id}&status=closed")).await.json();
        assert_eq!(closed.as_array().map(Vec::len), Some(1));
        assert_eq!(closed[0]["status_notes"], "重复诉求，已合并办理");
        let open = read(format!("/open311/v2/requests.json?api_key={key}&service_code=sanitation&status=open")).await.json();
        let open = open.as_array().expect("requests");
        assert!(open.iter().all(|r| r["status"] == "open" && r["service_code"] == "sanitation"));
        assert!(open.iter().all(|r| r["service_request_id"] != id.as_str()), "closed ones are not open");
        let unknown = read(format!("/open311/v2/requests.json?api_key={key}&color=red")).await;
        assert_eq!(unknown.status, 400);
    }
}
