//! Points-based management and organizational life (DOMAIN.md §6, §7).

use actix_web::test::TestRequest;
use chrono::Datelike;
use diesel::prelude::*;
use domain::access::Role;
use tests::*;

fn rule_id<S, B>(app: &tests::TestApp<S>, code: &str) -> i64
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    use api::db::schema::points_rules::dsl;
    let mut conn = app.pool.get().expect("connection");
    dsl::points_rules
        .filter(dsl::code.eq(code))
        .filter(dsl::current.eq(true))
        .select(dsl::id)
        .first(&mut conn)
        .expect("rule")
}

/// A full registered member of 育才社区第一网格党支部 with no entries of `code` this year.
async fn member_of_yucai<S, B>(app: &tests::TestApp<S>, token: &str) -> i64
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let branch = app.org_id("育才社区第一网格党支部");
    let list = app
        .get(&format!("/api/v1/members?org_id={branch}&link=membership&stage=full&category=registered&limit=1"), token)
        .await
        .json();
    list["items"][0]["id"].as_i64().expect("member")
}

/// Lifts the database's guards on the ledger, as someone with write access to the database
/// could: what is left to catch a change is the keyed chain.
fn lift_ledger_guards(conn: &mut api::db::DbConnection, engine: api::db::Engine) {
    let statements: &[&str] = match engine {
        api::db::Engine::Sqlite => &[
            "DROP TRIGGER points_entries_no_edit",
            "DROP TRIGGER points_entries_no_delete",
            "DROP TRIGGER points_entries_linked_once",
            "DROP TRIGGER points_entries_decided_once",
        ],
        api::db::Engine::Postgres => &["ALTER TABLE points_entries DISABLE TRIGGER points_entries_append_only"],
    };
    for statement in statements {
        diesel::sql_query(*statement).execute(conn).expect("lift a guard");
    }
}

fn award(member: i64, rule: i64) -> serde_json::Value {
    json!({"member_id": member, "rule_id": rule, "occurred_on": "2026-06-01", "evidence": "社区志愿服务"})
}

on_both_databases! {
    async fn the_ledger_cannot_be_edited_through_the_api_and_tampering_is_detected(app) {
        let admin = app.token("city_admin").await;
        let member = member_of_yucai(&app, &admin).await;
        let entry = app.post("/api/v1/points/entries", &admin, award(member, rule_id(&app, "A02"))).await.json();
        let path = format!("/api/v1/points/entries/{}", entry["id"]);
        for method in ["PATCH", "PUT", "DELETE"] {
            let request = TestRequest::default().method(method.parse().expect("method")).uri(&path)
                .insert_header(("Authorization", format!("Bearer {admin}")));
            let response = app.send(request).await;
            assert!(response.status == 405 || response.status == 404, "{method} must not change an entry");
        }
        let verify = format!("/api/v1/members/{member}/points/verify");
        assert_eq!(app.get(&verify, &admin).await.json()["valid"], true);
        // The database refuses edits; someone who disables that and edits a row is caught.
        let mut conn = app.pool.get().expect("connection");
        let id = entry["id"].as_i64().unwrap_or_default();
        let edit = format!("UPDATE points_entries SET points = 50 WHERE id = {id}");
        assert!(diesel::sql_query(&edit).execute(&mut conn).is_err(), "the append-only trigger refuses the edit");
        lift_ledger_guards(&mut conn, app.engine);
        diesel::sql_query(&edit).execute(&mut conn).expect("tamper");
        let check = app.get(&verify, &admin).await.json();
        assert_eq!(check["valid"], false);
        assert_eq!(check["broken"], "changed");
        assert_eq!(check["first_broken_entry_id"], id);
    }

    async fn the_keyed_chain_covers_decisions_and_its_head(app) {
        let admin = app.token("city_admin").await;
        let member = member_of_yucai(&app, &admin).await;
        let verify = format!("/api/v1/members/{member}/points/verify");
        let bonus = app.post("/api/v1/points/entries", &admin, award(member, rule_id(&app, "B01"))).await.json();
        let rejected = app.post(&format!("/api/v1/points/entries/{}/reject", bonus["id"]), &admin, json!({})).await;
        assert_eq!(rejected.json()["status"], "rejected");
        let newest = app.post("/api/v1/points/entries", &admin, award(member, rule_id(&app, "A02"))).await.json();
        assert_eq!(app.get(&verify, &admin).await.json()["valid"], true);
        let mut conn = app.pool.get().expect("connection");
        lift_ledger_guards(&mut conn, app.engine);

        // Dropping the newest entry leaves a chain that holds up to its end, but not its head.
        diesel::sql_query(format!("DELETE FROM points_entries WHERE id = {}", newest["id"])).execute(&mut conn).expect("drop");
        let check = app.get(&verify, &admin).await.json();
        assert_eq!((check["valid"].clone(), check["broken"].clone()), (json!(false), json!("head")), "{check}");

        // A rejected award turned into an approved one is caught at its entry.
        diesel::sql_query(format!("UPDATE points_entries SET status = 'approved' WHERE id = {}", bonus["id"]))
            .execute(&mut conn)
            .expect("forge an approval");
        let check = app.get(&verify, &admin).await.json();
        assert_eq!(check["broken"], "changed", "{check}");
        assert_eq!(check["first_broken_entry_id"], bonus["id"]);
        let whole = api::maintenance::verify(&mut conn).expect("verify");
        assert!(whole.broken_chains.iter().any(|(m, _)| *m == member), "`dangjian verify` names the member");
        assert!(!whole.is_whole());
    }

    async fn chains_written_before_the_key_are_keyed_only_when_they_hold(app) {
        use api::db::schema::{points_chain_heads, points_entries as entries};
        use domain::points::chain::unkeyed_hash;
        let admin = app.token("city_admin").await;
        let holding = member_of_yucai(&app, &admin).await;
        let bonus = app.post("/api/v1/points/entries", &admin, award(holding, rule_id(&app, "B01"))).await.json();
        app.post(&format!("/api/v1/points/entries/{}/approve", bonus["id"]), &admin, json!({})).await;
        let mut conn = app.pool.get().expect("connection");
        let other: i64 = entries::table.filter(entries::member_id.ne(holding)).select(entries::member_id).first(&mut conn).expect("another member");
        // Both members' ledgers as the unkeyed chain left them; the second one changed since.
        lift_ledger_guards(&mut conn, app.engine);
        for member in [holding, other] {
            let rows = api::db::repo::points::chain(&mut conn, member).expect("chain");
            let mut previous = String::new();
            for row in &rows {
                let mut content = api::db::repo::points::content(row).expect("content");
                if member == other && row.id == rows[0].id {
                    content.points += 10;
                }
                previous = unkeyed_hash(&previous, &content);
                diesel::update(entries::table.find(row.id))
                    .set((entries::hash.eq(&previous), entries::link.eq(None::<i64>), entries::decision_link.eq(None::<i64>), entries::decision_hash.eq(None::<String>)))
                    .execute(&mut conn)
                    .expect("unkey");
            }
            diesel::delete(points_chain_heads::table.find(member)).execute(&mut conn).expect("no head");
        }
        let keyed = api::db::write_transaction(&mut conn, api::db::repo::points::key_old_chains).expect("key");
        assert_eq!(keyed, 1, "only the chain that holds is keyed");
        let check = |member: i64| format!("/api/v1/members/{member}/points/verify");
        let holds = app.get(&check(holding), &admin).await.json();
        assert_eq!(holds["valid"], true, "{holds}");
        let changed = app.get(&check(other), &admin).await.json();
        assert_eq!(changed["broken"], "unchained", "{changed}");
    }

    async fn caps_hold_and_a_veto_zeroes_the_year(app) {
        let admin = app.token("city_admin").await;
        let member = member_of_yucai(&app, &admin).await;
        let service = rule_id(&app, "A02");
        for _ in 0..10 {
            assert_eq!(app.post("/api/v1/points/entries", &admin, award(member, service)).await.status, 201);
        }
        app.post("/api/v1/points/entries", &admin, award(member, service)).await.assert_problem(422, "points-cap-exceeded");
        let before = app.get(&format!("/api/v1/members/{member}/points?year=2026"), &admin).await.json()["total"].as_i64().unwrap_or_default();
        let veto = app.post("/api/v1/points/entries", &admin, award(member, rule_id(&app, "V01"))).await.json();
        assert_eq!(veto["status"], "pending", "a veto needs approval");
        let pending = app.get(&format!("/api/v1/members/{member}/points?year=2026"), &admin).await.json();
        assert_eq!(pending["total"].as_i64(), Some(before), "pending entries do not count");
        let approved = app.post(&format!("/api/v1/points/entries/{}/approve", veto["id"]), &admin, json!({})).await;
        assert_eq!(approved.status, 200, "{}", String::from_utf8_lossy(&approved.body));
        let after = app.get(&format!("/api/v1/members/{member}/points?year=2026"), &admin).await.json();
        assert_eq!(after["total"], 0);
        assert_eq!(after["vetoed"], true);
        assert_eq!(after["suggested_grade"], "unqualified");
        app.assert_counters_agree();
    }

    async fn a_reversal_counts_in_the_reversed_entrys_year(app) {
        let admin = app.token("city_admin").await;
        let member = member_of_yucai(&app, &admin).await;
        let points = |year: i32| format!("/api/v1/members/{member}/points?year={year}");
        let total = |v: serde_json::Value| v["total"].as_i64().unwrap_or_default();
        let last_year = json!({"member_id": member, "rule_id": rule_id(&app, "A02"), "occurred_on": "2025-06-03", "evidence": "社区志愿服务"});
        let given = app.post("/api/v1/points/entries", &admin, last_year).await.json();
        let (before_2025, before_2026) = (total(app.get(&points(2025), &admin).await.json()), total(app.get(&points(2026), &admin).await.json()));
        let reversal = app.post(&format!("/api/v1/points/entries/{}/reversal", given["id"]), &admin, json!({"reason": "重复录入"})).await;
        assert_eq!(reversal.status, 201, "{}", String::from_utf8_lossy(&reversal.body));
        let reversal = reversal.json();
        assert_eq!(reversal["year"], 2025, "the correction counts in the year it corrects");
        assert_eq!((reversal["evidence"].as_str(), &reversal["reverses_entry_id"]), (Some("重复录入"), &given["id"]), "the member reads the reason; the link is its own field");
        assert_ne!(reversal["occurred_on"], "2025-06-03", "the correction is dated when it is made");
        assert_eq!(total(app.get(&points(2025), &admin).await.json()), before_2025 - 2);
        assert_eq!(total(app.get(&points(2026), &admin).await.json()), before_2026);
        app.assert_counters_agree();
    }

    async fn a_veto_recorded_in_error_is_lifted_by_its_reversal(app) {
        let admin = app.token("city_admin").await;
        let member = member_of_yucai(&app, &admin).await;
        let points = format!("/api/v1/members/{member}/points?year=2026");
        let before = app.get(&points, &admin).await.json();
        let veto = app.post("/api/v1/points/entries", &admin, award(member, rule_id(&app, "V01"))).await.json();
        app.post(&format!("/api/v1/points/entries/{}/approve", veto["id"]), &admin, json!({})).await;
        assert_eq!(app.get(&points, &admin).await.json()["vetoed"], true);
        let reverse = format!("/api/v1/points/entries/{}/reversal", veto["id"]);
        app.post(&reverse, &admin, json!({"reason": ""})).await.assert_problem(422, "validation-failed");
        assert_eq!(app.post(&reverse, &admin, json!({"reason": "误录：该同志未受处分"})).await.status, 201);
        let after = app.get(&points, &admin).await.json();
        assert_eq!(after["vetoed"], false);
        assert_eq!(after["total"], before["total"], "the year's total comes back");
        assert_eq!(after["suggested_grade"], before["suggested_grade"]);
        let branch = app.org_id("育才社区第一网格党支部");
        let ranking = app.get(&format!("/api/v1/points/rankings?org_id={branch}&year=2026&member_id={member}"), &admin).await.json();
        assert_eq!(ranking["member"]["total"], before["total"], "the ranking counts the year again");
        let auditor = app.token("auditor").await;
        let events = app.get("/api/v1/audit-events?action=points.entry_reversal", &auditor).await.json();
        let lifted = events["items"].as_array().into_iter().flatten().find(|e| e["detail"].as_str().is_some_and(|d| d.contains("误录")));
        assert!(lifted.is_some_and(|e| e["actor_username"] == "city_admin"), "the audit log shows who lifted the veto and why: {events}");
        app.assert_counters_agree();
    }

    async fn a_correction_is_a_reversing_entry_and_approval_is_for_the_membership_side(app) {
        let membership_side = app.user_token("jiangbei_admin", Role::OrgAdmin, "中共江北街道工作委员会").await;
        let residence_side = app.token("laocheng_admin").await;
        // A mobile member of 张岭社区 living in 育才社区.
        let committee = app.org_id("育才社区党委");
        let list = app.get(&format!("/api/v1/members?org_id={committee}&link=residence&category=mobile&stage=full&limit=1"), &residence_side).await.json();
        let member = list["items"][0]["id"].as_i64().expect("mobile member");
        let given = app.post("/api/v1/points/entries", &residence_side, award(member, rule_id(&app, "A02"))).await.json();
        assert_eq!(given["awarding_org_id"], committee, "the residence side awards as the residence organization");
        assert_eq!(given["awarding_org_name"], "育才社区党委");
        assert_eq!(given["rule_name"], "参加志愿服务", "the entry names its rule, not only its code");
        assert_eq!(given["member_name"], list["items"][0]["name"]);
        let bonus = app.post("/api/v1/points/entries", &residence_side, award(member, rule_id(&app, "B01"))).await.json();
        app.post(&format!("/api/v1/points/entries/{}/approve", bonus["id"]), &residence_side, json!({})).await
            .assert_problem(422, "membership-side-only");
        let theirs = app.get(&format!("/api/v1/points/entries?member_id={member}&limit=200"), &membership_side).await.json();
        let mine = app.get(&format!("/api/v1/points/entries?member_id={member}&limit=200"), &residence_side).await.json();
        assert!(theirs["total"].as_i64() > mine["total"].as_i64(), "the membership side sees every entry, the residence side its own");
        let dates: Vec<String> = theirs["items"].as_array().into_iter().flatten()
            .filter_map(|e| e["occurred_on"].as_str().map(str::to_owned)).collect();
        let mut by_date = dates.clone();
        by_date.sort_by(|a, b| b.cmp(a));
        assert_eq!(dates, by_date, "a ledger reads by the date things happened, latest first");
        assert!(mine["items"].as_array().into_iter().flatten().all(|e| e["awarding_org_id"] == committee));
        let queue = app.get("/api/v1/points/entries?status=pending", &membership_side).await.json();
        assert!(queue["items"].as_array().into_iter().flatten().any(|e| e["id"] == bonus["id"]));
        assert_eq!(app.post(&format!("/api/v1/points/entries/{}/reject", bonus["id"]), &membership_side, json!({})).await.json()["status"], "rejected");

        let total = |v: serde_json::Value| v["total"].as_i64().unwrap_or_default();
        let before = total(app.get(&format!("/api/v1/members/{member}/points?year=2026"), &membership_side).await.json());
        let reversal = app.post(&format!("/api/v1/points/entries/{}/reversal", given["id"]), &membership_side, json!({"reason": "重复录入"})).await;
        assert_eq!(reversal.status, 201);
        assert_eq!(reversal.json()["points"], -2);
        assert_eq!(reversal.json()["reverses_entry_id"], given["id"]);
        let after = total(app.get(&format!("/api/v1/members/{member}/points?year=2026"), &membership_side).await.json());
        assert_eq!(after, before - 2);
        app.post(&format!("/api/v1/points/entries/{}/reversal", given["id"]), &membership_side, json!({"reason": "again"})).await
            .assert_problem(409, "conflict");
        assert_eq!(app.get(&format!("/api/v1/members/{member}/points/verify"), &membership_side).await.json()["valid"], true);
        app.assert_counters_agree();
    }

    async fn concurrent_writers_lose_no_entry_and_never_exceed_a_cap(app) {
        let admin = app.token("city_admin").await;
        let member = member_of_yucai(&app, &admin).await;
        let capped = rule_id(&app, "A02");
        let uncapped = app.post("/api/v1/points/rules", &admin, json!({
            "code": "L01", "name": "社区临时任务", "category": "activity", "points": 1, "org_id": app.org_id("中共安康市委员会")
        })).await.json()["id"].as_i64().unwrap_or_default();
        let before = app.get(&format!("/api/v1/members/{member}/points?year=2026"), &admin).await.json()["total"].as_i64().unwrap_or_default();
        let requests = (0..50).map(|i| {
            let rule = if i % 2 == 0 { capped } else { uncapped };
            app.post("/api/v1/points/entries", &admin, award(member, rule))
        });
        let responses = futures_util::future::join_all(requests).await;
        let created = responses.iter().filter(|r| r.status == 201).count();
        let capped_out = responses.iter().filter(|r| r.status == 422).count();
        assert_eq!(created, 10 + 25, "10 capped awards (cap 20 at 2 each) and all 25 uncapped ones");
        assert_eq!(capped_out, 15);
        let points = app.get(&format!("/api/v1/members/{member}/points?year=2026"), &admin).await.json();
        assert_eq!(points["total"].as_i64(), Some(before + 20 + 25));
        let verify = app.get(&format!("/api/v1/members/{member}/points/verify"), &admin).await.json();
        assert_eq!(verify["valid"], true, "the chain did not fork under concurrency");
        app.assert_counters_agree();
    }

    async fn a_rule_change_makes_a_new_version_and_entries_keep_theirs(app) {
        let admin = app.token("city_admin").await;
        let member = member_of_yucai(&app, &admin).await;
        let old = rule_id(&app, "A02");
        let before = app.post("/api/v1/points/entries", &admin, award(member, old)).await.json();
        let changed = app.patch(&format!("/api/v1/points/rules/{old}"), &admin, Some("\"1\""), json!({
            "code": "A02", "name": "参加志愿服务", "category": "activity", "points": 3, "cap_per_year": 30, "org_id": app.org_id("中共安康市委员会")
        })).await;
        assert_eq!(changed.status, 200, "{}", String::from_utf8_lossy(&changed.body));
        assert_eq!(changed.json()["version"], 2);
        let new = changed.json()["id"].as_i64().unwrap_or_default();
        app.post("/api/v1/points/entries", &admin, award(member, old)).await.assert_problem(422, "validation-failed");
        let after = app.post("/api/v1/points/entries", &admin, award(member, new)).await.json();
        assert_eq!(after["points"], 3);
        assert_eq!(after["rule_version"], 2);
        let kept = app.get(&format!("/api/v1/points/entries?member_id={member}&limit=200"), &admin).await.json();
        let first = kept["items"].as_array().into_iter().flatten().find(|e| e["id"] == before["id"]).cloned().unwrap_or_default();
        assert_eq!(first["rule_version"], 1);
        let rules = app.get("/api/v1/points/rules?limit=200", &admin).await.json();
        assert_eq!(rules["items"].as_array().into_iter().flatten().filter(|r| r["code"] == "A02").count(), 1, "one current version");
        // A street reads the city's rules with the name of the city committee that defined them.
        let street = app.token("laocheng_admin").await;
        let seen = app.get("/api/v1/points/rules?limit=200", &street).await.json();
        let a02 = seen["items"].as_array().into_iter().flatten().find(|r| r["code"] == "A02").cloned().unwrap_or_default();
        assert_eq!(a02["org_name"], "中共安康市委员会");
    }

    async fn attendance_awards_points_and_absence_deducts(app) {
        let admin = app.token("city_admin").await;
        let branch = app.org_id("香溪社区第一网格党支部");
        let people = app.get(&format!("/api/v1/members?org_id={branch}&link=membership&limit=200"), &admin).await.json();
        let ids: Vec<i64> = people["items"].as_array().into_iter().flatten()
            .filter(|m| m["stage"] == "full" || m["stage"] == "probationary")
            .filter(|m| m["membership_org_id"] == branch)
            .filter_map(|m| m["id"].as_i64()).collect();
        assert!(ids.len() >= 4);
        let meeting = app.post("/api/v1/meetings", &admin, json!({
            "org_id": branch, "meeting_type": "themed_party_day", "held_on": "2024-01-10", "topic": "新年主题党日",
            "present": [ids[0], ids[1]], "leave": [{"member_id": ids[2], "reason": "病假"}]
        })).await;
        assert_eq!(meeting.status, 201, "{}", String::from_utf8_lossy(&meeting.body));
        let meeting = meeting.json();
        let attendance = meeting["attendance"].as_array().cloned().unwrap_or_default();
        let status_of = |id: i64| attendance.iter().find(|a| a["member_id"] == id).map(|a| a["attendance"].clone());
        assert_eq!(status_of(ids[0]), Some(json!("present")));
        assert_eq!(status_of(ids[2]), Some(json!("leave")));
        assert_eq!(status_of(ids[3]), Some(json!("absent")), "absentees are derived");
        let year = |id: i64| format!("/api/v1/members/{id}/points?year=2024");
        assert_eq!(app.get(&year(ids[0]), &admin).await.json()["total"], 62);
        assert_eq!(app.get(&year(ids[2]), &admin).await.json()["total"], 60);
        assert_eq!(app.get(&year(ids[3]), &admin).await.json()["total"], 57);
        let entry = &app.get(&year(ids[0]), &admin).await.json()["entries"][0];
        assert_eq!(entry["meeting_id"], meeting["id"]);
        app.assert_counters_agree();
    }

    async fn compliance_finds_a_missing_meeting(app) {
        let admin = app.token("city_admin").await;
        let branch = app.org_id("香溪社区第一网格党支部");
        let street = app.org_id("中共新城街道工作委员会");
        let line = |compliance: &serde_json::Value, kind: &str| compliance["branches"].as_array().into_iter().flatten()
            .find(|b| b["org_id"] == branch).and_then(|b| b["requirements"].as_array().and_then(|r| r.iter().find(|x| x["meeting_type"] == kind).cloned()))
            .unwrap_or_default();
        let before = app.get(&format!("/api/v1/organizations/{street}/compliance?period=2024-Q1"), &admin).await.json();
        assert_eq!(line(&before, "themed_party_day"), json!({"meeting_type": "themed_party_day", "required": 3, "held": 0, "met": false,
            "standing": "missing", "missed": ["2024-01", "2024-02", "2024-03"]}));
        app.post("/api/v1/meetings", &admin, json!({"org_id": branch, "meeting_type": "themed_party_day", "held_on": "2024-02-10", "topic": "主题党日", "present": []})).await;
        let after = app.get(&format!("/api/v1/organizations/{street}/compliance?period=2024-Q1"), &admin).await.json();
        assert_eq!(line(&after, "themed_party_day")["held"], 1);
        assert_eq!(line(&after, "themed_party_day")["met"], false, "two themed Party days are still missing");
        app.get(&format!("/api/v1/organizations/{street}/compliance?period=2024-Q5"), &admin).await.assert_problem(422, "validation-failed");
    }

    async fn compliance_is_checked_month_by_month_and_the_running_month_is_in_progress(app) {
        let admin = app.token("city_admin").await;
        let branch = app.org_id("香溪社区第一网格党支部");
        let street = app.org_id("中共新城街道工作委员会");
        for day in ["2024-04-03", "2024-04-17", "2024-04-28"] {
            let meeting = json!({"org_id": branch, "meeting_type": "themed_party_day", "held_on": day, "topic": "主题党日", "present": []});
            assert_eq!(app.post("/api/v1/meetings", &admin, meeting).await.status, 201);
        }
        let quarter = app.get(&format!("/api/v1/organizations/{street}/compliance?period=2024-Q2"), &admin).await.json();
        let ours = quarter["branches"].as_array().into_iter().flatten().find(|b| b["org_id"] == branch).cloned().unwrap_or_default();
        let themed = ours["requirements"].as_array().into_iter().flatten().find(|r| r["meeting_type"] == "themed_party_day").cloned().unwrap_or_default();
        assert_eq!((themed["required"].clone(), themed["held"].clone(), themed["met"].clone()), (json!(3), json!(3), json!(false)), "three in April do not make a quarter: {themed}");
        assert_eq!(themed["missed"], json!(["2024-05", "2024-06"]));
        assert_eq!(ours["compliant"], false);

        // A new branch has held nothing yet: this month is running, not missed.
        let new_branch = app.post("/api/v1/organizations", &admin, json!({
            "name": "香溪社区第九网格党支部", "kind": "branch", "parent_id": app.org_id("香溪社区党委"), "field": "community",
            "setting_type": "independent", "area_id": app.area_id("香溪社区")
        })).await;
        assert_eq!(new_branch.status, 201, "{}", String::from_utf8_lossy(&new_branch.body));
        let new_branch = new_branch.json()["id"].clone();
        let month = (chrono::Utc::now() + chrono::Duration::hours(8)).format("%Y-%m").to_string();
        let running = app.get(&format!("/api/v1/organizations/{street}/compliance?period={month}"), &admin).await.json();
        let fresh = running["branches"].as_array().into_iter().flatten().find(|b| b["org_id"] == new_branch).cloned().unwrap_or_default();
        let themed = fresh["requirements"].as_array().into_iter().flatten().find(|r| r["meeting_type"] == "themed_party_day").cloned().unwrap_or_default();
        assert_eq!(themed["standing"], "in_progress", "{fresh}");
        assert_eq!(themed["missed"], json!([]));
        assert_eq!(fresh["compliant"], true, "nothing is missed yet");
    }

    async fn the_dashboard_follows_meetings_groups_branches_and_units_but_not_points(app) {
        // The dashboard keeps its compliance and coverage while their facts stay as they are:
        // every change of those facts shows at once, a points entry computes nothing again.
        let admin = app.token("city_admin").await;
        let street = app.org_id("中共新城街道工作委员会");
        let today = (chrono::Utc::now() + chrono::Duration::hours(8)).date_naive();
        let quarter_start = (today.month() - 1) / 3 * 3 + 1;
        let period = format!("{}-Q{}", today.year(), (today.month() - 1) / 3 + 1);
        let dashboard = || async { app.get(&format!("/api/v1/dashboard?org_id={street}"), &admin).await.json() };
        let report = || async {
            let report = app.get(&format!("/api/v1/organizations/{street}/compliance?period={period}"), &admin).await.json();
            let branches = report["branches"].as_array().cloned().unwrap_or_default();
            (branches.len(), branches.iter().filter(|b| b["compliant"] == true).count())
        };
        let counted = |d: &serde_json::Value| {
            (d["branches"].as_u64().unwrap_or_default() as usize, d["compliant_branches"].as_u64().unwrap_or_default() as usize)
        };
        let before = dashboard().await;
        assert_eq!(counted(&before), report().await);

        let member = member_of_yucai(&app, &admin).await;
        assert_eq!(app.post("/api/v1/points/entries", &admin, award(member, rule_id(&app, "A02"))).await.status, 201);
        assert_eq!(counted(&dashboard().await), counted(&before), "a points entry changes no branch");

        let branch = app.post("/api/v1/organizations", &admin, json!({
            "name": "香溪社区第九网格党支部", "kind": "branch", "parent_id": app.org_id("香溪社区党委"), "field": "community",
            "setting_type": "independent", "area_id": app.area_id("香溪社区")
        })).await.json()["id"].clone();
        let with_branch = dashboard().await;
        assert_eq!(counted(&with_branch).0, counted(&before).0 + 1, "the new branch counts");
        assert_eq!(counted(&with_branch), report().await);

        // A month of this quarter already over without a themed Party day is missed; holding
        // one in each makes the new branch compliant.
        for month in quarter_start..today.month() {
            let held_on = chrono::NaiveDate::from_ymd_opt(today.year(), month, 15).expect("day");
            let meeting = json!({"org_id": branch, "meeting_type": "themed_party_day", "held_on": held_on, "topic": "主题党日", "present": []});
            assert_eq!(app.post("/api/v1/meetings", &admin, meeting).await.status, 201);
        }
        let with_meetings = dashboard().await;
        assert_eq!(counted(&with_meetings), report().await);
        let finished_month = today.month() > quarter_start;
        if finished_month {
            assert_eq!(counted(&with_meetings).1, counted(&with_branch).1 + 1, "the meetings make the branch compliant");
        }

        // A Party group below the branch requires its monthly group meeting.
        let group = app.post("/api/v1/organizations", &admin, json!({
            "name": "香溪社区第九网格党支部第一党小组", "kind": "group", "parent_id": branch, "field": "community",
            "setting_type": "independent", "area_id": app.area_id("香溪社区")
        })).await;
        assert_eq!(group.status, 201, "{}", String::from_utf8_lossy(&group.body));
        let with_group = dashboard().await;
        assert_eq!(counted(&with_group), report().await);
        if finished_month {
            assert_eq!(counted(&with_group).1, counted(&with_meetings).1 - 1, "its group meetings are missing");
        }

        let unit = json!({
            "name": "安康测试科技有限公司", "credit_code": "91350100M000100Y43", "field": "private_enterprise",
            "area_id": app.area_id("香溪社区"), "staff_count": 10, "party_member_count": 0, "coverage": "none"
        });
        assert_eq!(app.post("/api/v1/units", &admin, unit).await.status, 201);
        let with_unit = dashboard().await;
        assert_eq!(with_unit["units"].as_i64(), before["units"].as_i64().map(|n| n + 1), "the new unit in the street's area counts");
        assert_eq!(with_unit["covered_units"], before["covered_units"]);
    }

    async fn rankings_list_the_top_and_a_members_percentile(app) {
        let admin = app.token("city_admin").await;
        let district = app.org_id("中共安康市汉滨区委员会");
        let ranking = app.get(&format!("/api/v1/points/rankings?org_id={district}&year=2026&top=5"), &admin).await.json();
        let top = ranking["top"].as_array().cloned().unwrap_or_default();
        assert_eq!(top.len(), 5);
        assert!(top.windows(2).all(|w| w[0]["total"].as_i64() >= w[1]["total"].as_i64()));
        let counted: i64 = ranking["distribution"].as_array().into_iter().flatten().filter_map(|b| b["members"].as_i64()).sum();
        assert_eq!(Some(counted), ranking["members"].as_i64());
        let last = top[4]["member_id"].clone();
        let one = app.get(&format!("/api/v1/points/rankings?org_id={district}&year=2026&top=1&member_id={last}"), &admin).await.json();
        assert_eq!(one["member"]["total"], top[4]["total"]);
        assert!(one["member"]["percentile"].as_f64().is_some_and(|p| p > 0.0 && p <= 100.0));
        let export = app.get(&format!("/api/v1/points/rankings/export.xlsx?org_id={district}&year=2026"), &admin).await;
        assert_eq!(export.status, 200);
        let street = app.token("laocheng_admin").await;
        app.get(&format!("/api/v1/points/rankings?org_id={}", app.org_id("中共新城街道工作委员会")), &street).await.assert_problem(404, "not-found");
    }

    async fn alerts_show_branch_size_and_absence_from_organizational_life(app) {
        let admin = app.token("city_admin").await;
        let alerts = app.get("/api/v1/alerts?limit=200", &admin).await.json();
        let total = alerts["total"].as_i64().unwrap_or_default();
        let all = app.get(&format!("/api/v1/alerts?limit=200&offset={}", (total - 200).max(0)), &admin).await.json();
        let kinds: Vec<serde_json::Value> = alerts["items"].as_array().into_iter().flatten().chain(all["items"].as_array().into_iter().flatten()).map(|a| a["kind"].clone()).collect();
        assert!(kinds.contains(&json!("branch_too_small")), "the online branch has no members");
        assert!(kinds.contains(&json!("no_attendance")), "members of branches without meetings");
    }

    async fn a_meetings_photos_and_documents_are_uploaded_and_downloaded_as_sent(app) {
        let admin = app.token("city_admin").await;
        let branch = app.org_id("香溪社区第一网格党支部");
        let meeting = app.post("/api/v1/meetings", &admin, json!({
            "org_id": branch, "meeting_type": "themed_party_day", "held_on": "2025-03-05", "topic": "学雷锋主题党日", "present": []
        })).await.json();
        let upload_to = format!("/api/v1/meetings/{}/attachments?name={}", meeting["id"], "%E5%90%88%E5%BD%B1.png");
        let mut photo = b"\x89PNG\r\n\x1a\n".to_vec();
        photo.extend((0..4096u32).map(|i| (i % 251) as u8));
        let kept = app.upload(&upload_to, &admin, "image/png", photo.clone()).await;
        assert_eq!(kept.status, 201, "{}", String::from_utf8_lossy(&kept.body));
        let kept = kept.json();
        assert_eq!(kept["name"], "合影.png");
        assert_eq!(kept["size_bytes"], photo.len());
        let shown = app.get(&format!("/api/v1/meetings/{}", meeting["id"]), &admin).await.json();
        assert_eq!(shown["attachments"][0]["id"], kept["id"], "the meeting record lists its files");

        let href = kept["href"].as_str().unwrap_or_default().to_owned();
        let downloaded = app.get(&href, &admin).await;
        assert_eq!(downloaded.status, 200);
        assert_eq!(downloaded.body.to_vec(), photo, "the bytes come back as sent");
        assert_eq!(downloaded.header("content-type").as_deref(), Some("image/png"));
        assert!(downloaded.header("content-disposition").is_some_and(|d| d.contains("attachment")));

        // A program renamed to .pdf, a type not kept, and an empty body are refused.
        app.upload(&upload_to, &admin, "application/pdf", b"MZ\x90\x00\x03".to_vec()).await.assert_problem(422, "validation-failed");
        app.upload(&upload_to, &admin, "application/x-msdownload", b"MZ\x90\x00".to_vec()).await.assert_problem(415, "unsupported-media-type");
        app.upload(&upload_to, &admin, "image/png", Vec::new()).await.assert_problem(422, "validation-failed");

        // Outside the scope the meeting and its files do not exist.
        let other = app.token("laocheng_admin").await;
        app.get(&href, &other).await.assert_problem(404, "not-found");
        app.upload(&upload_to, &other, "image/png", photo.clone()).await.assert_problem(404, "not-found");
        let viewer = app.user_token("xiangxi_viewer", domain::access::Role::OrgViewer, "香溪社区第一网格党支部").await;
        app.upload(&upload_to, &viewer, "image/png", photo.clone()).await.assert_problem(403, "forbidden");

        let removed = app.delete(&href, &admin, None).await;
        assert_eq!(removed.status, 204);
        app.get(&href, &admin).await.assert_problem(404, "not-found");
        let auditor = app.token("auditor").await;
        let audit = app.get("/api/v1/audit-events?action=meeting.attachment", &auditor).await.json();
        assert_eq!(audit["items"][0]["detail"], "合影.png");
    }
}

/// The attachment limits come from configuration, `/me` tells clients what they are, and the
/// server holds to them.
#[actix_web::test]
async fn the_configured_attachment_limits_are_announced_and_held() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        if backend == Backend::Postgres && std::env::var("DANGJIAN_TEST_POSTGRES_URL").is_err() {
            panic!("DANGJIAN_TEST_POSTGRES_URL is not set: run the tests with `make test`");
        }
        let app = start_configured(backend, |c| {
            c.attachments =
                api::config::AttachmentPolicy { media_types: vec!["application/pdf".to_owned()], max_bytes: 2000 };
        })
        .await;
        let admin = app.token("city_admin").await;
        let me = app.get("/api/v1/me", &admin).await.json();
        assert_eq!(me["attachment_max_bytes"], 2000);
        assert_eq!(me["attachment_media_types"], json!(["application/pdf"]));

        let meeting = app.post("/api/v1/meetings", &admin, json!({
            "org_id": app.org_id("香溪社区第一网格党支部"), "meeting_type": "themed_party_day", "held_on": "2025-03-05",
            "topic": "学习会", "present": []
        })).await.json();
        let upload_to = format!("/api/v1/meetings/{}/attachments?name=record.pdf", meeting["id"]);
        let pdf = |size: usize| [b"%PDF-1.7\n".as_slice(), &vec![b'a'; size - 9]].concat();
        assert_eq!(app.upload(&upload_to, &admin, "application/pdf", pdf(2000)).await.status, 201, "at the limit");
        app.upload(&upload_to, &admin, "application/pdf", pdf(2001)).await.assert_problem(413, "payload-too-large");
        let png = b"\x89PNG\r\n\x1a\n0000".to_vec();
        app.upload(&upload_to, &admin, "image/png", png).await.assert_problem(415, "unsupported-media-type");
    }
}

/// On SQLite meeting files live in the data directory; a backup still holds them, and a
/// restore into another data directory brings them back.
#[actix_web::test]
async fn a_sqlite_backup_holds_the_meeting_files_and_a_restore_brings_them_back() {
    use api::db::repo::attachments::{self, BlobStore};
    let app = start(Backend::Sqlite).await;
    let admin = app.token("city_admin").await;
    let meeting = app.post("/api/v1/meetings", &admin, json!({
        "org_id": app.org_id("香溪社区第一网格党支部"), "meeting_type": "themed_party_day", "held_on": "2025-03-05",
        "topic": "学习会", "present": []
    })).await.json();
    let pdf = [b"%PDF-1.7\n".as_slice(), &rand::random::<[u8; 32]>()].concat();
    let upload_to = format!("/api/v1/meetings/{}/attachments?name=record.pdf", meeting["id"]);
    let kept = app.upload(&upload_to, &admin, "application/pdf", pdf.clone()).await.json();

    let elsewhere = std::env::temp_dir().join(format!("dangjian-restore-{}", rand::random::<u32>()));
    std::fs::create_dir_all(&elsewhere).expect("folder");
    let backup = elsewhere.join("backup.sqlite3");
    let live_files = BlobStore::for_engine(api::db::Engine::Sqlite, &std::env::temp_dir());
    let mut live = app.pool.get().expect("connection");
    api::maintenance::backup(&mut live, app.engine, "", &live_files, &backup).expect("backup");

    let restored_url = format!("sqlite://{}", elsewhere.join("restored.sqlite3").display());
    let restored_files = BlobStore::for_engine(api::db::Engine::Sqlite, &elsewhere);
    api::maintenance::restore(api::db::Engine::Sqlite, &restored_url, &restored_files, &backup).expect("restore");
    let (pool, _) =
        api::db::connect(&restored_url, 1, &test_config(&restored_url).data_keys).expect("restored database");
    let mut restored = pool.get().expect("connection");
    let id = kept["id"].as_i64().unwrap_or_default();
    let row = attachments::find(&mut restored, id).expect("read").expect("the file's row is in the backup");
    let bytes =
        attachments::content(&mut restored, &restored_files, &row).expect("the file is in the new data directory");
    assert_eq!(bytes, pdf, "the bytes come back as sent");
    drop((restored, pool));
    std::fs::remove_dir_all(&elsewhere).expect("clean up");
}
