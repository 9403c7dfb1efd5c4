//! The support ledgers (DOMAIN.md §11, policy §15–§17): a community's office space against the
//! standard, one to three young graduates per community, funding lines, demonstration sites,
//! and the shortfalls each level sees.

use chrono::{Datelike, Duration, Utc};
use serde_json::json;
use tests::*;

fn today() -> chrono::NaiveDate {
    (Utc::now() + Duration::hours(8)).date_naive()
}

on_both_databases! {
    async fn a_city_keeps_its_communities_support_ledgers_and_sees_the_shortfalls(app) {
        let city = app.token("city_admin").await;
        let yucai = app.area_id("育才社区");
        let rooms = json!(["committee_office", "service_window", "activity_room"]);
        let body = json!({"area_id": yucai, "area_m2": 260, "rooms": rooms, "shared_with": "育才社区养老服务中心"});
        let space = app.post("/api/v1/support/spaces", &city, body.clone()).await;
        assert_eq!(space.status, 201, "{}", space.json());
        let space = space.json();
        assert_eq!((space["below_standard"].as_bool(), space["standard_m2"].as_u64()), (Some(true), Some(300)), "260 m² is below the 300 m² standard");
        assert!(space["missing_rooms"].as_array().is_some_and(|r| r.contains(&json!("police_room"))), "{space}");
        let twice = app.post("/api/v1/support/spaces", &city, body).await;
        twice.assert_problem(409, "conflict");
        assert_eq!(twice.field_errors(), vec![("area_id".to_owned(), "taken".to_owned())], "one space per community, named at its field");
        let twice = json!({"area_id": yucai, "area_m2": 400, "rooms": ["clinic", "clinic"]});
        assert_eq!(app.post("/api/v1/support/spaces", &city, twice).await.field_errors(), vec![("rooms".to_owned(), "rule".to_owned())]);
        let street = json!({"area_id": app.area_id("老城街道"), "area_m2": 400, "rooms": []});
        assert_eq!(app.post("/api/v1/support/spaces", &city, street).await.field_errors(), vec![("area_id".to_owned(), "rule".to_owned())]);
        let path = format!("/api/v1/support/spaces/{}", space["id"]);
        let etag = app.get(&path, &city).await.header("etag");
        let rebuilt = json!({"area_m2": 320, "rooms": ["committee_office", "service_window", "transfer_platform", "activity_room", "meeting_room", "police_room", "clinic"]});
        let changed = app.patch(&path, &city, etag.as_deref(), rebuilt).await;
        assert_eq!(changed.status, 200, "{}", changed.json());
        assert_eq!((changed.json()["below_standard"].as_bool(), changed.json()["missing_rooms"].as_array().map(Vec::len)), (Some(false), Some(0)));

        // One to three young graduates per community.
        let graduate = |name: &str| json!({"area_id": yucai, "name": name, "gender": "female", "birth_year": 2000,
            "education": "本科", "post": "社区专职工作者", "graduate": true, "since": today() - Duration::days(30)});
        let mut first = None;
        for name in ["李雪", "王敏", "张婷"] {
            let placed = app.post("/api/v1/support/cadres", &city, graduate(name)).await;
            assert_eq!(placed.status, 201, "{}", placed.json());
            first = first.or(placed.json()["id"].as_i64());
        }
        app.post("/api/v1/support/cadres", &city, graduate("赵倩")).await.assert_problem(422, "graduates-full");
        let cadre = format!("/api/v1/support/cadres/{}", first.unwrap_or_default());
        assert_eq!((app.get(&cadre, &city).await.json()["name"].as_str()), Some("李雪"));
        let left = app.post(&format!("{cadre}/departure"), &city, json!({"left_on": today()})).await;
        assert_eq!(left.status, 201, "{}", left.json());
        assert_eq!(app.post("/api/v1/support/cadres", &city, graduate("赵倩")).await.status, 201, "a place opens when one leaves");

        // Funding lines, one of each kind a year.
        let year = today().year();
        let line = json!({"area_id": yucai, "year": year, "kind": "party_building_funds", "amount_yuan": 50000, "note": "安组发〔2017〕14号"});
        let recorded = app.post("/api/v1/support/funding", &city, line.clone()).await;
        assert_eq!(recorded.status, 201, "{}", recorded.json());
        let line_path = format!("/api/v1/support/funding/{}", recorded.json()["id"]);
        let again = app.post("/api/v1/support/funding", &city, line).await;
        again.assert_problem(409, "conflict");
        let fields: Vec<String> = again.field_errors().into_iter().map(|(field, _)| field).collect();
        assert_eq!(fields, ["area_id", "year", "kind"], "one line of a kind per community and year");
        // A wrong amount is corrected at the version read; a line recorded in error is removed.
        let etag = app.get(&line_path, &city).await.header("etag");
        let corrected = app.patch(&line_path, &city, etag.as_deref(), json!({"amount_yuan": 60000})).await;
        assert_eq!((corrected.status, corrected.json()["amount_yuan"].as_i64(), corrected.json()["note"].as_str()), (200, Some(60000), Some("安组发〔2017〕14号")));
        app.patch(&line_path, &city, etag.as_deref(), json!({"amount_yuan": 1})).await.assert_problem(412, "precondition-failed");
        let mistaken = json!({"area_id": yucai, "year": year, "kind": "work_funds", "amount_yuan": 8});
        let mistaken = format!("/api/v1/support/funding/{}", app.post("/api/v1/support/funding", &city, mistaken).await.json()["id"]);
        let etag = app.get(&mistaken, &city).await.header("etag");
        assert_eq!(app.delete(&mistaken, &city, etag.as_deref()).await.status, 204);
        app.get(&mistaken, &city).await.assert_problem(404, "not-found");

        // A demonstration site in 汉滨区; 平利县 has none yet.
        let site = json!({"area_id": yucai, "site_type": "urban", "named_on": today(), "description": "“红色物业”与共驻共建示范"});
        assert_eq!(app.post("/api/v1/support/demonstration-sites", &city, site).await.status, 201);
        let figures = app.get(&format!("/api/v1/support/figures?year={year}"), &city).await.json();
        let without: Vec<&str> = figures["counties_without_site"].as_array().into_iter().flatten().filter_map(|c| c["area_name"].as_str()).collect();
        assert_eq!(without, vec!["平利县"], "{figures}");
        // The street's own figures: the demo city's other ledgers are in 江北街道 and 平利县.
        let street = app.token("laocheng_admin").await;
        let own = app.get(&format!("/api/v1/support/figures?year={year}"), &street).await.json();
        assert_eq!((own["below_standard"].as_u64(), own["graduates"].as_i64()), (Some(0), Some(3)), "{own}");
        let short: Vec<&str> = figures["graduates_short_areas"].as_array().into_iter().flatten().filter_map(|c| c["area_name"].as_str()).collect();
        assert!(!short.contains(&"育才社区") && short.contains(&"张岭社区"), "communities without graduates are named: {short:?}");
        assert_eq!(own["funding"], json!([{"kind": "party_building_funds", "yuan": 60000}]), "the corrected amount counts");

        let dashboard = app.get("/api/v1/dashboard/co-building", &city).await.json();
        assert_eq!(dashboard["counties_without_site"].as_u64(), Some(1), "{dashboard}");
        let street_dashboard = app.get("/api/v1/dashboard/co-building", &street).await.json();
        assert_eq!(street_dashboard["spaces_below_standard"].as_u64(), Some(0), "育才社区 now meets the standard: {street_dashboard}");
        assert_eq!(dashboard["graduates_short"], figures["graduates_short"]);

        let export = app.get(&format!("/api/v1/support/export.xlsx?year={year}"), &city).await;
        assert_eq!(export.status, 200);
        assert!(export.body.starts_with(b"PK"), "a workbook");
        let viewer = app.token("xincheng_viewer").await;
        assert_eq!(app.get("/api/v1/support/spaces", &viewer).await.json()["total"], 0, "another street's viewer sees none of 育才社区's");
    }

    async fn a_county_sets_up_its_leading_body_and_reviews_its_street_secretaries(app) {
        let city = app.token("city_admin").await;
        let hanbin = app.area_id("汉滨区");
        let body = json!({"area_id": hanbin, "name": "汉滨区城市基层党建工作领导小组", "head": "张书记", "set_up_on": today() - Duration::days(300),
            "members": [{"department": "区委组织部", "representative": "刘部长", "post": "组长"}, {"department": "区民政局", "representative": "陈局长"}]});
        let created = app.post("/api/v1/support/leading-bodies", &city, body.clone()).await;
        assert_eq!(created.status, 201, "{}", created.json());
        assert_eq!(created.json()["members"][1]["department"], "区民政局");
        app.post("/api/v1/support/leading-bodies", &city, body).await.assert_problem(409, "conflict");
        let street_area = json!({"area_id": app.area_id("老城街道"), "name": "领导小组", "head": "王", "set_up_on": today(), "members": []});
        assert_eq!(app.post("/api/v1/support/leading-bodies", &city, street_area).await.field_errors(), vec![("area_id".to_owned(), "not_a_city_or_county".to_owned())]);
        let path = format!("/api/v1/support/leading-bodies/{}", created.json()["id"]);
        let etag = app.get(&path, &city).await.header("etag");
        let changed = app.patch(&path, &city, etag.as_deref(), json!({"head": "李书记", "members": [{"department": "区委组织部", "representative": "刘部长"}]})).await;
        assert_eq!((changed.status, changed.json()["head"].as_str()), (200, Some("李书记")));
        let street = app.token("laocheng_admin").await;
        assert_eq!(app.get("/api/v1/support/leading-bodies", &street).await.json()["total"], 1, "a street reads its county's body");
        let only = app.get(&format!("/api/v1/support/leading-bodies?area_id={hanbin}"), &city).await.json();
        assert_eq!((only["total"].as_i64(), only["items"][0]["id"].clone()), (Some(1), created.json()["id"].clone()), "the city filters by county: {only}");

        // The street secretary's report, scored by the committee and concluded on three scores.
        let year = today().year() - 1;
        let report = json!({"org_id": app.org_id("中共老城街道工作委员会"), "year": year, "secretary_name": "赵书记",
            "report": "一年来抓基层党建工作情况……", "reported_on": today() - Duration::days(5)});
        let review = app.post("/api/v1/support/secretary-reviews", &city, report.clone()).await;
        assert_eq!(review.status, 201, "{}", review.json());
        let id = review.json()["id"].as_i64().expect("id");
        app.post("/api/v1/support/secretary-reviews", &city, report).await.assert_problem(409, "conflict");
        let branch = json!({"org_id": app.org_id("育才社区第一网格党支部"), "year": year, "secretary_name": "钱", "report": "……", "reported_on": today()});
        assert_eq!(app.post("/api/v1/support/secretary-reviews", &city, branch).await.field_errors(), vec![("org_id".to_owned(), "not_a_committee".to_owned())]);
        let score = |reviewer: &str, score: i32| json!({"reviewer": reviewer, "score": score});
        let scores = format!("/api/v1/support/secretary-reviews/{id}/scores");
        let conclusion = format!("/api/v1/support/secretary-reviews/{id}/conclusion");
        for (reviewer, value) in [("评议人甲", 95), ("评议人乙", 70)] {
            assert_eq!(app.post(&scores, &city, score(reviewer, value)).await.status, 201);
        }
        app.post(&conclusion, &city, json!({})).await.assert_problem(422, "review-scores-missing");
        let corrected = app.post(&scores, &city, score("评议人乙", 90)).await.json();
        let second = corrected["scores"].as_array().into_iter().flatten().find(|s| s["reviewer"] == "评议人乙").cloned();
        assert_eq!(second.map(|s| s["score"].clone()), Some(json!(90)), "a score is corrected: {corrected}");
        app.post(&scores, &city, score("评议人丙", 88)).await;
        let concluded = app.post(&conclusion, &city, json!({})).await.json();
        assert_eq!((concluded["average_score"].as_f64(), concluded["result"].as_str()), (Some(91.0), Some("good")), "{concluded}");
        app.post(&scores, &city, score("评议人丁", 60)).await.assert_problem(422, "review-concluded");
        let listed = app.get(&format!("/api/v1/support/secretary-reviews?year={year}"), &street).await.json();
        assert_eq!(listed["items"][0]["result"], "good", "the street reads its secretary's result");
        let read = app.get(&format!("/api/v1/support/secretary-reviews/{id}"), &street).await;
        assert_eq!((read.json()["result"].as_str(), read.header("etag").is_some()), (Some("good"), true));
        let elsewhere = format!("/api/v1/support/secretary-reviews?year={year}&org_id={}", app.org_id("中共新城街道工作委员会"));
        assert_eq!(app.get(&elsewhere, &city).await.json()["total"], 0, "another street's committee reported nothing");
    }
}
