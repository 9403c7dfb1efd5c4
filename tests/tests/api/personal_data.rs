//! Personal data (DOMAIN.md §3): masking that no other field undoes, no search or
//! duplicate oracles, and sealing at rest.

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use domain::member::id_card;
use tests::*;

use crate::members::{birth, cells_of, id_number, member_body};

/// Every member a caller can list, page by page.
async fn all_members<S, B>(app: &TestApp<S>, token: &str) -> Vec<serde_json::Value>
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let mut members = Vec::new();
    loop {
        let page = app.get(&format!("/api/v1/members?limit=200&offset={}", members.len()), token).await.json();
        let items = page["items"].as_array().cloned().unwrap_or_default();
        if items.is_empty() {
            return members;
        }
        members.extend(items);
    }
}

/// The ID numbers that agree with a masked one, a birth year and a gender, when the county
/// digits the masked form hides are known to the attacker (the worst case), for the county
/// that leaves the fewest.
///
/// The county digits shift the weighted sum of GB 11643 by a residue mod 11, and the 100
/// counties reach every residue; so over all counties the fewest candidates is the fewest
/// (birth day, first sequence digit) pairs giving any one check character for county `00`.
fn fewest_candidates(masked: &str, birth_year: i32, male: bool) -> usize {
    let (head, tail) = (&masked[..4], &masked[14..]);
    assert_eq!(&masked[4..14], "**********", "county, birth date and first sequence digit hidden: {masked}");
    assert_eq!(tail.as_bytes()[2] % 2 == 1, male, "the visible sequence digit gives the gender");
    let mut by_check = std::collections::HashMap::<char, usize>::new();
    let mut day = NaiveDate::from_ymd_opt(birth_year, 1, 1).expect("year");
    while day.year() == birth_year {
        for first in 0..10 {
            let first17 = format!("{head}00{}{first}{}", day.format("%Y%m%d"), &tail[..2]);
            *by_check.entry(id_card::check_character(first17.as_bytes()).expect("digits")).or_default() += 1;
        }
        day = day.succ_opt().expect("day");
    }
    if by_check.len() < 11 { 0 } else { by_check.into_values().min().unwrap_or(0) }
}

on_both_databases! {
    async fn no_role_can_rebuild_an_id_number_from_what_it_reads(app) {
        let service = app.service_token("statistics_system", &["members:read"]).await;
        for token in [app.token("xincheng_viewer").await, app.token("yucai_grid").await, service, app.token("city_admin").await] {
            let members = all_members(&app, &token).await;
            assert!(!members.is_empty());
            for member in &members {
                assert!(member.get("birth_date").is_none(), "no full birth date beside a masked ID: {member}");
                let masked = member["id_number"].as_str().unwrap_or_default();
                let year = i32::try_from(member["birth_year"].as_i64().unwrap_or_default()).unwrap_or_default();
                let candidates = fewest_candidates(masked, year, member["gender"] == "male");
                assert!(candidates >= 100, "{masked} born {year} leaves only {candidates} candidates");
            }
            let export = cells_of(&app.get("/api/v1/members/export.xlsx", &token).await.body);
            if export.len() > 1 {
                assert!(export[1..].iter().all(|row| row[3].len() == 4 && row[4].contains("**********")), "exports too");
            }
        }
    }

    async fn phone_and_id_searches_need_the_permission_match_whole_numbers_only_and_are_audited(app) {
        let admin = app.token("city_admin").await;
        let someone = &app.get("/api/v1/members?category=registered&limit=1", &admin).await.json()["items"][0];
        let id = someone["id"].as_i64().unwrap_or_default();
        let full = app.get(&format!("/api/v1/members/{id}/personal-data"), &admin).await.json();
        let phone = full["phone"].as_str().unwrap_or_default().to_owned();
        let number = full["id_number"].as_str().unwrap_or_default().to_owned();
        for q in [&phone, &number] {
            let found = app.get(&format!("/api/v1/members?q={q}"), &admin).await.json();
            assert_eq!(found["items"][0]["id"], id, "a whole number finds its member");
        }
        let prefix = app.get(&format!("/api/v1/members?q={}", &phone[..7]), &admin).await.json();
        assert_eq!(prefix["total"], 0, "a part of a phone number finds nobody");
        let viewer = app.token("xincheng_viewer").await;
        for q in [&phone, &number, &phone[..3].to_owned()] {
            assert_eq!(app.get(&format!("/api/v1/members?q={q}"), &viewer).await.json()["total"], 0, "names only for a viewer");
        }
        let auditor = app.token("auditor").await;
        let searches = app.get("/api/v1/audit-events?action=member.search", &auditor).await.json();
        assert_eq!(searches["total"], 2, "each search by a whole number is audited");
        assert!(searches["items"][0]["detail"].as_str().is_some_and(|d| d.contains(&id.to_string())));
    }

    async fn an_id_number_registered_outside_the_scope_is_refused_without_saying_so_and_audited(app) {
        let admin = app.token("city_admin").await;
        let street = app.token("laocheng_admin").await;
        // A member the street cannot see: in the whole city, but not in the street's list.
        let seen: Vec<i64> = app.get("/api/v1/members?limit=200", &street).await.json()["items"]
            .as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()).collect();
        let elsewhere = app.get("/api/v1/members?limit=200&category=registered", &admin).await.json()["items"]
            .as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()).find(|id| !seen.contains(id)).expect("a member elsewhere");
        let taken = app.get(&format!("/api/v1/members/{elsewhere}/personal-data"), &admin).await.json();
        let mut body = member_body(&app, 101);
        body["id_number"] = taken["id_number"].clone();
        body["birth_date"] = taken["birth_date"].clone();
        body["gender"] = json!(if taken["id_number"].as_str().is_some_and(|n| n.as_bytes()[16] % 2 == 1) { "male" } else { "female" });
        let refused = app.post("/api/v1/members", &street, body.clone()).await;
        let problem = refused.assert_problem(422, "validation-failed");
        assert_eq!(refused.field_errors(), vec![("id_number".to_owned(), "unavailable".to_owned())]);
        assert!(!problem.to_string().contains("already"), "the answer does not say the person exists: {problem}");
        // An import dry run answers the same way.
        let header = ["姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "住址", "学历", "阶段", "类别", "组织关系所在党组织", "居住地党组织", "居住区域", "工作单位", "入党日期", "转正日期"];
        let row = ["张三", if body["gender"] == "male" { "男" } else { "女" }, "汉族", body["birth_date"].as_str().unwrap_or_default(),
            body["id_number"].as_str().unwrap_or_default(), "", "", "", "正式党员", "在籍党员",
            crate::members::BRANCH, crate::members::COMMITTEE, crate::members::GRID, "", "2010-07-01", ""];
        let csv = format!("{}\n{}\n", header.join(","), row.join(","));
        let checked = app.upload("/api/v1/members/import?dry_run=true", &street, "text/csv", csv.into_bytes()).await;
        assert_eq!(checked.status, 422);
        assert!(checked.field_errors().contains(&("身份证号".to_owned(), "unavailable".to_owned())), "{:?}", checked.field_errors());
        // Both attempts are in the audit log with the member they touched.
        let auditor = app.token("auditor").await;
        let created = app.get(&format!("/api/v1/audit-events?action=member.create&object_id={elsewhere}"), &auditor).await.json();
        assert_eq!(created["items"][0]["outcome"], "denied");
        let imports = app.get("/api/v1/audit-events?action=member.import_check", &auditor).await.json();
        assert!(imports["items"][0]["detail"].as_str().is_some_and(|d| d.contains(&elsewhere.to_string())));
        // Within the scope, a duplicate is a plain conflict.
        let mut again = member_body(&app, 103);
        assert_eq!(app.post("/api/v1/members", &street, again.clone()).await.status, 201);
        again["name"] = json!("另一人");
        app.post("/api/v1/members", &street, again).await.assert_problem(409, "conflict");
    }

    async fn organizations_outside_the_scope_answer_like_missing_ones(app) {
        let street = app.token("laocheng_admin").await;
        let outside = app.org_id("香溪社区第一网格党支部");
        let outside_committee = app.org_id("香溪社区党委");
        let mut out_of_scope = member_body(&app, 105);
        out_of_scope["membership_org_id"] = json!(outside);
        out_of_scope["residence_org_id"] = json!(outside_committee);
        let mut missing = member_body(&app, 105);
        missing["membership_org_id"] = json!(999_999);
        missing["residence_org_id"] = json!(999_998);
        let first = app.post("/api/v1/members", &street, out_of_scope).await;
        let second = app.post("/api/v1/members", &street, missing).await;
        assert_eq!(first.status, second.status);
        assert_eq!(first.json(), second.json(), "same status, same body");
        first.assert_problem(422, "validation-failed");
    }

    async fn personal_data_is_sealed_at_rest(app) {
        let admin = app.token("city_admin").await;
        let created = app.post("/api/v1/members", &admin, member_body(&app, 107)).await;
        assert_eq!(created.status, 201);
        let id = created.json()["id"].as_i64().unwrap_or_default();
        let number = id_number(birth(), 107);
        let stored: (String, String, Option<String>, Option<String>, String) = {
            use api::db::schema::members::dsl::*;
            let mut conn = app.pool.get().expect("connection");
            members
                .find(id)
                .select((id_number_sealed, birth_date_sealed, phone_sealed, address_sealed, id_number_index))
                .first(&mut conn)
                .expect("row")
        };
        let text = format!("{stored:?}");
        for clear in [number.as_str(), "1985-06-01", "13812345678", "育才路"] {
            assert!(!text.contains(clear), "`{clear}` is not stored in clear: {text}");
        }
        let full = app.get(&format!("/api/v1/members/{id}/personal-data"), &admin).await.json();
        assert_eq!(full["id_number"], number.as_str());
        assert_eq!(full["birth_date"], "1985-06-01");
        assert_eq!(full["address"], "陕西省安康市汉滨区育才路12号");
        let shown = app.get(&format!("/api/v1/members/{id}"), &admin).await.json();
        assert_eq!(shown["address"], "育才社区****", "an address is shown down to the community");
        assert_eq!(shown["id_number"], format!("6109**********{}", &number[14..]));
    }

    async fn a_new_data_key_seals_every_row_again_and_old_values_stay_readable(app) {
        let admin = app.token("city_admin").await;
        let id = app.get("/api/v1/members?limit=1", &admin).await.json()["items"][0]["id"].as_i64().unwrap_or_default();
        let before = app.get(&format!("/api/v1/members/{id}/personal-data"), &admin).await.json();
        let new_key = api::data_key::generate();
        let ring = api::data_key::DataKeys::parse(&format!("{new_key},{TEST_DATA_KEY}")).expect("ring");
        let database = app.database_url();
        let (pool, _) = api::db::connect(&database, 1, &ring).expect("reseal");
        let new_only = api::data_key::DataKeys::parse(&new_key).expect("key");
        let mut conn = pool.get().expect("connection");
        let ids: Vec<i64> = api::db::schema::members::table
            .select(api::db::schema::members::id)
            .load(&mut conn)
            .expect("members");
        assert!(ids.len() > 300);
        let opened = api::db::repo::members::personal_of_many(&mut conn, &new_only, &ids)
            .expect("every row opens with the new key alone");
        assert_eq!(opened.len(), ids.len());
        let personal = &opened[&id];
        assert_eq!(personal.id_number, before["id_number"].as_str().unwrap_or_default());
        assert_eq!(personal.phone.as_deref(), before["phone"].as_str());
    }
}

#[cfg(unix)]
#[actix_web::test]
async fn the_sqlite_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let app = start(Backend::Sqlite).await;
    let file = app.database_url().trim_start_matches("sqlite://").to_owned();
    for path in [file.clone(), format!("{file}-wal")] {
        let mode = std::fs::metadata(&path).expect("file").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{path}");
    }
    let admin = app.token("city_admin").await;
    let id = app.get("/api/v1/members?limit=1", &admin).await.json()["items"][0]["id"].as_i64().unwrap_or_default();
    let number = app.get(&format!("/api/v1/members/{id}/personal-data"), &admin).await.json()["id_number"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    for path in [file.clone(), format!("{file}-wal")] {
        let bytes = std::fs::read(&path).expect("database file");
        assert!(!bytes.windows(number.len()).any(|w| w == number.as_bytes()), "no ID number in {path}");
    }
}
