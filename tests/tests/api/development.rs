//! The working-day calendar, the development pipeline, two-place publicity, two-place
//! evaluation and alerts (DOMAIN.md §4, §5, §7): each rule refused, then met.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use domain::access::Role;
use domain::member::id_card;
use tests::*;

fn today() -> NaiveDate {
    (Utc::now() + Duration::hours(8)).date_naive()
}

fn id_number(sequence: u16) -> String {
    id_card::compose("610902", NaiveDate::from_ymd_opt(1990, 3, 4).expect("date"), sequence).expect("ID")
}

/// A person of 育才社区 (male) at `stage` in `category`, with the membership organization named.
fn person(app_ids: (i64, i64, i64), stage: &str, category: &str, sequence: u16) -> serde_json::Value {
    let (membership, residence, area) = app_ids;
    json!({
        "name": "发展对象", "gender": "male", "ethnicity": "汉族", "birth_date": "1990-03-04",
        "id_number": id_number(sequence), "stage": stage, "category": category,
        "membership_org_id": membership, "residence_org_id": residence, "residence_area_id": area
    })
}

fn codes(problem: &serde_json::Value) -> Vec<String> {
    problem["errors"].as_array().into_iter().flatten().filter_map(|e| e["code"].as_str().map(str::to_owned)).collect()
}

/// The full members of a branch on a date, as the voting roster gives them.
async fn roster<S, B>(app: &tests::TestApp<S>, token: &str, branch: i64, on: NaiveDate) -> Vec<serde_json::Value>
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let roster = app.get(&format!("/api/v1/organizations/{branch}/voting-roster?on={on}"), token).await.json();
    roster["full_members"].as_array().cloned().unwrap_or_default()
}

fn step(kind: &str, on: NaiveDate) -> serde_json::Value {
    json!({"kind": kind, "occurred_on": on})
}

on_both_databases! {
    async fn the_calendar_is_loaded_per_year_and_counts_working_days(app) {
        let admin = app.token("sysadmin").await;
        let mut days: Vec<serde_json::Value> = (15..=23).map(|d| json!({"date": format!("2026-02-{d}"), "kind": "holiday", "name": "春节"})).collect();
        days.push(json!({"date": "2026-02-14", "kind": "working_day", "name": "春节调休"}));
        days.push(json!({"date": "2026-02-28", "kind": "working_day", "name": "春节调休"}));
        let loaded = app.send(actix_web::test::TestRequest::put().uri("/api/v1/calendar/2026")
            .insert_header(("Authorization", format!("Bearer {admin}"))).set_json(json!({"days": days}))).await;
        assert_eq!(loaded.status, 200, "{}", String::from_utf8_lossy(&loaded.body));
        let city = app.token("city_admin").await;
        let year = app.get("/api/v1/calendar/2026", &city).await.json();
        assert_eq!(year["days"].as_array().map(Vec::len), Some(11));
        // 261 weekdays in 2026, minus the 6 weekday holidays, plus the 2 adjusted Saturdays.
        assert_eq!(year["working_days"], 257);
        let csv = "date,kind,name\n2027-01-01,holiday,元旦\n";
        let response = app.send(actix_web::test::TestRequest::put().uri("/api/v1/calendar/2027")
            .insert_header(("Authorization", format!("Bearer {admin}"))).insert_header(("Content-Type", "text/csv")).set_payload(csv)).await;
        assert_eq!(response.json()["days"][0]["name"], "元旦");
        let refused = app.send(actix_web::test::TestRequest::put().uri("/api/v1/calendar/2027")
            .insert_header(("Authorization", format!("Bearer {city}"))).set_json(json!({"days": []}))).await;
        refused.assert_problem(403, "forbidden");
    }

    async fn the_official_holidays_are_shipped_and_next_years_are_asked_for_in_december(app) {
        let city = app.token("city_admin").await;
        let year = app.get("/api/v1/calendar/2026", &city).await.json();
        let day = |date: &str| year["days"].as_array().into_iter().flatten().find(|d| d["date"] == date).cloned();
        assert_eq!(day("2026-02-16").map(|d| d["kind"].clone()), Some(json!("holiday")), "春节 is a day off");
        assert_eq!(day("2026-10-01").map(|d| d["name"].clone()), Some(json!("国庆节")));
        assert_eq!(day("2026-02-28").map(|d| d["kind"].clone()), Some(json!("working_day")), "the make-up Saturday");
        // 261 weekdays in 2026, 19 of them holidays, and 6 make-up weekend days.
        assert_eq!(year["working_days"], 248);

        let admin = app.token("sysadmin").await;
        let next = today().year() + 1;
        let calendar_alert = |alerts: &serde_json::Value| {
            alerts["items"].as_array().into_iter().flatten().find(|a| a["kind"] == "calendar_missing").cloned()
        };
        let alerts = app.get("/api/v1/alerts", &admin).await.json();
        if today().month() == 12 && next > 2026 {
            let alert = calendar_alert(&alerts).expect("asked for in December");
            assert_eq!(alert["params"]["year"], next.to_string());
        } else {
            assert_eq!(calendar_alert(&alerts), None, "only December asks for next year");
        }
        let body = json!({"days": [{"date": format!("{next}-01-01"), "kind": "holiday", "name": "元旦"}]});
        let loaded = app.send(actix_web::test::TestRequest::put().uri(&format!("/api/v1/calendar/{next}"))
            .insert_header(("Authorization", format!("Bearer {admin}"))).set_json(body)).await;
        assert_eq!(loaded.status, 200, "{}", String::from_utf8_lossy(&loaded.body));
        assert_eq!(calendar_alert(&app.get("/api/v1/alerts", &admin).await.json()), None, "loaded, no longer asked for");
    }

    async fn an_applicant_becomes_an_activist_then_a_candidate_only_when_each_rule_is_met(app) {
        let admin = app.token("city_admin").await;
        let ids = (app.org_id("育才社区第一网格党支部"), app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let id = app.post("/api/v1/members", &admin, person(ids, "applicant", "registered", 301)).await.json()["id"].as_i64().unwrap_or_default();
        let base = format!("/api/v1/members/{id}/development");
        let year_ago = today() - Duration::days(400);
        app.post(&format!("{base}/steps"), &admin, step("application", year_ago - Duration::days(30))).await;
        let refused = app.post(&format!("{base}/transitions"), &admin, json!({"to_stage": "activist", "occurred_on": year_ago, "decision_record": "支委会决定"})).await;
        refused.assert_problem(422, "contacts-missing");
        let contacts = json!({"kind": "contacts", "occurred_on": year_ago, "contacts": "王建国、李秀英"});
        assert_eq!(app.post(&format!("{base}/steps"), &admin, contacts).await.status, 201);
        let activist = app.post(&format!("{base}/transitions"), &admin, json!({"to_stage": "activist", "occurred_on": year_ago, "decision_record": "支委会决定"})).await;
        assert_eq!(activist.status, 201, "{}", String::from_utf8_lossy(&activist.body));

        // Two months into the year as activist: refused, and told when it will be met.
        let early = year_ago + Duration::days(60);
        let refused = app.post(&format!("{base}/transitions"), &admin, json!({"to_stage": "candidate", "occurred_on": early, "decision_record": "支委会决定"})).await;
        let problem = refused.assert_problem(422, "activist-period-not-met");
        assert_eq!(codes(&problem), vec!["activist-period-not-met", "political-review-missing", "training-insufficient", "filing-missing"]);
        assert!(problem["detail"].as_str().is_some_and(|d| d.contains("met on")));
        // The date comes as a value too, so that a client says it in its reader's language.
        let met_on = year_ago.checked_add_months(chrono::Months::new(12)).expect("date");
        assert_eq!(problem["errors"][0]["params"]["met_on"], json!(met_on), "{problem}");
        let status = app.get(&base, &admin).await.json();
        assert_eq!(status["next_stage"], "candidate");
        assert!(status["missing"].as_array().is_some_and(|m| m.len() == 3), "only review, training and filing are missing today");
        for body in [
            step("political_review", today() - Duration::days(20)),
            json!({"kind": "training", "occurred_on": today() - Duration::days(15), "training_hours": 24}),
            step("filing", today() - Duration::days(5)),
        ] {
            assert_eq!(app.post(&format!("{base}/steps"), &admin, body).await.status, 201);
        }
        let candidate = app.post(&format!("{base}/transitions"), &admin, json!({"to_stage": "candidate", "occurred_on": today(), "decision_record": "支委会决定"})).await;
        assert_eq!(candidate.status, 201, "{}", String::from_utf8_lossy(&candidate.body));
        assert_eq!(candidate.json()["stage"], "candidate");
        app.post(&format!("{base}/transitions"), &admin, json!({"to_stage": "full", "occurred_on": today(), "decision_record": "x"})).await
            .assert_problem(422, "stage-order");
    }

    async fn a_mobile_candidate_is_admitted_only_after_both_publicity_sites_pass_and_a_quorate_meeting(app) {
        let membership_side = app.user_token("jiangbei_admin", Role::OrgAdmin, "中共江北街道工作委员会").await;
        let residence_side = app.token("laocheng_admin").await;
        let ids = (app.org_id("张岭社区第一网格党支部"), app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let created = app.post("/api/v1/members", &membership_side, person(ids, "candidate", "mobile", 303)).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        let id = created.json()["id"].as_i64().unwrap_or_default();
        let publicity = app.post("/api/v1/publicities", &membership_side, json!({"member_id": id, "purpose": "admission"})).await.json();
        let sites = publicity["sites"].as_array().cloned().unwrap_or_default();
        let roles: Vec<&str> = sites.iter().filter_map(|s| s["role"].as_str()).collect();
        assert_eq!(roles, vec!["membership", "residence"], "a mobile member is publicised in both places");

        let start = today() - Duration::days(40);
        let period = json!({"start_on": start, "end_on": start + Duration::days(2)});
        let membership_site = format!("/api/v1/publicity-sites/{}", sites[0]["id"]);
        let residence_site = format!("/api/v1/publicity-sites/{}", sites[1]["id"]);
        app.patch(&membership_site, &membership_side, Some("\"1\""), period).await.assert_problem(422, "publicity-period-too-short");
        let period = json!({"start_on": start, "end_on": start + Duration::days(9)});
        assert_eq!(app.patch(&membership_site, &membership_side, Some("\"1\""), period.clone()).await.status, 200);
        app.patch(&residence_site, &membership_side, Some("\"1\""), period.clone()).await.assert_problem(403, "forbidden");

        let meeting_on = today() - Duration::days(20);
        let approve = |on: NaiveDate| json!({"kind": "committee_approval", "occurred_on": on, "decision_record": "街道党工委批复"});
        let base = format!("/api/v1/members/{id}/development");
        let entitled = roster(&app, &membership_side, ids.0, meeting_on).await.len();
        let half = entitled / 2;
        let weak = json!({"kind": "branch_meeting", "occurred_on": meeting_on, "purpose": "admission", "present": half, "in_favour": half, "decision_record": "支部大会"});
        app.post(&format!("{base}/steps"), &membership_side, weak).await;
        app.post(&format!("{base}/steps"), &membership_side, approve(today() - Duration::days(10))).await;
        let admit = json!({"to_stage": "probationary", "occurred_on": today(), "decision_record": "接收为预备党员"});
        let refused = app.post(&format!("{base}/transitions"), &membership_side, admit.clone()).await;
        let problem = refused.assert_problem(422, "publicity-incomplete");
        assert!(problem["detail"].as_str().is_some_and(|d| d.contains("育才社区党委")), "the refusal names the missing site: {problem}");
        assert!(codes(&problem).contains(&"quorum-not-met".to_owned()), "{half} of {entitled} is not more than half");
        assert!(
            codes(&problem).contains(&"residence-opinion-missing".to_owned()),
            "a candidate whose branch is in another community waits for the residence community's opinion: {problem}"
        );

        assert_eq!(app.patch(&residence_site, &residence_side, Some("\"1\""), period).await.status, 200);
        let objection = app.post(&format!("{residence_site}/objections"), &residence_side,
            json!({"raised_on": start + Duration::days(3), "content": "反映该同志未按时参加组织生活", "contact": "13912345678"})).await.json();
        let site = objection["sites"].as_array().into_iter().flatten().find(|s| s["role"] == "residence").cloned().unwrap_or_default();
        assert_eq!(site["status"], "blocked", "an open objection blocks the site after its period");
        assert_eq!(site["objections"][0]["contact"], "139****5678");
        assert_eq!(objection["member_name"], "发展对象", "each site reads whose publicity it posts");
        let strong = json!({"kind": "branch_meeting", "occurred_on": meeting_on, "purpose": "admission", "present": entitled, "in_favour": half + 1, "decision_record": "支部大会"});
        app.post(&format!("{base}/steps"), &membership_side, strong).await;
        app.post(&format!("{base}/transitions"), &membership_side, admit.clone()).await.assert_problem(422, "publicity-incomplete");

        let objection_id = site["objections"][0]["id"].as_i64().unwrap_or_default();
        let resolved = app.post(&format!("/api/v1/publicity-objections/{objection_id}/resolve"), &residence_side,
            json!({"status": "dismissed", "note": "经核实，该同志已请假"})).await.json();
        assert_eq!(resolved["passed"], true);
        app.post(&format!("{base}/transitions"), &membership_side, admit.clone()).await.assert_problem(422, "residence-opinion-missing");
        let opinion = json!({"area_id": app.area_id("育才社区"), "subject_kind": "resident", "subject_id": id, "purpose": "party_admission",
            "year": today().year(), "verdict": "agree", "content": "该同志在社区表现良好，同意发展", "given_on": today()});
        let given = app.post("/api/v1/opinions", &residence_side, opinion).await;
        assert_eq!(given.status, 201, "{}", given.json());
        let admitted = app.post(&format!("{base}/transitions"), &membership_side, admit).await;
        assert_eq!(admitted.status, 201, "{}", String::from_utf8_lossy(&admitted.body));
        let member = app.get(&format!("/api/v1/members/{id}"), &membership_side).await.json();
        assert_eq!(member["stage"], "probationary");
        assert_eq!(member["join_date"], json!(meeting_on), "probation starts at the branch meeting");
        app.assert_counters_agree();
    }

    async fn an_upheld_objection_fails_the_publicity(app) {
        let admin = app.token("city_admin").await;
        let ids = (app.org_id("育才社区第一网格党支部"), app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let id = app.post("/api/v1/members", &admin, person(ids, "candidate", "registered", 305)).await.json()["id"].as_i64().unwrap_or_default();
        let publicity = app.post("/api/v1/publicities", &admin, json!({"member_id": id, "purpose": "admission"})).await.json();
        assert_eq!(publicity["sites"].as_array().map(Vec::len), Some(1), "one site for a registered member");
        let site = format!("/api/v1/publicity-sites/{}", publicity["sites"][0]["id"]);
        let start = today() - Duration::days(30);
        app.patch(&site, &admin, Some("\"1\""), json!({"start_on": start, "end_on": start + Duration::days(10)})).await;
        let raised = app.post(&format!("{site}/objections"), &admin, json!({"raised_on": start + Duration::days(1), "content": "有违纪行为"})).await.json();
        let objection = raised["sites"][0]["objections"][0]["id"].as_i64().unwrap_or_default();
        let failed = app.post(&format!("/api/v1/publicity-objections/{objection}/resolve"), &admin, json!({"status": "upheld", "note": "经查属实"})).await.json();
        assert_eq!(failed["sites"][0]["status"], "failed");
        assert_eq!(failed["passed"], false);
    }

    async fn the_number_entitled_to_vote_comes_from_the_roster_with_named_exclusions(app) {
        let admin = app.token("city_admin").await;
        let ids = (app.org_id("育才社区第一网格党支部"), app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let id = app.post("/api/v1/members", &admin, person(ids, "candidate", "registered", 321)).await.json()["id"].as_i64().unwrap_or_default();
        let steps = format!("/api/v1/members/{id}/development/steps");
        let on = today() - Duration::days(5);
        let full = roster(&app, &admin, ids.0, on).await;
        let n = full.len();
        assert!(n >= 6, "the demo branch has a roster: {n}");
        let meeting = |extra: serde_json::Value| {
            let mut body = json!({"kind": "branch_meeting", "occurred_on": on, "purpose": "admission", "decision_record": "支部大会"});
            body.as_object_mut().into_iter().for_each(|b| b.extend(extra.as_object().cloned().unwrap_or_default()));
            body
        };
        let typed = app.post(&steps, &admin, meeting(json!({"entitled": 3, "present": 2, "in_favour": 2}))).await;
        let problem = typed.assert_problem(422, "entitled-mismatch");
        assert!(problem["detail"].as_str().is_some_and(|d| d.contains(&format!("roster gives {n}"))), "{problem}");
        let stranger = json!([{"member_id": id, "reason": "abroad"}]);
        app.post(&steps, &admin, meeting(json!({"excluded": stranger, "present": 1, "in_favour": 1}))).await.assert_problem(422, "exclusion-invalid");

        let abroad = full[0].clone();
        let present = (n - 1) / 2 + 1;
        let excluded = json!([{"member_id": abroad["member_id"], "reason": "abroad"}]);
        let recorded = app.post(&steps, &admin, meeting(json!({"excluded": excluded, "present": present, "in_favour": present}))).await;
        assert_eq!(recorded.status, 201, "{}", String::from_utf8_lossy(&recorded.body));
        let record = recorded.json();
        let vote = record["steps"].as_array().into_iter().flatten().find_map(|s| s["vote"].as_object().cloned()).unwrap_or_default();
        assert_eq!(vote["roster"], json!(n), "the response shows the roster the count comes from");
        assert_eq!(vote["entitled"], json!(n - 1));
        assert_eq!(vote["excluded"], json!([{"member_id": abroad["member_id"], "name": abroad["name"], "reason": "abroad"}]));
        assert_eq!(vote["quorum_met"], true);
        let auditor = app.token("auditor").await;
        let events = app.get("/api/v1/audit-events?action=development.vote_exclusion", &auditor).await.json();
        assert!(events["items"].as_array().into_iter().flatten().any(|e| e["object_id"].as_str() == Some(abroad["member_id"].to_string().as_str())), "each exclusion is audited: {events}");
    }

    async fn conversion_waits_for_the_probation_year_and_allows_one_extension(app) {
        let admin = app.token("city_admin").await;
        let ids = (app.org_id("育才社区第一网格党支部"), app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        // Joined long enough ago that the extended probation ended in the past: every fact
        // below is dated on or before today.
        let joined = today() - Duration::days(700);
        let met_on = joined.checked_add_months(chrono::Months::new(18)).expect("date");
        let mut body = person(ids, "probationary", "registered", 307);
        body["join_date"] = json!(joined);
        let id = app.post("/api/v1/members", &admin, body).await.json()["id"].as_i64().unwrap_or_default();
        let base = format!("/api/v1/members/{id}/development");
        let meeting = |on: NaiveDate, purpose: &str, entitled: usize| json!({"kind": "branch_meeting", "occurred_on": on, "purpose": purpose, "present": entitled, "in_favour": entitled, "decision_record": "支部大会"});
        let entitled = roster(&app, &admin, ids.0, joined).await.len();
        app.post(&format!("{base}/steps"), &admin, meeting(joined, "admission", entitled)).await;
        let converted_on = met_on - Duration::days(10);
        let entitled = roster(&app, &admin, ids.0, converted_on).await.len();
        app.post(&format!("{base}/steps"), &admin, meeting(converted_on, "conversion", entitled)).await;
        let publicity = app.post("/api/v1/publicities", &admin, json!({"member_id": id, "purpose": "conversion"})).await.json();
        // The list filters by purpose on the server: the conversion is found, no admission is.
        let conversions = app.get(&format!("/api/v1/publicities?member_id={id}&purpose=conversion"), &admin).await.json();
        assert_eq!(conversions["items"][0]["id"], publicity["id"]);
        let admissions = app.get(&format!("/api/v1/publicities?member_id={id}&purpose=admission"), &admin).await.json();
        assert_eq!(admissions["total"], 0);
        let site = format!("/api/v1/publicity-sites/{}", publicity["sites"][0]["id"]);
        let start = met_on - Duration::days(25);
        app.patch(&site, &admin, Some("\"1\""), json!({"start_on": start, "end_on": start + Duration::days(8)})).await;
        let extend = json!({"kind": "probation_extension", "occurred_on": joined + Duration::days(300), "months": 6, "decision_record": "延长预备期半年"});
        assert_eq!(app.post(&format!("{base}/steps"), &admin, extend.clone()).await.status, 201);
        app.post(&format!("{base}/steps"), &admin, extend).await.assert_problem(422, "extension-not-allowed");
        let convert = json!({"to_stage": "full", "occurred_on": met_on - Duration::days(5), "decision_record": "按期转正"});
        let refused = app.post(&format!("{base}/transitions"), &admin, convert).await;
        let problem = refused.assert_problem(422, "probation-period-not-met");
        assert!(problem["detail"].as_str().is_some_and(|d| d.contains(&met_on.to_string())), "{problem}");
        let later = json!({"to_stage": "full", "occurred_on": met_on, "decision_record": "延长期满转正"});
        let converted = app.post(&format!("{base}/transitions"), &admin, later).await;
        assert_eq!(converted.status, 201, "{}", String::from_utf8_lossy(&converted.body));
        assert_eq!(app.get(&format!("/api/v1/members/{id}"), &admin).await.json()["conversion_date"], json!(met_on));
        app.assert_counters_agree();
    }

    async fn two_place_evaluation_needs_both_opinions_and_a_reason_to_differ(app) {
        let membership_side = app.user_token("jiangbei_admin", Role::OrgAdmin, "中共江北街道工作委员会").await;
        let residence_side = app.token("laocheng_admin").await;
        let ids = (app.org_id("张岭社区第一网格党支部"), app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let id = app.post("/api/v1/members", &membership_side, person(ids, "full", "mobile", 309)).await.json()["id"].as_i64().unwrap_or_default();
        let year = 2026;
        let campaign = app.post("/api/v1/evaluations", &membership_side,
            json!({"org_id": app.org_id("张岭社区第一网格党支部"), "year": year, "deadline": today() + Duration::days(10)})).await;
        assert_eq!(campaign.status, 201, "{}", String::from_utf8_lossy(&campaign.body));
        let results = format!("/api/v1/evaluations/{}/results", campaign.json()["id"]);
        let opinion = |grade: &str| json!({"year": year, "grade": grade, "comment": "评议意见"});
        app.post(&format!("/api/v1/members/{id}/evaluation-opinions"), &membership_side, opinion("excellent")).await;
        let alerts = app.get("/api/v1/alerts?limit=200", &membership_side).await.json();
        assert!(alerts["items"].as_array().into_iter().flatten().any(|a| a["kind"] == "opinion_missing" && a["member_id"] == id));
        app.post(&results, &membership_side, json!({"member_id": id, "grade": "excellent"})).await.assert_problem(422, "opinion-missing");
        let entry = app.post(&format!("/api/v1/members/{id}/evaluation-opinions"), &residence_side, opinion("qualified")).await.json();
        assert_eq!(entry["suggested_grade"], "qualified", "the lower of the two opinions");
        app.post(&results, &residence_side, json!({"member_id": id, "grade": "qualified"})).await.assert_problem(404, "not-found");
        app.post(&results, &membership_side, json!({"member_id": id, "grade": "excellent"})).await.assert_problem(422, "grade-reason-required");
        let graded = app.post(&results, &membership_side, json!({"member_id": id, "grade": "excellent", "reason": "在流入地表现突出"})).await;
        assert_eq!(graded.status, 201, "{}", String::from_utf8_lossy(&graded.body));
        let auditor = app.token("auditor").await;
        let audit = app.get("/api/v1/audit-events?action=evaluation.result", &auditor).await.json();
        assert!(audit["items"][0]["detail"].as_str().is_some_and(|d| d.contains("在流入地表现突出")), "the differing grade's reason is audited");
        let export = app.get(&format!("/api/v1/evaluations/{}/export.xlsx", campaign.json()["id"]), &membership_side).await;
        assert_eq!(export.status, 200);
    }

    async fn in_service_members_without_report_in_and_probationers_are_limited_and_excellent_is_capped(app) {
        let admin = app.token("city_admin").await;
        let branch = app.org_id("安康市税务局机关第一党支部");
        // An in-service member who has not reported in this year.
        let ids = (branch, app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let mut absent = person(ids, "full", "in_service", 317);
        absent["work_unit_id"] = json!(app.unit_id("国家税务总局安康市税务局"));
        let absent = app.post("/api/v1/members", &admin, absent).await.json()["id"].clone();
        let campaign = app.post("/api/v1/evaluations", &admin, json!({"org_id": branch, "year": 2026, "deadline": today() + Duration::days(60)})).await.json();
        let results = format!("/api/v1/evaluations/{}/results", campaign["id"]);
        let entries = app.get(&format!("/api/v1/evaluations/{}/entries?limit=200", campaign["id"]), &admin).await.json();
        let items = entries["items"].as_array().cloned().unwrap_or_default();
        let full: Vec<&serde_json::Value> = items.iter().filter(|e| e["stage"] == "full").collect();
        if let Some(probationer) = items.iter().find(|e| e["stage"] == "probationary") {
            app.post(&results, &admin, json!({"member_id": probationer["member_id"], "grade": "qualified"})).await
                .assert_problem(422, "probationary-not-graded");
        }
        // Give every full member the residence opinion they need (city_admin holds both sides).
        for entry in &full {
            let id = entry["member_id"].as_i64().unwrap_or_default();
            let opinion = json!({"year": 2026, "grade": "excellent", "comment": "表现突出", "side": "residence"});
            assert_eq!(app.post(&format!("/api/v1/members/{id}/evaluation-opinions"), &admin, opinion).await.status, 201);
        }
        app.post(&results, &admin, json!({"member_id": absent, "grade": "qualified", "reason": "单位考核"})).await
            .assert_problem(422, "report-in-missing");
        let limited = app.post(&results, &admin, json!({"member_id": absent, "grade": "basically_qualified", "reason": "未到社区报到"})).await;
        assert_eq!(limited.status, 201, "{}", String::from_utf8_lossy(&limited.body));
        let reported: Vec<&&serde_json::Value> = full.iter().filter(|e| e["reported_in"] == true).collect();
        let allowed = full.len() / 3;
        assert!(reported.len() > allowed, "the demo has enough reported-in members to reach the cap: {} of {}", reported.len(), full.len());
        for entry in reported.iter().take(allowed) {
            let graded = app.post(&results, &admin, json!({"member_id": entry["member_id"], "grade": "excellent"})).await;
            assert_eq!(graded.status, 201, "{}", String::from_utf8_lossy(&graded.body));
        }
        app.post(&results, &admin, json!({"member_id": reported[allowed]["member_id"], "grade": "excellent"})).await
            .assert_problem(422, "excellent-quota-exceeded");
    }

    async fn a_member_has_one_final_grade_a_year_and_the_excellent_quota_is_the_branchs(app) {
        let admin = app.token("city_admin").await;
        let branch = app.org_id("安康市税务局机关第一党支部");
        let committee = app.get(&format!("/api/v1/organizations/{branch}"), &admin).await.json()["parent_id"].clone();
        let campaign = |org: serde_json::Value| json!({"org_id": org, "year": 2026, "deadline": today() + Duration::days(60)});
        let own = app.post("/api/v1/evaluations", &admin, campaign(json!(branch))).await.json();
        let above = app.post("/api/v1/evaluations", &admin, campaign(committee)).await.json();
        let (own_results, above_results) =
            (format!("/api/v1/evaluations/{}/results", own["id"]), format!("/api/v1/evaluations/{}/results", above["id"]));
        let entries = app.get(&format!("/api/v1/evaluations/{}/entries?limit=200", own["id"]), &admin).await.json();
        let full: Vec<serde_json::Value> =
            entries["items"].as_array().into_iter().flatten().filter(|e| e["stage"] == "full").cloned().collect();
        let reported: Vec<i64> = full.iter().filter(|e| e["reported_in"] == true).filter_map(|e| e["member_id"].as_i64()).collect();
        for id in &reported {
            let opinion = json!({"year": 2026, "grade": "excellent", "comment": "表现突出", "side": "residence"});
            app.post(&format!("/api/v1/members/{id}/evaluation-opinions"), &admin, opinion).await;
        }
        let allowed = full.len() / 3;
        assert!(reported.len() > allowed && allowed >= 2, "the demo branch reaches its quota: {} of {}", reported.len(), full.len());
        let excellent = |id: i64| json!({"member_id": id, "grade": "excellent"});
        assert_eq!(app.post(&own_results, &admin, excellent(reported[0])).await.status, 201);
        assert_eq!(app.post(&own_results, &admin, excellent(reported[0])).await.status, 201, "its own campaign may replace the grade");
        let twice = app.post(&above_results, &admin, excellent(reported[0])).await;
        let problem = twice.assert_problem(409, "conflict");
        assert!(problem["detail"].as_str().is_some_and(|d| d.contains(&own["id"].to_string())), "names the first campaign: {problem}");
        for id in &reported[1..allowed] {
            assert_eq!(app.post(&above_results, &admin, excellent(*id)).await.status, 201);
        }
        // The branch has its third excellent through two campaigns: the quota counts both.
        app.post(&own_results, &admin, excellent(reported[allowed])).await.assert_problem(422, "excellent-quota-exceeded");
        app.post(&above_results, &admin, excellent(reported[allowed])).await.assert_problem(422, "excellent-quota-exceeded");
    }

    async fn alerts_show_overdue_talks_ending_probations_and_ending_publicities(app) {
        let admin = app.token("city_admin").await;
        let ids = (app.org_id("育才社区第一网格党支部"), app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let applicant = app.post("/api/v1/members", &admin, person(ids, "applicant", "registered", 311)).await.json()["id"].as_i64().unwrap_or_default();
        app.post(&format!("/api/v1/members/{applicant}/development/steps"), &admin, step("application", today() - Duration::days(45))).await;
        let mut probationer = person(ids, "probationary", "registered", 313);
        probationer["join_date"] = json!(today() - Duration::days(350));
        let probationer = app.post("/api/v1/members", &admin, probationer).await.json()["id"].as_i64().unwrap_or_default();
        let candidate = app.post("/api/v1/members", &admin, person(ids, "candidate", "registered", 315)).await.json()["id"].as_i64().unwrap_or_default();
        let publicity = app.post("/api/v1/publicities", &admin, json!({"member_id": candidate, "purpose": "admission"})).await.json();
        let site = format!("/api/v1/publicity-sites/{}", publicity["sites"][0]["id"]);
        app.patch(&site, &admin, Some("\"1\""), json!({"start_on": today() - Duration::days(10), "end_on": today() + Duration::days(2)})).await;

        let alerts = app.get("/api/v1/alerts?limit=200", &admin).await.json();
        let has = |kind: &str, id: i64| alerts["items"].as_array().into_iter().flatten().any(|a| a["kind"] == kind && a["member_id"] == id);
        assert!(has("talk_overdue", applicant));
        assert!(has("probation_ending", probationer));
        assert!(has("publicity_ending", candidate));
        // Another street sees none of them.
        let other = app.token("xincheng_viewer").await;
        let theirs = app.get("/api/v1/alerts?limit=200", &other).await.json();
        assert!(!theirs["items"].as_array().into_iter().flatten().any(|a| a["member_id"] == applicant || a["member_id"] == probationer));
    }
}

// The publicity period is a local rule: with 3 working days configured, a 3-day period is enough.
on_both_databases! {
    async fn a_shorter_configured_publicity_period_is_accepted(app)
        configured(|config| config.rules.development.publicity_working_days = 3)
    {
        let admin = app.token("city_admin").await;
        let ids = (app.org_id("育才社区第一网格党支部"), app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let id = app.post("/api/v1/members", &admin, person(ids, "candidate", "registered", 319)).await.json()["id"]
            .as_i64()
            .unwrap_or_default();
        let publicity =
            app.post("/api/v1/publicities", &admin, json!({"member_id": id, "purpose": "admission"})).await.json();
        let site = format!("/api/v1/publicity-sites/{}", publicity["sites"][0]["id"]);
        // Monday 2 to Wednesday 4 March 2026: three working days.
        let period = json!({"start_on": "2026-03-02", "end_on": "2026-03-04"});
        assert_eq!(app.patch(&site, &admin, Some("\"1\""), period).await.status, 200);
    }
}

on_both_databases! {
    async fn no_recorded_fact_is_dated_after_today(app) {
        let admin = app.token("city_admin").await;
        let branch = app.org_id("育才社区第一网格党支部");
        let list = app.get(&format!("/api/v1/members?org_id={branch}&link=membership&stage=full&limit=1"), &admin).await.json();
        let member = list["items"][0]["id"].as_i64().expect("a member");
        let tomorrow = today() + Duration::days(1);
        let facts = [
            (format!("/api/v1/members/{member}/development/steps"), "occurred_on",
             json!({"kind": "branch_meeting", "occurred_on": tomorrow, "purpose": "admission", "present": 1, "in_favour": 1, "decision_record": "支部大会"})),
            (format!("/api/v1/members/{member}/development/transitions"), "occurred_on",
             json!({"to_stage": "full", "occurred_on": tomorrow, "decision_record": "转正"})),
            ("/api/v1/meetings".to_owned(), "held_on",
             json!({"org_id": branch, "meeting_type": "themed_party_day", "held_on": tomorrow, "topic": "主题党日", "present": []})),
            ("/api/v1/points/entries".to_owned(), "occurred_on",
             json!({"member_id": member, "rule_id": 1, "occurred_on": tomorrow, "evidence": "志愿服务"})),
            (format!("/api/v1/members/{member}/events"), "occurred_on",
             json!({"kind": "note", "occurred_on": tomorrow, "content": "谈心谈话"})),
            (format!("/api/v1/members/{member}/relocation"), "occurred_on",
             json!({"residence_org_id": branch, "residence_area_id": 1, "occurred_on": tomorrow})),
            ("/api/v1/publicity-sites/1/objections".to_owned(), "raised_on",
             json!({"raised_on": tomorrow, "content": "反映问题"})),
            ("/api/v1/transfers".to_owned(), "issued_on",
             json!({"member_id": member, "to_org_id": branch, "issued_on": tomorrow})),
        ];
        for (path, field, body) in facts {
            let refused = app.post(&path, &admin, body).await.assert_problem(422, "validation-failed");
            assert_eq!(refused["errors"][0]["field"], field, "{path}: {refused}");
            assert_eq!(refused["errors"][0]["code"], "future_date", "{path}: {refused}");
        }
        // Joining and conversion dates of a member are facts too, on registration and on change.
        let ids = (branch, app.org_id("育才社区党委"), app.area_id("育才社区第一网格"));
        let mut ahead = person(ids, "full", "registered", 331);
        ahead["join_date"] = json!(tomorrow);
        ahead["conversion_date"] = json!(tomorrow);
        let refused = app.post("/api/v1/members", &admin, ahead).await;
        refused.assert_problem(422, "validation-failed");
        let fields: Vec<(String, String)> = refused.field_errors();
        assert!(fields.contains(&("join_date".to_owned(), "future_date".to_owned())), "{fields:?}");
        assert!(fields.contains(&("conversion_date".to_owned(), "future_date".to_owned())), "{fields:?}");
        let etag = app.get(&format!("/api/v1/members/{member}"), &admin).await.header("etag");
        let changed = app.patch(&format!("/api/v1/members/{member}"), &admin, etag.as_deref(), json!({"conversion_date": tomorrow})).await;
        changed.assert_problem(422, "validation-failed");
        assert!(changed.field_errors().contains(&("conversion_date".to_owned(), "future_date".to_owned())));
    }
}
