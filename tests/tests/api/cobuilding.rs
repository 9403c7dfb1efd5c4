//! Co-building (DOMAIN.md §9): a street holds its joint meeting, turns a resolution into a
//! project matched with a unit's resource, assigns tasks and gets their feedback.

use serde_json::{Value, json};
use tests::*;

fn id(value: &Value) -> i64 {
    value.as_i64().expect("an id")
}

/// A day counted from today (China Standard Time), as the API writes it.
fn day(from_today: i64) -> String {
    let today = (chrono::Utc::now() + chrono::Duration::hours(8)).date_naive();
    (today + chrono::Duration::days(from_today)).to_string()
}

on_both_databases! {
    async fn a_street_holds_its_joint_meeting_and_turns_a_resolution_into_a_project_and_tasks(app) {
        let street = app.token("laocheng_admin").await;
        let laocheng = app.area_id("老城街道");
        let district_org = app.org_id("中共安康市汉滨区委员会");
        let own_org = app.org_id("中共老城街道工作委员会");

        // The convener comes from the level above: the street's own committee is refused.
        let body = |org: i64| json!({"area_id": laocheng, "convener_org_id": org, "convener_name": "王建国", "convener_post": "区委副书记", "set_up_on": day(-300)});
        app.post("/api/v1/joint-bodies", &street, body(own_org)).await.assert_problem(422, "convener-not-from-above");
        let created = app.post("/api/v1/joint-bodies", &street, body(district_org)).await;
        assert_eq!(created.status, 201, "{}", created.json());
        let joint = id(&created.json()["id"]);
        app.post("/api/v1/joint-bodies", &street, body(district_org)).await.assert_problem(409, "conflict");

        // Seats: the tax bureau located in the street; the police sit at community level only.
        let tax = app.unit_id("国家税务总局安康市税务局");
        let seats = format!("/api/v1/joint-bodies/{joint}/seats");
        let seat = app.post(&seats, &street, json!({"kind": "unit", "unit_id": tax, "representative": "李明", "post": "机关党委书记"})).await;
        assert_eq!(seat.status, 201, "{}", seat.json());
        assert_eq!(seat.json()["holder_name"], "国家税务总局安康市税务局");
        let police = json!({"kind": "police", "holder_name": "老城派出所", "representative": "赵警官"});
        app.post(&seats, &street, police).await.assert_problem(422, "seat-not-allowed");
        let far = app.unit_id("汉滨区人民医院");
        app.post(&seats, &street, json!({"kind": "unit", "unit_id": far, "representative": "周院长"}))
            .await
            .assert_problem(422, "seat-not-allowed");

        // A meeting: planned, agenda sent, held with minutes and attendance, a resolution.
        let meetings = format!("/api/v1/joint-bodies/{joint}/meetings");
        let planned = app.post(&meetings, &street, json!({"meets_on": day(-10), "agenda": "一、辖区养老服务共建"})).await;
        assert_eq!(planned.status, 201, "{}", planned.json());
        assert_eq!(planned.json()["agenda_due_on"], day(-25), "the agenda goes out 15 days ahead");
        let meeting = format!("/api/v1/joint-meetings/{}", planned.json()["id"]);
        let etag = app.get(&meeting, &street).await.header("etag");
        let without_minutes = json!({"held": true, "agenda_sent_on": day(-30)});
        let refused = app.patch(&meeting, &street, etag.as_deref(), without_minutes).await;
        assert_eq!(refused.field_errors(), vec![("minutes".to_owned(), "rule".to_owned())], "a held meeting has minutes");
        let seat_id = id(&seat.json()["id"]);
        let held = json!({"held": true, "agenda_sent_on": day(-30), "minutes": "会议讨论了养老服务共建。", "attendance": [{"seat_id": seat_id, "present": true}]});
        let recorded = app.patch(&meeting, &street, etag.as_deref(), held).await;
        assert_eq!(recorded.status, 200, "{}", recorded.json());
        assert_eq!(recorded.json()["agenda_late"], false);
        let resolution = app.post(&format!("{meeting}/resolutions"), &street, json!({"text": "税务局志愿者每月到育才社区开展养老助餐服务"})).await;
        assert_eq!(resolution.status, 201, "{}", resolution.json());
        let resolution = id(&resolution.json()["id"]);
        let body = app.get(&format!("/api/v1/joint-bodies/{joint}"), &street).await.json();
        assert_eq!(body["last_held_on"], day(-10));
        let held_on = chrono::NaiveDate::parse_from_str(&day(-10), "%Y-%m-%d").expect("a day");
        let due = held_on.checked_add_months(chrono::Months::new(6)).expect("a day").to_string();
        assert_eq!(body["next_due_on"], due, "the next meeting is due within half a year");
        assert_eq!(body["overdue"], false);

        // The resolution becomes a need, matched with the tax bureau's volunteers in a project.
        let yucai = app.area_id("育才社区");
        let need = app.post("/api/v1/co-building/needs", &street, json!({"area_id": yucai, "source": "community", "title": "老年人助餐", "description": "独居老人午餐配送", "wanted_kind": "volunteers", "resolution_id": resolution})).await;
        assert_eq!(need.status, 201, "{}", need.json());
        let need = id(&need.json()["id"]);
        let read = app.get(&format!("/api/v1/co-building/needs/{need}"), &street).await;
        assert_eq!((read.status, read.json()["title"].as_str()), (200, Some("老年人助餐")), "a need is read by its id");
        let offer = app.post("/api/v1/co-building/resources", &street, json!({"unit_id": tax, "kind": "volunteers", "title": "青年志愿服务队", "description": "每月两次，每次 10 人", "available_until": day(365)})).await;
        assert_eq!(offer.status, 201, "{}", offer.json());
        let offer = id(&offer.json()["id"]);
        let suggested = app.get(&format!("/api/v1/co-building/needs/{need}/suggestions"), &street).await.json();
        assert_eq!(suggested["items"][0]["resource"]["id"], offer, "the volunteers asked for come first: {suggested}");
        let project = |due: &str| json!({"need_id": need, "resource_ids": [offer], "owner_unit_id": tax, "title": "银龄助餐", "due_on": due, "resolution_id": resolution});
        app.post("/api/v1/co-building/projects", &street, project(&day(400))).await.assert_problem(422, "resource-unavailable");
        let started = app.post("/api/v1/co-building/projects", &street, project(&day(200))).await;
        assert_eq!(started.status, 201, "{}", started.json());
        let project_path = format!("/api/v1/co-building/projects/{}", started.json()["id"]);
        app.post("/api/v1/co-building/projects", &street, project(&day(200))).await.assert_problem(422, "need-taken");
        app.post(&format!("{project_path}/rating"), &street, json!({"rating": 5})).await.assert_problem(422, "project-state");
        let progressed = app.post(&format!("{project_path}/progress"), &street, json!({"recorded_on": day(-1), "note": "首批 12 位老人已配送"})).await;
        assert_eq!(progressed.json()["state"], "in_progress", "the first progress starts the project");
        // A photo of the work goes with the update, and comes back as it was sent.
        let update = progressed.json()["progress"][0]["id"].clone();
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89".to_vec();
        let photos = format!("{project_path}/progress/{update}/photos?name=%E9%85%8D%E9%80%81.png");
        let kept = app.upload(&photos, &street, "image/png", png.clone()).await;
        assert_eq!(kept.status, 201, "{}", String::from_utf8_lossy(&kept.body));
        let href = kept.json()["href"].as_str().unwrap_or_default().to_owned();
        assert_eq!(app.get(&href, &street).await.body, png);
        let shown = app.get(&project_path, &street).await.json();
        assert_eq!(shown["progress"][0]["photos"][0]["name"], "配送.png", "{shown}");
        assert_eq!(shown["area_name"], "育才社区", "a project names the community it serves");
        app.upload(&photos, &street, "application/pdf", b"%PDF-1.4".to_vec()).await.assert_problem(415, "unsupported-media-type");
        let done = app.post(&format!("{project_path}/transitions"), &street, json!({"to": "completed", "on": day(0)})).await;
        assert_eq!(done.json()["state"], "completed", "{}", done.json());
        let rated = app.post(&format!("{project_path}/rating"), &street, json!({"rating": 5, "comment": "老人满意"})).await;
        assert_eq!(rated.json()["rating"], 5);

        // Tasks: to the tax bureau (located here), not to a unit of another street.
        let project_id = started.json()["id"].clone();
        let task = |unit: i64| json!({"area_id": laocheng, "title": "助餐志愿服务", "description": "每月两次", "assignee_kind": "unit", "assignee_id": unit, "due_on": day(30), "resolution_id": resolution, "project_id": project_id});
        app.post("/api/v1/co-building/tasks", &street, task(far)).await.assert_problem(422, "task-assignee-outside");
        let assigned = app.post("/api/v1/co-building/tasks", &street, task(tax)).await;
        assert_eq!(assigned.status, 201, "{}", assigned.json());
        let task_path = format!("/api/v1/co-building/tasks/{}", assigned.json()["id"]);
        assert_eq!(assigned.json()["project_title"], "银龄助餐", "a task names its project");
        let feedback = json!({"feedback": "已开展两次助餐服务", "on": day(0)});
        let answered = app.post(&format!("{task_path}/feedback"), &street, feedback.clone()).await;
        assert_eq!(answered.json()["state"], "done", "{}", answered.json());
        app.post(&format!("{task_path}/feedback"), &street, feedback).await.assert_problem(422, "task-closed");

        // Residents read their community's co-building without logging in, and nobody's data.
        let anonymous = |path: String| actix_web::test::TestRequest::get().uri(&path);
        let public = app.send(anonymous(format!("/api/v1/public/communities/{yucai}/co-building"))).await;
        assert_eq!(public.status, 200);
        let public = public.json();
        assert_eq!(public["community_name"], "育才社区");
        assert_eq!(public["projects"][0]["title"], "银龄助餐");
        assert_eq!(public["projects"][0]["owner_unit_name"], "国家税务总局安康市税务局");
        assert_eq!(public["projects_total"].as_u64(), public["projects"].as_array().map(|p| p.len() as u64), "{public}");
        assert!(!public.to_string().contains("\"id\""), "titles, states and names only: {public}");
        app.send(anonymous(format!("/api/v1/public/communities/{laocheng}/co-building"))).await.assert_problem(404, "not-found");

        // Another street sees none of it.
        let other = app.token("xincheng_viewer").await;
        app.get(&format!("/api/v1/joint-bodies/{joint}"), &other).await.assert_problem(404, "not-found");
        assert_eq!(app.get("/api/v1/co-building/tasks", &other).await.json()["total"], 0);
    }

    async fn a_member_task_counts_its_service_hours_in_the_members_history(app) {
        let street = app.token("laocheng_admin").await;
        let yucai = app.org_id("育才社区党委");
        let member_of = |category: &'static str| format!("/api/v1/members?org_id={yucai}&link=residence&category={category}&limit=1");
        let in_service = id(&app.get(&member_of("in_service"), &street).await.json()["items"][0]["id"]);
        let registered = id(&app.get(&member_of("registered"), &street).await.json()["items"][0]["id"]);
        let task = |member: i64| json!({"area_id": app.area_id("育才社区"), "title": "楼道清洁志愿服务", "description": "周末两小时", "assignee_kind": "member", "assignee_id": member, "due_on": day(14)});
        // Rule: tasks go to in-service members who reported in to the community.
        app.post("/api/v1/co-building/tasks", &street, task(registered)).await.assert_problem(422, "task-assignee-outside");
        let assigned = app.post("/api/v1/co-building/tasks", &street, task(in_service)).await;
        assert_eq!(assigned.status, 201, "{}", assigned.json());
        let path = format!("/api/v1/co-building/tasks/{}/feedback", assigned.json()["id"]);
        let too_many = json!({"feedback": "已完成", "on": day(0), "service_hours": 25});
        assert_eq!(app.post(&path, &street, too_many).await.field_errors(), vec![("service_hours".to_owned(), "rule".to_owned())]);
        let done = app.post(&path, &street, json!({"feedback": "已完成楼道清洁", "on": day(0), "service_hours": 2})).await;
        assert_eq!(done.status, 201, "{}", done.json());
        let history = app.get(&format!("/api/v1/members/{in_service}/events?limit=200"), &street).await.json();
        let service = history["items"].as_array().expect("events").iter().find(|e| e["content"] == "共建任务：楼道清洁志愿服务");
        assert_eq!(service.map(|e| (e["kind"].clone(), e["service_hours"].clone())), Some((json!("service"), json!(2.0))), "{history}");
    }

    async fn a_street_reports_a_vertically_managed_unit_to_its_superior_each_half_year(app) {
        let street = app.token("laocheng_admin").await;
        let laocheng = app.area_id("老城街道");
        let tax = app.unit_id("国家税务总局安康市税务局");
        // A task of the last half year, answered then.
        let then = day(-200);
        let task = json!({"area_id": laocheng, "title": "税法宣传进社区", "description": "在三个社区各开展一次", "assignee_kind": "unit", "assignee_id": tax, "assigned_on": then, "due_on": then});
        let assigned = app.post("/api/v1/co-building/tasks", &street, task).await;
        assert_eq!(assigned.status, 201, "{}", assigned.json());
        let feedback = json!({"feedback": "已在三个社区开展税法宣传", "on": then});
        assert_eq!(app.post(&format!("/api/v1/co-building/tasks/{}/feedback", assigned.json()["id"]), &street, feedback).await.status, 201);
        let then = chrono::NaiveDate::parse_from_str(&then, "%Y-%m-%d").expect("a day");
        let (year, half) = (chrono::Datelike::year(&then), if chrono::Datelike::month(&then) <= 6 { 1 } else { 2 });

        let reports = "/api/v1/co-building/feedback-reports";
        let plain = app.unit_id("金州会计师事务所");
        let refused = app.post(reports, &street, json!({"unit_id": plain, "year": year, "half": half})).await;
        assert_eq!(refused.field_errors(), vec![("unit_id".to_owned(), "not_vertical".to_owned())], "only vertically managed units");
        let now = chrono::NaiveDate::parse_from_str(&day(0), "%Y-%m-%d").expect("a day");
        let current = json!({"unit_id": tax, "year": chrono::Datelike::year(&now), "half": if chrono::Datelike::month(&now) <= 6 { 1 } else { 2 }});
        assert_eq!(app.post(reports, &street, current).await.field_errors(), vec![("half".to_owned(), "not_ended".to_owned())]);

        let composed = app.post(reports, &street, json!({"unit_id": tax, "year": year, "half": half})).await;
        assert_eq!(composed.status, 201, "{}", composed.json());
        let report = composed.json();
        assert_eq!(report["state"], "composed");
        let vertical = app.get("/api/v1/units?vertical=true&limit=200", &street).await.json();
        let names: Vec<&str> = vertical["items"].as_array().into_iter().flatten().filter_map(|u| u["name"].as_str()).collect();
        assert!(names.contains(&"国家税务总局安康市税务局") && !names.contains(&"金州会计师事务所"), "vertically managed units: {names:?}");
        assert_eq!(report["content"]["superior_name"], "国家税务总局陕西省税务局");
        assert_eq!(report["content"]["tasks"][0]["title"], "税法宣传进社区");
        assert_eq!(report["content"]["tasks"][0]["state"], "done");
        let path = format!("{reports}/{}", report["id"]);
        let signed = app.post(&format!("{path}/sign-off"), &street, json!({})).await;
        assert_eq!(signed.status, 201, "{}", signed.json());
        assert!(signed.json()["signed_off_at"].is_string());
        app.post(reports, &street, json!({"unit_id": tax, "year": year, "half": half})).await.assert_problem(409, "conflict");
        let delivered = app.post(&format!("{path}/delivery"), &street, json!({})).await;
        assert!(delivered.json()["delivered_at"].is_string(), "{}", delivered.json());
        assert_eq!(delivered.json()["state"], "delivered");
        let listed = app.get(&format!("{reports}?state=delivered"), &street).await.json();
        assert_eq!(listed["items"][0]["id"], report["id"], "{listed}");
        assert_eq!(app.get(&format!("{reports}?state=composed"), &street).await.json()["total"], 0);
        let sheet = app.get(&format!("{path}/export.xlsx"), &street).await;
        assert_eq!(sheet.status, 200);
        assert!(sheet.body.starts_with(b"PK"), "an xlsx file");
        let other = app.token("xincheng_viewer").await;
        app.get(&path, &other).await.assert_problem(404, "not-found");
    }

    async fn the_demo_city_shows_co_building_in_every_state_with_its_alerts(app) {
        // The city's dashboard over the demo's 江北街道 and 平利县, before anyone has worked in it.
        let city = app.token("city_admin").await;
        let figures = app.get("/api/v1/dashboard/co-building", &city).await.json();
        let states: Vec<&str> = figures["projects"].as_array().into_iter().flatten().filter(|p| p["projects"].as_i64() > Some(0)).filter_map(|p| p["state"].as_str()).collect();
        for state in ["planned", "in_progress", "completed", "cancelled"] {
            assert!(states.contains(&state), "a project {state}: {figures}");
        }
        let at_least_one = ["joint_meetings_held", "tasks_done", "tasks_overdue", "assignments", "refusals", "opinions_pending", "opinions_overdue", "spaces_below_standard"];
        for figure in at_least_one {
            assert!(figures[figure].as_i64() >= Some(1), "{figure}: {figures}");
        }
        assert_eq!(figures["counties_without_site"], 1, "平利县 names no demonstration site: {figures}");
        // 江北街道 delivered its feedback on the vertically managed power supply station.
        let delivered = app.get("/api/v1/co-building/feedback-reports?state=delivered&limit=50", &city).await.json();
        let power = delivered["items"].as_array().into_iter().flatten().find(|r| r["content"]["unit_name"] == "国网安康供电公司江北供电所");
        let tasks = power.map(|r| r["content"]["tasks"].as_array().map(|t| t.iter().map(|t| (t["title"].clone(), t["state"].clone())).collect::<Vec<_>>()));
        assert_eq!(tasks, Some(Some(vec![(json!("安置小区电力线路安全检查"), json!("done"))])), "{delivered}");
        // Residents of 幸福家园社区 read what units do for them, without logging in.
        let xingfu = app.area_id("幸福家园社区");
        let public = app.send(actix_web::test::TestRequest::get().uri(&format!("/api/v1/public/communities/{xingfu}/co-building"))).await.json();
        let titles: Vec<&str> = public["projects"].as_array().into_iter().flatten().filter_map(|p| p["title"].as_str()).collect();
        assert!(titles.contains(&"搬迁群众就业技能培训") && titles.contains(&"四点半课堂志愿辅导"), "{public}");
    }
}
