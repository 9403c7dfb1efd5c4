//! Households of the grids, household visits and their coverage (DOMAIN.md §8).

use chrono::Duration;
use domain::access::Role;
use serde_json::json;
use tests::*;

on_both_databases! {
    async fn a_grid_leader_keeps_households_logs_visits_and_sees_the_grids_coverage(app) {
        let grid_leader = app.token("yucai_grid").await;
        let first = app.area_id("育才社区第一网格");
        let household = |name: &str| json!({
            "area_id": first, "head_name": name, "phone": "13712345678", "address": "育才路8号2单元301",
            "residents": 4, "origin_village": "长安镇中坝村", "origin_contact": "13600000000"
        });
        let created = app.post("/api/v1/households", &grid_leader, household("王建国")).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let one = created.json();
        // Rule: residents' personal data is masked like members'.
        assert_eq!((one["head_name"].as_str(), one["phone"].as_str()), (Some("王**"), Some("137****5678")));
        assert_eq!(one["address"], "育才社区****");
        assert_eq!(one["origin_village"], "长安镇中坝村");
        assert_eq!(one["last_visited_on"], serde_json::Value::Null);
        let id = one["id"].as_i64().expect("id");
        let other = app.post("/api/v1/households", &grid_leader, household("李秀英")).await.json();

        // Rule: a household has residents, and an origin contact goes with its village.
        let empty = json!({"area_id": first, "head_name": "赵", "address": "x", "residents": 0});
        app.post("/api/v1/households", &grid_leader, empty).await.assert_problem(422, "validation-failed");
        let orphan = json!({"area_id": first, "head_name": "赵", "address": "x", "residents": 1, "origin_contact": "13600000000"});
        let refused = app.post("/api/v1/households", &grid_leader, orphan).await;
        assert_eq!(refused.field_errors()[0].0, "origin_village");

        // Rule: a visit is never dated after today.
        let path = format!("/api/v1/households/{id}/visits");
        let tomorrow = api::routes::common::today() + Duration::days(1);
        let future = json!({"topic": "走访", "visited_on": tomorrow});
        app.post(&path, &grid_leader, future).await.assert_problem(422, "validation-failed");
        let visit = json!({"topic": "了解搬迁后就业情况", "findings": "家中两人在社区工厂务工", "follow_up": "推荐技能培训"});
        let logged = app.post(&path, &grid_leader, visit).await;
        assert_eq!(logged.status, 201, "{}", String::from_utf8_lossy(&logged.body));
        assert_eq!(logged.json()["visitor_name"], "育才社区网格长");
        let visits = app.get(&path, &grid_leader).await.json();
        assert_eq!(visits["items"].as_array().map(Vec::len), Some(1));
        let listed = app.get(&format!("/api/v1/households?area_id={first}"), &grid_leader).await.json();
        let visited = listed["items"].as_array().expect("items").iter().find(|h| h["id"] == id).expect("household").clone();
        assert_eq!(visited["last_visited_on"], api::routes::common::today().to_string());

        // Coverage: one of the two households of the first grid, below the default target.
        // Coverage counts the two new households, one of them visited, with the grid's others.
        let yucai = app.area_id("育才社区");
        let grid_coverage = |coverage: serde_json::Value| {
            let grids = coverage["grids"].as_array().expect("grids").clone();
            let grid = grids.into_iter().find(|g| g["area_id"] == first).expect("first grid");
            (grid["households"].as_u64().expect("households"), grid["visited"].as_u64().expect("visited"), grid)
        };
        let coverage = app.get(&format!("/api/v1/visit-coverage?area_id={yucai}"), &grid_leader).await.json();
        let (households, visited, grid) = grid_coverage(coverage);
        assert!(households >= 2 && visited >= 1 && visited < households);
        assert_eq!(grid["coverage"].as_f64(), Some(visited as f64 / households as f64));
        assert_eq!(grid["below_target"], true, "not every household was visited this quarter");
        let other_path = format!("/api/v1/households/{}/visits", other["id"]);
        assert_eq!(app.post(&other_path, &grid_leader, json!({"topic": "入户走访"})).await.status, 201);
        let coverage = app.get(&format!("/api/v1/visit-coverage?area_id={yucai}"), &grid_leader).await.json();
        let (_, visited_now, _) = grid_coverage(coverage);
        assert_eq!(visited_now, visited + 1);

        // The full data: party-affairs staff only, audited; other streets see nothing.
        let personal = format!("/api/v1/households/{id}/personal-data");
        app.get(&personal, &grid_leader).await.assert_problem(403, "forbidden");
        let staff = app.user_token("yucai_staff", Role::OrgAdmin, "育才社区党委").await;
        let full = app.get(&personal, &staff).await.json();
        assert_eq!((full["head_name"].as_str(), full["origin_contact"].as_str()), (Some("王建国"), Some("13600000000")));
        let xincheng = app.token("xincheng_viewer").await;
        app.get(&format!("/api/v1/households/{id}"), &xincheng).await.assert_problem(404, "not-found");
    }

    async fn an_overdue_request_is_an_alert_of_its_street(app) {
        let hotline = {
            let secret = app.passwords["hotline12345"].clone();
            let body = json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": secret});
            app.post("/api/v1/auth/token", "", body).await.json()["access_token"].as_str().expect("token").to_owned()
        };
        let received = chrono::Utc::now() - Duration::days(20);
        let new = json!({"request_type": "complaint", "description": "路灯不亮", "area_id": app.area_id("鼓楼社区"), "received_at": received.to_rfc3339()});
        let id = app.post("/api/v1/requests", &hotline, new).await.json()["id"].as_i64().expect("id");
        let street = app.token("laocheng_admin").await;
        let alerts = app.get("/api/v1/alerts?limit=200", &street).await.json();
        let items = alerts["items"].as_array().expect("alerts");
        let alert = items.iter().find(|a| a["kind"] == "request_overdue" && a["request_id"] == id).expect("the alert");
        assert_eq!(alert["area_name"], "鼓楼社区");
        assert_eq!(alert["params"]["level"], "street", "escalated by the clock on its way in");
        let xincheng = app.token("xincheng_viewer").await;
        let theirs = app.get("/api/v1/alerts?limit=200", &xincheng).await.json();
        assert!(theirs["items"].as_array().expect("alerts").iter().all(|a| a["kind"] != "request_overdue"));
    }
}
