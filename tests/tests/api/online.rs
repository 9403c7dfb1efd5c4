//! Online branches (policy §10): a member's online check-in counts as attendance and gives
//! the absence deduction back; micro Party courses are completed once, in time, after their
//! length, and earn points; practice posts name their members and, for a responsibility area,
//! the area.

use chrono::{Datelike, Duration, Utc};
use serde_json::{Value, json};
use tests::*;

use crate::members::{COMMITTEE, member_body};

fn today() -> chrono::NaiveDate {
    (Utc::now() + Duration::hours(8)).date_naive()
}

/// An online branch (网络党支部) of 育才社区 with two new full members, the first with an account
/// of its own: `(branch, first, second, the first member's token)`.
async fn online_branch<S, B>(app: &TestApp<S>, admin: &str) -> (i64, i64, i64, String)
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let branch = json!({"name": "育才社区网络党支部", "kind": "branch", "field": "community", "setting_type": "regional",
        "parent_id": app.org_id(COMMITTEE), "area_id": app.area_id("育才社区"), "online": true});
    let branch = app.post("/api/v1/organizations", admin, branch).await;
    assert_eq!(branch.status, 201, "{}", branch.json());
    let branch = branch.json()["id"].as_i64().expect("branch");
    let mut ids = Vec::new();
    for sequence in [901, 903] {
        let mut body = member_body(app, sequence);
        body["membership_org_id"] = json!(branch);
        let created = app.post("/api/v1/members", admin, body).await;
        assert_eq!(created.status, 201, "{}", created.json());
        ids.push(created.json()["id"].as_i64().expect("member"));
    }
    let token = app.member_token("online_member", ids[0], branch).await;
    (branch, ids[0], ids[1], token)
}

/// The points of a rule of the catalogue.
fn rule_points(rules: &Value, code: &str) -> i64 {
    rules["items"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["code"] == code)
        .and_then(|r| r["points"].as_i64())
        .expect("rule")
}

on_both_databases! {
    async fn an_online_check_in_counts_as_attendance_and_gives_the_absence_deduction_back(app) {
        let admin = app.token("city_admin").await;
        let (branch, first, _, member) = online_branch(&app, &admin).await;
        let rules = app.get("/api/v1/points/rules?limit=100", &admin).await.json();
        let (attend, absent) = (rule_points(&rules, "A01"), rule_points(&rules, "D01"));
        let points = format!("/api/v1/members/{first}/points?year={}", today().year());
        let before = app.get(&points, &admin).await.json()["total"].as_i64().expect("total");

        let meeting = json!({"org_id": branch, "meeting_type": "themed_party_day", "held_on": today(), "online": true,
            "topic": "网上主题党日：学习新修订的党章", "present": []});
        let meeting = app.post("/api/v1/meetings", &admin, meeting).await.json();
        assert_eq!(app.get(&points, &admin).await.json()["total"].as_i64(), Some(before + absent), "absent without leave");

        let mine = app.get("/api/v1/me/meetings?online=true", &member).await.json();
        assert_eq!((mine["items"][0]["meeting_id"].clone(), mine["items"][0]["check_in_open"].clone()), (meeting["id"].clone(), json!(true)), "{mine}");
        let path = format!("/api/v1/meetings/{}/check-ins", meeting["id"]);
        let checked = app.post(&path, &member, json!({})).await;
        assert_eq!(checked.status, 201, "{}", checked.json());
        assert_eq!((checked.json()["attendance"].clone(), checked.json()["check_in_open"].clone()), (json!("present"), json!(false)));
        assert_eq!(
            app.get(&points, &admin).await.json()["total"].as_i64(),
            Some(before + attend),
            "the deduction is reversed and attendance earns its points"
        );
        app.post(&path, &member, json!({})).await.assert_problem(422, "checked-in");
        let shown = app.get(&format!("/api/v1/meetings/{}", meeting["id"]), &admin).await.json();
        let line = shown["attendance"].as_array().into_iter().flatten().find(|l| l["member_id"] == first).cloned().unwrap_or_default();
        assert!(line["attendance"] == "present" && line["checked_in_at"].is_string(), "staff see the check-in: {line}");

        // Held in person, or longer ago than the check-in window: no check-in.
        let in_person = json!({"org_id": branch, "meeting_type": "group_meeting", "held_on": today(), "topic": "党小组会", "present": []});
        let in_person = app.post("/api/v1/meetings", &admin, in_person).await.json();
        app.post(&format!("/api/v1/meetings/{}/check-ins", in_person["id"]), &member, json!({})).await.assert_problem(422, "meeting-not-online");
        let earlier = json!({"org_id": branch, "meeting_type": "party_lecture", "held_on": today() - Duration::days(3), "online": true,
            "topic": "网上党课", "present": []});
        let earlier = app.post("/api/v1/meetings", &admin, earlier).await.json();
        app.post(&format!("/api/v1/meetings/{}/check-ins", earlier["id"]), &member, json!({})).await.assert_problem(422, "check-in-closed");

        // A meeting the member was not expected at is not the member's to see; staff have no member record.
        let elsewhere = json!({"org_id": app.org_id("香溪社区第一网格党支部"), "meeting_type": "themed_party_day", "held_on": today(),
            "online": true, "topic": "网上主题党日", "present": []});
        let elsewhere = app.post("/api/v1/meetings", &admin, elsewhere).await.json();
        app.post(&format!("/api/v1/meetings/{}/check-ins", elsewhere["id"]), &member, json!({})).await.assert_problem(404, "not-found");
        app.get("/api/v1/me/meetings", &admin).await.assert_problem(403, "forbidden");
        app.assert_counters_agree();
    }

    async fn a_micro_course_is_completed_once_in_time_after_its_length_and_earns_points(app) {
        let admin = app.token("city_admin").await;
        let (_, first, second, member) = online_branch(&app, &admin).await;
        let rules = app.get("/api/v1/points/rules?limit=100", &admin).await.json();
        let course_points = rule_points(&rules, "A04");
        let course = json!({"org_id": app.org_id(COMMITTEE), "title": "“两个确立”的决定性意义", "material": "微党课讲稿与视频。",
            "link": "https://study.example.cn/courses/2026-12", "minutes": 20, "opens_on": today() - Duration::days(5),
            "closes_on": today() + Duration::days(10)});
        let course = app.post("/api/v1/courses", &admin, course).await;
        assert_eq!(course.status, 201, "{}", course.json());
        let course = course.json();
        let mine = app.get("/api/v1/me/courses?open=true", &member).await.json();
        let listed = mine["items"].as_array().into_iter().flatten().find(|c| c["course"]["id"] == course["id"]).cloned();
        assert_eq!(listed.map(|c| c["completion"].clone()), Some(Value::Null), "published by the committee above the branch: {mine}");

        let completions = format!("/api/v1/courses/{}/completions", course["id"]);
        let short = app.post(&completions, &member, json!({"minutes_spent": 15, "completed_on": today()})).await;
        assert_eq!(short.assert_problem(422, "course-time-short")["errors"][0]["field"], "minutes_spent");
        let points = format!("/api/v1/members/{first}/points?year={}", today().year());
        let before = app.get(&points, &admin).await.json()["total"].as_i64().expect("total");
        let done = app.post(&completions, &member, json!({"minutes_spent": 26, "completed_on": today()})).await;
        assert_eq!(done.status, 201, "{}", done.json());
        assert!(done.json()["points_entry_id"].is_i64(), "{}", done.json());
        assert_eq!(app.get(&points, &admin).await.json()["total"].as_i64(), Some(before + course_points));
        let studied = app.get(&format!("/api/v1/me/courses/{}", course["id"]), &member).await.json();
        assert_eq!(studied["completion"]["minutes_spent"], 26, "the member's own course page shows the completion: {studied}");
        app.post(&completions, &member, json!({"minutes_spent": 30, "completed_on": today()})).await.assert_problem(422, "course-completed");

        // Staff record a completion from another platform; not before the course opened.
        let early = json!({"member_id": second, "minutes_spent": 20, "completed_on": today() - Duration::days(6)});
        app.post(&completions, &admin, early).await.assert_problem(422, "course-closed");
        let late = json!({"member_id": second, "minutes_spent": 35, "completed_on": today()});
        assert_eq!(app.post(&completions, &admin, late).await.status, 201);
        let shown = app.get(&format!("/api/v1/courses/{}", course["id"]), &admin).await;
        assert_eq!((shown.json()["completed_by"].as_i64(), shown.json()["minutes_spent"].as_i64()), (Some(2), Some(61)));
        assert_eq!(app.get(&completions, &admin).await.json()["total"], 2);

        // Closed yesterday: no more completions; a course of another community is not the member's.
        let etag = shown.header("etag");
        let closed = app.patch(&format!("/api/v1/courses/{}", course["id"]), &admin, etag.as_deref(), json!({"closes_on": today() - Duration::days(1)})).await;
        assert_eq!((closed.status, closed.json()["open"].clone()), (200, json!(false)));
        let other = json!({"org_id": app.org_id("香溪社区第一网格党支部"), "title": "网上微党课", "material": "讲稿", "minutes": 10, "opens_on": today()});
        let other = app.post("/api/v1/courses", &admin, other).await.json();
        let elsewhere = format!("/api/v1/courses/{}/completions", other["id"]);
        app.post(&elsewhere, &member, json!({"minutes_spent": 10, "completed_on": today()})).await.assert_problem(404, "not-found");
        app.get(&format!("/api/v1/me/courses/{}", other["id"]), &member).await.assert_problem(404, "not-found");
        app.get("/api/v1/courses", &member).await.assert_problem(403, "forbidden");
        app.assert_counters_agree();
    }

    async fn practice_posts_name_their_members_and_a_responsibility_area_its_area(app) {
        let admin = app.token("city_admin").await;
        let (branch, first, second, _) = online_branch(&app, &admin).await;
        let post = |kind: &str, members: Value, area: Value| json!({"org_id": branch, "kind": kind, "name": "育才路党员责任区",
            "duty": "联系楼栋住户，收集诉求，宣传政策", "area_id": area, "since": today(), "member_ids": members});
        app.post("/api/v1/practice-posts", &admin, post("responsibility_area", json!([first]), Value::Null)).await
            .assert_problem(422, "practice-area-missing");
        app.post("/api/v1/practice-posts", &admin, post("vanguard_team", json!([first]), Value::Null)).await
            .assert_problem(422, "practice-team-small");
        let outsider = app.get(&format!("/api/v1/members?org_id={}&link=membership&limit=1", app.org_id("香溪社区第一网格党支部")), &admin).await.json();
        let outsider = outsider["items"][0]["id"].clone();
        let refused = app.post("/api/v1/practice-posts", &admin, post("model_post", json!([outsider]), Value::Null)).await;
        assert_eq!(refused.field_errors(), vec![("member_ids[0]".to_owned(), "not_found".to_owned())]);

        let grid = app.area_id("育才社区第一网格");
        let area = app.post("/api/v1/practice-posts", &admin, post("responsibility_area", json!([first, second]), json!(grid))).await;
        assert_eq!(area.status, 201, "{}", area.json());
        let area = area.json();
        assert_eq!(area["area_name"], "育才社区第一网格");
        let names: Vec<i64> = area["members"].as_array().into_iter().flatten().filter_map(|m| m["member_id"].as_i64()).collect();
        assert_eq!(names.len(), 2);
        let listed = app.get(&format!("/api/v1/practice-posts?member_id={second}&current=true"), &admin).await.json();
        assert_eq!(listed["total"], 1, "{listed}");

        let path = format!("/api/v1/practice-posts/{}", area["id"]);
        let etag = app.get(&path, &admin).await.header("etag");
        app.patch(&path, &admin, etag.as_deref(), json!({"area_id": null})).await.assert_problem(422, "practice-area-missing");
        let ended = app.patch(&path, &admin, etag.as_deref(), json!({"ended_on": today(), "member_ids": [first]})).await;
        assert_eq!(ended.status, 200, "{}", ended.json());
        assert_eq!(ended.json()["members"].as_array().map(Vec::len), Some(1));
        assert_eq!(app.get(&format!("/api/v1/practice-posts?member_id={second}&current=true"), &admin).await.json()["total"], 0);
        assert_eq!(app.get(&format!("/api/v1/practice-posts?org_id={branch}&current=false"), &admin).await.json()["total"], 1);
    }
}
