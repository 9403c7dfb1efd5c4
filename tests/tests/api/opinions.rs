//! The community's assessment opinions (鉴定权, DOMAIN.md §9, policy §2 and §6): a community
//! gives its opinion on its own units and residents; a department evaluating a cadre asks the
//! cadre's community and reads the answer, nothing else.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use domain::member::id_card;
use serde_json::{Value, json};
use tests::*;

fn today() -> NaiveDate {
    (Utc::now() + Duration::hours(8)).date_naive()
}

fn opinion(area: i64, kind: &str, subject: i64, purpose: &str) -> Value {
    json!({"area_id": area, "subject_kind": kind, "subject_id": subject, "purpose": purpose, "year": today().year(),
        "verdict": "agree", "content": "该单位积极参与社区共建，同意评为先进"})
}

on_both_databases! {
    async fn a_community_gives_opinions_on_its_own_units_and_residents_only(app) {
        let street = app.token("laocheng_admin").await;
        let yucai = app.area_id("育才社区");
        let home = app.unit_id("育才社区养老服务中心");
        let given = app.post("/api/v1/opinions", &street, opinion(yucai, "unit", home, "award")).await;
        assert_eq!(given.status, 201, "{}", given.json());
        let body = given.json();
        assert_eq!((body["state"].as_str(), body["subject_name"].as_str()), (Some("given"), Some("育才社区养老服务中心")));
        assert_eq!(body["unit_id"], home, "the community reads which of its units it is about");

        // The tax bureau is located in 鼓楼社区, not in 育才社区.
        let elsewhere = app.unit_id("国家税务总局安康市税务局");
        app.post("/api/v1/opinions", &street, opinion(yucai, "unit", elsewhere, "award")).await.assert_problem(422, "opinion-subject-outside");
        let laocheng = app.area_id("老城街道");
        app.post("/api/v1/opinions", &street, opinion(laocheng, "unit", elsewhere, "award")).await.assert_problem(422, "opinion-not-community");
        let wrong = app.post("/api/v1/opinions", &street, opinion(yucai, "unit", home, "party_admission")).await;
        assert_eq!(wrong.field_errors(), vec![("purpose".to_owned(), "rule".to_owned())], "a unit does not join the Party");

        let listed = app.get(&format!("/api/v1/opinions?unit_id={home}"), &street).await.json();
        assert_eq!(listed["total"], 1, "{listed}");
        let viewer = app.token("xincheng_viewer").await;
        let other = app.get(&format!("/api/v1/opinions/{}", body["id"]), &viewer).await;
        assert_eq!(other.status, 404, "another street does not read the community's opinions");
        let watcher = app.user_token("laocheng_viewer", domain::access::Role::OrgViewer, "中共老城街道工作委员会").await;
        let read = app.get(&format!("/api/v1/opinions?unit_id={home}"), &watcher).await.json();
        assert_eq!(read["total"], 1, "the street's viewer reads its communities' opinions: {read}");
    }

    async fn a_department_asks_for_an_opinion_on_a_cadre_and_reads_only_the_answer(app) {
        let street = app.token("laocheng_admin").await;
        let yucai = app.area_id("育才社区");
        let id_number = id_card::compose("610902", NaiveDate::from_ymd_opt(1985, 7, 1).expect("date"), 411).expect("ID");
        let resident = json!({"name": "陈干部", "gender": "male", "ethnicity": "汉族", "birth_date": "1985-07-01",
            "id_number": id_number, "stage": "full", "category": "registered",
            "membership_org_id": app.org_id("育才社区党委"), "residence_org_id": app.org_id("育才社区党委"),
            "residence_area_id": app.area_id("育才社区第一网格")});
        let created = app.post("/api/v1/members", &street, resident).await;
        assert_eq!(created.status, 201, "{}", created.json());
        let member = created.json()["id"].as_i64().expect("id");

        let asker = app.service_token("org_department", &["opinions:read", "opinions:write"]).await;
        let ask = json!({"area_id": yucai, "subject_name": "陈干部", "id_number": id_number, "purpose": "cadre_evaluation",
            "year": today().year(), "question": "拟提拔使用，请社区党组织提供该同志在居住地的表现意见", "department": "市委组织部干部一科"});
        let asked = app.post("/api/v1/opinion-requests", &asker, ask.clone()).await;
        assert_eq!(asked.status, 201, "{}", asked.json());
        let request = asked.json();
        assert_eq!(request["state"], "requested");
        assert_eq!(request["member_id"], Value::Null, "the asker does not learn who the community's resident is");
        let day = |field: &str| NaiveDate::parse_from_str(request[field].as_str().unwrap_or_default(), "%Y-%m-%d").expect("a day");
        let (asked_on, due_on) = (day("asked_on"), day("due_on"));
        assert_eq!(asked_on, today());
        assert!(due_on - asked_on >= Duration::days(14), "ten working days are at least two weeks: {asked_on} → {due_on}");
        let mut unknown_purpose = ask.clone();
        unknown_purpose["purpose"] = json!("party_admission");
        let refused = app.post("/api/v1/opinion-requests", &asker, unknown_purpose).await;
        assert_eq!(refused.field_errors(), vec![("purpose".to_owned(), "rule".to_owned())]);

        // The community sees the request, with its resident found by the ID number.
        let inbox = app.get("/api/v1/opinions?state=requested", &street).await.json();
        let seen = inbox["items"].as_array().into_iter().flatten().find(|o| o["id"] == request["id"]).cloned().expect("the request");
        assert_eq!(seen["member_id"], member, "{seen}");
        assert_eq!(seen["asker_name"], "市委组织部干部一科");

        let path = format!("/api/v1/opinions/{}/answer", request["id"]);
        let answer = json!({"verdict": "agree", "content": "该同志在社区积极参加志愿服务，群众评价好"});
        let answered = app.post(&path, &street, answer.clone()).await;
        assert_eq!(answered.status, 201, "{}", answered.json());
        app.post(&path, &street, answer).await.assert_problem(422, "opinion-answered");

        let read = app.get(&format!("/api/v1/opinions/{}", request["id"]), &asker).await.json();
        assert_eq!((read["verdict"].as_str(), read["state"].as_str()), (Some("agree"), Some("given")), "{read}");
        assert_eq!(read["member_id"], Value::Null);
        let own = app.get("/api/v1/opinions", &asker).await.json();
        assert_eq!(own["total"], 1, "an asker lists only its own requests: {own}");
        assert_eq!(app.get(&format!("/api/v1/members/{member}"), &asker).await.status, 403, "and reads nothing else of the community");
        let stranger = app.service_token("other_department", &["opinions:read"]).await;
        assert_eq!(app.get(&format!("/api/v1/opinions/{}", request["id"]), &stranger).await.status, 404);
    }

    async fn an_unanswered_request_is_overdue_after_its_last_working_day(app) {
        let asker = app.service_token("org_department", &["opinions:read", "opinions:write"]).await;
        let ask = json!({"area_id": app.area_id("育才社区"), "subject_name": "刘干部", "purpose": "promotion",
            "year": today().year(), "question": "请提供该同志居住地表现"});
        let asked = app.post("/api/v1/opinion-requests", &asker, ask).await;
        assert_eq!(asked.status, 201, "{}", asked.json());
        let id = asked.json()["id"].as_i64().expect("id");
        let street = app.token("laocheng_admin").await;
        let overdue = app.get("/api/v1/opinions?overdue=true", &street).await.json();
        assert_eq!(overdue["total"], 0, "not yet due");
        {
            use api::db::schema::opinions;
            use diesel::prelude::*;
            let mut conn = app.pool.get().expect("connection");
            diesel::update(opinions::table.find(id))
                .set(opinions::due_on.eq(today() - Duration::days(1)))
                .execute(&mut conn)
                .expect("a request whose last day has passed");
        }
        let overdue = app.get("/api/v1/opinions?overdue=true", &street).await.json();
        assert_eq!(overdue["items"][0]["id"], id, "{overdue}");
        assert_eq!(overdue["items"][0]["overdue"], true);
        let alerts = app.get("/api/v1/alerts", &street).await.json();
        let kinds: Vec<&str> = alerts["items"].as_array().into_iter().flatten().filter_map(|a| a["kind"].as_str()).collect();
        assert!(kinds.contains(&"opinion_overdue"), "the community is alerted: {kinds:?}");
    }
}
