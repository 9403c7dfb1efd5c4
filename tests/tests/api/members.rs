//! Members of the four categories, their two management links, masking, history,
//! transfers, import and export (DOMAIN.md §3).

use std::collections::HashSet;

use chrono::{Duration, NaiveDate, Utc};
use diesel::prelude::*;
use domain::access::Role;
use domain::member::id_card;
use tests::*;

pub(crate) const BRANCH: &str = "育才社区第一网格党支部";
pub(crate) const COMMITTEE: &str = "育才社区党委";
pub(crate) const GRID: &str = "育才社区第一网格";

pub(crate) fn id_number(birth: NaiveDate, sequence: u16) -> String {
    id_card::compose("610902", birth, sequence).expect("ID number")
}

pub(crate) fn birth() -> NaiveDate {
    NaiveDate::from_ymd_opt(1985, 6, 1).expect("date")
}

/// A registered full member of 育才社区 (male: odd sequence).
pub(crate) fn member_body<S, B>(app: &tests::TestApp<S>, sequence: u16) -> serde_json::Value
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    json!({
        "name": "测试党员", "gender": "male", "ethnicity": "汉族", "birth_date": birth(),
        "id_number": id_number(birth(), sequence), "phone": "13812345678", "address": "陕西省安康市汉滨区育才路12号",
        "education": "bachelor", "stage": "full", "category": "registered",
        "membership_org_id": app.org_id(BRANCH), "residence_org_id": app.org_id(COMMITTEE),
        "residence_area_id": app.area_id(GRID), "join_date": "2010-07-01"
    })
}

fn xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in (0u32..).zip(rows) {
        for (c, value) in (0u16..).zip(row) {
            sheet.write_string(r, c, value).expect("cell");
        }
    }
    workbook.save_to_buffer().expect("xlsx")
}

fn roster_row(index: u32, id_number: &str) -> Vec<String> {
    [
        &format!("导入党员{index}"),
        "男",
        "汉族",
        "1985-06-01",
        id_number,
        "13900000000",
        "",
        "本科",
        "正式党员",
        "在籍党员",
        BRANCH,
        COMMITTEE,
        GRID,
        "",
        "2010-07-01",
        "",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

const HEADER: [&str; 16] = [
    "姓名",
    "性别",
    "民族",
    "出生日期",
    "身份证号",
    "手机号",
    "住址",
    "学历",
    "阶段",
    "类别",
    "组织关系所在党组织",
    "居住地党组织",
    "居住区域",
    "工作单位",
    "入党日期",
    "转正日期",
];

fn header() -> Vec<String> {
    HEADER.iter().map(|s| s.to_string()).collect()
}

pub(crate) fn cells_of(bytes: &[u8]) -> Vec<Vec<String>> {
    use calamine::Reader;
    let mut workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("xlsx");
    let range = workbook.worksheet_range_at(0).expect("sheet").expect("range");
    range.rows().map(|row| row.iter().map(|c| c.to_string()).collect()).collect()
}

on_both_databases! {
    async fn a_registered_member_belongs_to_the_residence_organizations_subtree(app) {
        let token = app.token("city_admin").await;
        let mut body = member_body(&app, 101);
        body["membership_org_id"] = json!(app.org_id("香溪社区第一网格党支部"));
        let refused = app.post("/api/v1/members", &token, body).await;
        refused.assert_problem(422, "registered-outside-residence");
        assert_eq!(refused.field_errors(), vec![("membership_org_id".to_owned(), "rule".to_owned())]);
        let created = app.post("/api/v1/members", &token, member_body(&app, 101)).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        assert_eq!(created.json()["managed_as"], "membership");
    }

    async fn the_dashboard_counts_the_subtrees_members_by_category_and_stage(app) {
        let token = app.token("city_admin").await;
        let committee = app.org_id(COMMITTEE);
        let dashboard = format!("/api/v1/dashboard?org_id={committee}");
        let before = app.get(&dashboard, &token).await.json();
        let counts = before["members"].as_array().cloned().unwrap_or_default();
        assert!(counts.len() > 1, "{before}");
        for line in &counts {
            let listed = app.get(&format!("/api/v1/members?org_id={committee}&link=membership&category={}&stage={}&limit=1",
                line["category"].as_str().unwrap_or_default(), line["stage"].as_str().unwrap_or_default()), &token).await.json();
            assert_eq!(listed["total"], line["members"], "{line}");
        }
        let full = |d: &serde_json::Value| d["members"].as_array().into_iter().flatten()
            .find(|l| l["category"] == "registered" && l["stage"] == "full").and_then(|l| l["members"].as_i64()).unwrap_or_default();
        assert_eq!(app.post("/api/v1/members", &token, member_body(&app, 103)).await.status, 201);
        assert_eq!(full(&app.get(&dashboard, &token).await.json()), full(&before) + 1, "a new member counts at once");
        app.assert_counters_agree();
    }

    async fn dual_categories_need_two_different_organizations(app) {
        let token = app.token("city_admin").await;
        let mut same = member_body(&app, 103);
        same["category"] = json!("mobile");
        same["membership_org_id"] = json!(app.org_id(COMMITTEE));
        app.post("/api/v1/members", &token, same).await.assert_problem(422, "same-management-links");
        let mut mobile = member_body(&app, 103);
        mobile["category"] = json!("mobile");
        mobile["membership_org_id"] = json!(app.org_id("张岭社区第一网格党支部"));
        assert_eq!(app.post("/api/v1/members", &token, mobile).await.status, 201);
    }

    async fn in_service_members_need_a_work_unit_and_relocated_members_a_relocation_community(app) {
        let token = app.token("city_admin").await;
        let mut in_service = member_body(&app, 105);
        in_service["category"] = json!("in_service");
        in_service["membership_org_id"] = json!(app.org_id("安康市税务局机关第一党支部"));
        app.post("/api/v1/members", &token, in_service.clone()).await.assert_problem(422, "work-unit-required");
        in_service["work_unit_id"] = json!(app.unit_id("国家税务总局安康市税务局"));
        assert_eq!(app.post("/api/v1/members", &token, in_service).await.status, 201);

        let mut relocated = member_body(&app, 107);
        relocated["category"] = json!("relocated");
        relocated["membership_org_id"] = json!(app.org_id("长安镇中坝村党支部"));
        app.post("/api/v1/members", &token, relocated.clone()).await.assert_problem(422, "relocation-community-required");
        relocated["residence_org_id"] = json!(app.org_id("幸福家园社区党委"));
        relocated["residence_area_id"] = json!(app.area_id("幸福家园社区第一网格"));
        assert_eq!(app.post("/api/v1/members", &token, relocated).await.status, 201);
    }

    async fn the_residence_organization_leads_where_the_member_lives(app) {
        let token = app.token("city_admin").await;
        let mut body = member_body(&app, 109);
        body["residence_area_id"] = json!(app.area_id("鼓楼社区第一网格"));
        app.post("/api/v1/members", &token, body).await.assert_problem(422, "residence-organization-mismatch");
    }

    async fn id_numbers_birth_dates_genders_and_phones_are_checked(app) {
        let token = app.token("city_admin").await;
        let mut bad = member_body(&app, 111);
        let mut number = bad["id_number"].as_str().unwrap_or_default().to_owned();
        let last = if number.ends_with('0') { "1" } else { "0" };
        number.replace_range(17.., last);
        bad["id_number"] = json!(number);
        let response = app.post("/api/v1/members", &token, bad).await;
        response.assert_problem(422, "validation-failed");
        assert_eq!(response.field_errors(), vec![("id_number".to_owned(), "checksum".to_owned())]);

        let mut mismatched = member_body(&app, 111);
        mismatched["birth_date"] = json!("1985-06-02");
        mismatched["gender"] = json!("female");
        mismatched["phone"] = json!("2381234567");
        let response = app.post("/api/v1/members", &token, mismatched).await;
        let mut errors = response.field_errors();
        errors.sort();
        assert_eq!(errors, vec![
            ("birth_date".to_owned(), "mismatch".to_owned()),
            ("gender".to_owned(), "mismatch".to_owned()),
            ("phone".to_owned(), "format".to_owned()),
        ]);
        assert_eq!(app.post("/api/v1/members", &token, member_body(&app, 111)).await.status, 201);
        app.post("/api/v1/members", &token, member_body(&app, 111)).await.assert_problem(409, "conflict");
    }

    async fn each_management_side_has_its_own_rights(app) {
        // A mobile member living in 育才社区 (老城街道) whose membership is in 张岭社区 (江北街道).
        let residence_side = app.token("laocheng_admin").await;
        let membership_side = app.user_token("jiangbei_admin", Role::OrgAdmin, "中共江北街道工作委员会").await;
        let mut body = member_body(&app, 113);
        body["category"] = json!("mobile");
        body["membership_org_id"] = json!(app.org_id("张岭社区第一网格党支部"));
        let created = app.post("/api/v1/members", &residence_side, body).await;
        assert_eq!(created.status, 201, "the residence side registers a mobile member who moved in");
        let id = created.json()["id"].as_i64().unwrap_or_default();
        let path = format!("/api/v1/members/{id}");

        let seen = app.get(&path, &residence_side).await;
        assert_eq!(seen.json()["managed_as"], "residence");
        assert_eq!(seen.json()["phone"], "138****5678");
        let etag = seen.header("etag");
        app.patch(&path, &residence_side, etag.as_deref(), json!({"phone": "13900000000"})).await
            .assert_problem(422, "membership-side-only");
        app.get(&format!("{path}/personal-data"), &residence_side).await.assert_problem(403, "forbidden");
        let note = app.post(&format!("{path}/events"), &residence_side,
            json!({"kind": "inflow_registration", "occurred_on": "2026-03-02", "certificate_no": "LD0001"})).await;
        assert_eq!(note.status, 201);
        app.post(&format!("{path}/events"), &residence_side, json!({"kind": "outflow_registration", "occurred_on": "2026-03-02"}))
            .await.assert_problem(422, "membership-side-only");
        app.post(&format!("{path}/events"), &residence_side, json!({"kind": "report_in", "occurred_on": "2026-03-02"}))
            .await.assert_problem(422, "report-in-not-in-service");

        let theirs = app.get(&path, &membership_side).await;
        assert_eq!(theirs.json()["managed_as"], "membership");
        let changed = app.patch(&path, &membership_side, theirs.header("etag").as_deref(), json!({"phone": "13900000000"})).await;
        assert_eq!(changed.status, 200, "{}", String::from_utf8_lossy(&changed.body));
        let full = app.get(&format!("{path}/personal-data"), &membership_side).await.json();
        assert_eq!(full["phone"], "13900000000");

        let neither = app.token("xincheng_viewer").await;
        app.get(&path, &neither).await.assert_problem(404, "not-found");
        let history = app.get(&format!("{path}/events"), &membership_side).await.json();
        let kinds: Vec<&str> = history["items"].as_array().into_iter().flatten().filter_map(|e| e["kind"].as_str()).collect();
        assert!(kinds.contains(&"inflow_registration") && kinds.contains(&"registered"));
        assert!(history["items"].as_array().into_iter().flatten().all(|e| e["recorded_by_name"].is_string()));
        // Who recorded it reads as people know the account, not as its login name.
        let inflow = history["items"].as_array().into_iter().flatten().find(|e| e["kind"] == "inflow_registration").cloned();
        assert_eq!(inflow.map(|e| e["recorded_by_name"].clone()), Some(json!("老城街道党务工作者")));
    }

    async fn a_streets_members_of_one_category_page_in_name_order_through_either_link_once(app) {
        // Three mobile members of 老城街道: one living here with membership in 江北街道, one with
        // both links in the street (listed once), one living in 新城街道.
        let token = app.token("city_admin").await;
        let laocheng = app.org_id("中共老城街道工作委员会");
        let links = [
            ("丙流动", "张岭社区第一网格党支部", "育才社区党委", "育才社区第一网格"),
            ("甲流动", BRANCH, "鼓楼社区党委", "鼓楼社区第一网格"),
            ("乙流动", BRANCH, "香溪社区党委", "香溪社区第一网格"),
        ];
        for (sequence, (name, membership, residence, grid)) in (121..).step_by(2).zip(links) {
            let mut body = member_body(&app, sequence);
            body["name"] = json!(name);
            body["category"] = json!("mobile");
            body["membership_org_id"] = json!(app.org_id(membership));
            body["residence_org_id"] = json!(app.org_id(residence));
            body["residence_area_id"] = json!(app.area_id(grid));
            let created = app.post("/api/v1/members", &token, body).await;
            assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        }
        let through = |link: &str| format!("/api/v1/members?org_id={laocheng}&link={link}&category=mobile&limit=200");
        let mut street: HashSet<i64> = HashSet::new();
        for link in ["membership", "residence"] {
            let page = app.get(&through(link), &token).await.json();
            street.extend(page["items"].as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()));
        }
        assert!(street.len() >= 3, "{street:?}");
        for sort in ["name", "-name"] {
            // The city's mobile members in this order, kept to the street's: the order of the subtree scan.
            let city = app.get(&format!("/api/v1/members?category=mobile&sort={sort}&limit=200"), &token).await.json();
            let expected: Vec<i64> = city["items"].as_array().into_iter().flatten()
                .filter_map(|m| m["id"].as_i64()).filter(|id| street.contains(id)).collect();
            let first = format!("/api/v1/members?org_id={laocheng}&category=mobile&sort={sort}&limit=2");
            let mut listed = Vec::new();
            let mut page = app.get(&first, &token).await.json();
            loop {
                assert_eq!(page["total"], json!(street.len()), "every page counts each member once: {page}");
                listed.extend(page["items"].as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()));
                let Some(cursor) = page["next_cursor"].as_str() else { break };
                page = app.get(&format!("{first}&cursor={cursor}"), &token).await.json();
            }
            assert_eq!(listed, expected, "sort={sort}: each member once, in the order of the whole list");
        }
        // The first page counts the street's members of its category, whether it has many,
        // one or none of them.
        for category in ["registered", "in_service", "mobile", "relocated"] {
            let mut street: HashSet<i64> = HashSet::new();
            for link in ["membership", "residence"] {
                let url = format!("/api/v1/members?org_id={laocheng}&link={link}&category={category}&limit=200");
                let page = app.get(&url, &token).await.json();
                street.extend(page["items"].as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()));
            }
            let first = format!("/api/v1/members?org_id={laocheng}&category={category}&sort=name&limit=2");
            let page = app.get(&first, &token).await.json();
            assert_eq!(page["total"], json!(street.len()), "{category}: {page}");
        }
    }

    async fn a_change_written_by_another_process_shows_in_member_reads_within_moments(app) {
        let token = app.token("city_admin").await;
        let created = app.post("/api/v1/members", &token, member_body(&app, 105)).await.json();
        let id = created["id"].as_i64().unwrap_or_default();
        let path = format!("/api/v1/members/{id}");
        assert_eq!(app.get(&path, &token).await.json()["name"], "测试党员");
        let keys = api::data_key::DataKeys::parse(TEST_DATA_KEY).expect("key");
        let (pool, _) = api::db::connect(&app.database_url(), 1, &keys).expect("another connection");
        let mut conn = pool.get().expect("connection");
        diesel::update(api::db::schema::members::table.find(id))
            .set(api::db::schema::members::name.eq("李四"))
            .execute(&mut conn)
            .expect("written elsewhere");
        // The rule is a time bound: a kept read transaction ends within DANGJIAN_READ_SNAPSHOT_MS.
        actix_web::rt::time::sleep(app.state.config.read_snapshot * 5).await;
        assert_eq!(app.get(&path, &token).await.json()["name"], "李四");
    }

    async fn mobile_and_in_service_members_living_here_appear_next_to_the_communitys_own(app) {
        let token = app.token("laocheng_admin").await;
        let committee = app.org_id(COMMITTEE);
        let living_here = app.get(&format!("/api/v1/members?org_id={committee}&link=residence&limit=200"), &token).await.json();
        let categories: std::collections::BTreeSet<&str> =
            living_here["items"].as_array().into_iter().flatten().filter_map(|m| m["category"].as_str()).collect();
        assert!(categories.contains("mobile") && categories.contains("in_service") && categories.contains("registered"));
        // Through the membership link: the community's own members, including its mobile members living elsewhere.
        let own = app.get(&format!("/api/v1/members?org_id={committee}&link=membership&limit=200"), &token).await.json();
        let own = own["items"].as_array().cloned().unwrap_or_default();
        assert!(own.iter().all(|m| m["managed_as"] == "membership"));
        assert!(own.iter().any(|m| m["category"] == "mobile" && m["residence_org_id"] != committee));
        let mobile = app.get(&format!("/api/v1/members?org_id={committee}&link=residence&category=mobile"), &token).await.json();
        assert!(mobile["items"].as_array().into_iter().flatten().all(|m| m["managed_as"] == "residence"));
    }

    async fn personal_data_is_masked_in_responses_lists_and_exports(app) {
        let viewer = app.token("xincheng_viewer").await;
        let list = app.get("/api/v1/members?limit=200", &viewer).await.json();
        let items = list["items"].as_array().cloned().unwrap_or_default();
        assert!(!items.is_empty());
        for member in &items {
            let id = member["id_number"].as_str().unwrap_or_default();
            assert_eq!(&id[6..14], "********", "ID masked in lists: {id}");
            assert!(member["phone"].as_str().is_none_or(|p| &p[3..7] == "****"));
        }
        let export = app.get("/api/v1/members/export.xlsx", &viewer).await;
        assert_eq!(export.status, 200);
        let rows = cells_of(&export.body);
        assert_eq!(rows[0][4], "身份证号");
        assert_eq!(rows.len() as i64 - 1, list["total"].as_i64().unwrap_or_default());
        assert!(rows[1..].iter().all(|row| &row[4][6..14] == "********" && (row[5].is_empty() || &row[5][3..7] == "****")));
        app.get("/api/v1/members/1/personal-data", &viewer).await.assert_problem(403, "forbidden");
    }

    async fn unmasked_personal_data_is_for_the_membership_side_and_audited(app) {
        let admin = app.token("city_admin").await;
        let id = app.get("/api/v1/members?category=registered&limit=1", &admin).await.json()["items"][0]["id"].as_i64().unwrap_or_default();
        let full = app.get(&format!("/api/v1/members/{id}/personal-data"), &admin).await;
        assert_eq!(full.status, 200);
        let number = full.json()["id_number"].as_str().unwrap_or_default().to_owned();
        assert!(id_card::validate(&number).is_ok(), "the full ID number: {number}");
        let auditor = app.token("auditor").await;
        let events = app.get(&format!("/api/v1/audit-events?action=member.personal_data_read&object_id={id}"), &auditor).await.json();
        assert_eq!(events["total"], 1);
        assert_eq!(events["items"][0]["actor_username"], "city_admin");
        // Exports are masked by default, for party-affairs staff too.
        let street = app.token("laocheng_admin").await;
        let rows = cells_of(&app.get("/api/v1/members/export.xlsx", &street).await.body);
        assert!(rows[1..].iter().all(|row| row[4].contains('*') && row[3].len() == 4), "masked IDs, birth years only");
        // Asked for with a reason, full values come for the rows it holds the membership of.
        app.get("/api/v1/members/export.xlsx?personal_data=true", &street).await.assert_problem(422, "validation-failed");
        let full = app.get(&uri("/api/v1/members/export.xlsx?personal_data=true&reason=换届选举核对"), &street).await;
        assert_eq!(full.status, 200);
        let rows = cells_of(&full.body);
        let list = app.get("/api/v1/members?limit=200&sort=name", &street).await.json();
        let items = list["items"].as_array().cloned().unwrap_or_default();
        let residence_only = items.iter().filter(|m| m["managed_as"] == "residence").count();
        let masked = rows[1..].iter().filter(|row| row[4].contains('*')).count();
        assert_eq!(masked, residence_only);
        let event = &app.get("/api/v1/audit-events?action=member.export", &auditor).await.json()["items"][0];
        let detail = event["detail"].as_str().unwrap_or_default().to_owned();
        assert!(detail.contains("reason=换届选举核对"), "{detail}");
        let unmasked_ids: Vec<i64> = items.iter().filter(|m| m["managed_as"] == "membership").filter_map(|m| m["id"].as_i64()).collect();
        assert!(unmasked_ids.iter().all(|id| detail.contains(&format!("{id}"))), "the audit names the members: {detail}");
        let viewer = app.token("xincheng_viewer").await;
        app.get("/api/v1/members/export.xlsx?personal_data=true&reason=check", &viewer).await.assert_problem(403, "forbidden");
    }

    async fn a_roster_with_errors_writes_nothing_and_names_row_and_column(app) {
        let token = app.token("city_admin").await;
        let before = app.get("/api/v1/members?limit=1", &token).await.json()["total"].as_i64().unwrap_or_default();
        let good = id_number(birth(), 201);
        let mut broken = id_number(birth(), 203);
        broken.replace_range(17.., if broken.ends_with('0') { "1" } else { "0" });
        let mut unknown_org = roster_row(3, &id_number(birth(), 205));
        unknown_org[10] = "不存在的党支部".to_owned();
        let file = xlsx(&[header(), roster_row(1, &good), roster_row(2, &broken), unknown_org]);
        let response = app.upload("/api/v1/members/import", &token, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file).await;
        let problem = response.assert_problem(422, "import-invalid");
        let errors: Vec<(i64, String, String)> = problem["errors"].as_array().into_iter().flatten()
            .map(|e| (e["row"].as_i64().unwrap_or_default(), e["field"].as_str().unwrap_or("").to_owned(), e["code"].as_str().unwrap_or("").to_owned()))
            .collect();
        assert_eq!(errors, vec![(3, "身份证号".to_owned(), "checksum".to_owned()), (4, "组织关系所在党组织".to_owned(), "not_found".to_owned())]);
        let after = app.get("/api/v1/members?limit=1", &token).await.json()["total"].as_i64().unwrap_or_default();
        assert_eq!(after, before, "nothing was written");
        // The same roster as CSV, corrected, imports.
        let csv = [header(), roster_row(1, &good), roster_row(2, &id_number(birth(), 203))]
            .iter().map(|row| row.join(",")).collect::<Vec<_>>().join("\n");
        let imported = app.upload("/api/v1/members/import", &token, "text/csv", csv.into_bytes()).await;
        assert_eq!(imported.status, 200, "{}", String::from_utf8_lossy(&imported.body));
        assert_eq!(imported.json()["imported"], 2);
    }

    async fn a_ten_thousand_row_roster_imports_in_one_transaction(app) {
        let token = app.token("city_admin").await;
        let mut rows = vec![header()];
        let first = NaiveDate::from_ymd_opt(1960, 1, 1).expect("date");
        for i in 0..10_000u32 {
            let birth_date = first + Duration::days(i64::from(i / 400));
            let mut row = roster_row(i, &id_number(birth_date, u16::try_from(i % 400).unwrap_or(0) * 2 + 1));
            row[3] = birth_date.to_string();
            rows.push(row);
        }
        let before = app.get("/api/v1/members?limit=1", &token).await.json()["total"].as_i64().unwrap_or_default();
        let response = app.upload("/api/v1/members/import", &token, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(&rows)).await;
        assert_eq!(response.status, 200, "{}", String::from_utf8_lossy(&response.body[..response.body.len().min(2000)]));
        assert_eq!(response.json()["imported"], 10_000);
        let after = app.get("/api/v1/members?limit=1", &token).await.json()["total"].as_i64().unwrap_or_default();
        assert_eq!(after - before, 10_000);
        app.assert_counters_agree();
    }

    async fn a_transfer_letter_expires_and_the_receiving_organization_confirms_a_valid_one(app) {
        let admin = app.token("city_admin").await;
        let created = app.post("/api/v1/members", &admin, member_body(&app, 115)).await.json();
        let member = created["id"].as_i64().unwrap_or_default();
        let to = app.org_id("香溪社区第一网格党支部");
        let old = Utc::now().date_naive() - Duration::days(125);
        let letter = app.post("/api/v1/transfers", &admin, json!({"member_id": member, "to_org_id": to, "issued_on": old})).await;
        assert_eq!(letter.status, 201);
        let letter = letter.json();
        assert_eq!(letter["expires_on"], json!((old.checked_add_months(chrono::Months::new(3))).expect("date")));
        assert_eq!(letter["status"], "expired");
        // The letter names its member and both organizations, so no reader looks them up.
        assert_eq!(letter["member_name"], created["name"]);
        assert_eq!(letter["to_org_name"], "香溪社区第一网格党支部");
        assert_eq!(letter["from_org_name"], created["membership_org_name"]);
        let expired = app.get(&format!("/api/v1/transfers?member_id={member}&status=expired"), &admin).await.json();
        assert_eq!(expired["total"], 1);
        let confirm = format!("/api/v1/transfers/{}/confirm", letter["id"]);
        app.post(&confirm, &admin, json!({})).await.assert_problem(422, "transfer-expired");

        let fresh = app.post("/api/v1/transfers", &admin, json!({"member_id": member, "to_org_id": to, "cross_province": true})).await.json();
        let today = Utc::now().date_naive();
        assert!(fresh["expires_on"].as_str().is_some_and(|d| d > (today + Duration::days(180)).to_string().as_str()), "6 months across provinces");
        // The sending street does not hold the receiving organization.
        let sender = app.token("laocheng_admin").await;
        let confirm = format!("/api/v1/transfers/{}/confirm", fresh["id"]);
        app.post(&confirm, &sender, json!({})).await.assert_problem(403, "forbidden");
        let body = json!({"residence_org_id": app.org_id("香溪社区党委"), "residence_area_id": app.area_id("香溪社区第一网格")});
        let confirmed = app.post(&confirm, &admin, body).await;
        assert_eq!(confirmed.status, 200, "{}", String::from_utf8_lossy(&confirmed.body));
        assert_eq!(confirmed.json()["status"], "confirmed");
        let moved = app.get(&format!("/api/v1/members/{member}"), &admin).await.json();
        assert_eq!(moved["membership_org_id"], to);
        app.get(&format!("/api/v1/members/{member}"), &sender).await.assert_problem(404, "not-found");
        let history = app.get(&format!("/api/v1/members/{member}/events"), &admin).await.json();
        let kinds: Vec<&str> = history["items"].as_array().into_iter().flatten().filter_map(|e| e["kind"].as_str()).collect();
        assert!(kinds.contains(&"transfer_issued") && kinds.contains(&"transfer_confirmed"));
        let issued = history["items"].as_array().into_iter().flatten().find(|e| e["kind"] == "transfer_issued").cloned();
        assert_eq!(issued.map(|e| e["counterpart_org_name"].clone()), Some(json!("香溪社区第一网格党支部")));
        let issued_letters = app.get(&format!("/api/v1/transfers?member_id={member}&status=issued"), &admin).await.json();
        assert_eq!(issued_letters["total"], 0, "the valid letter is confirmed now, the old one expired");
        app.assert_counters_agree();
    }

    async fn an_organization_with_members_cannot_be_deleted(app) {
        let admin = app.token("city_admin").await;
        let branch = app.org_id(BRANCH);
        let etag = app.get(&format!("/api/v1/organizations/{branch}"), &admin).await.header("etag");
        app.delete(&format!("/api/v1/organizations/{branch}"), &admin, etag.as_deref()).await.assert_problem(409, "has-dependents");
    }

    async fn a_member_sees_their_own_record(app) {
        let token = app.token("yucai_member").await;
        let mine = app.get("/api/v1/me/member", &token).await;
        assert_eq!(mine.status, 200);
        let mine = mine.json();
        assert_eq!(mine["member"]["category"], "registered");
        assert!(mine["member"]["id_number"].as_str().is_some_and(|n| n.contains('*')));
        app.get("/api/v1/members", &token).await.assert_problem(403, "forbidden");
        let me = app.get("/api/v1/me", &token).await.json();
        assert_eq!(me["permissions"], json!(["read_structure", "read_own_record", "take_part_online"]));
        // What the roles allow comes from /me, so the SPA keeps no copy of the role table.
        let admin = app.token("city_admin").await;
        let me = app.get("/api/v1/me", &admin).await.json();
        let allowed: Vec<&str> = me["permissions"].as_array().into_iter().flatten().filter_map(|p| p.as_str()).collect();
        assert!(allowed.contains(&"write_members") && !allowed.contains(&"manage_calendar"), "{allowed:?}");
        app.get("/api/v1/me/member", &admin).await.assert_problem(403, "forbidden");
    }
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// An xlsx of 40 MiB of repeated cells, which compresses to a few kilobytes.
fn packed_sheet() -> Vec<u8> {
    use std::io::Write;
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    archive.start_file("xl/worksheets/sheet1.xml", options).expect("entry");
    let row = "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>".repeat(1024);
    for _ in 0..500 {
        archive.write_all(row.as_bytes()).expect("write");
    }
    archive.finish().expect("zip").into_inner()
}

on_both_databases! {
    async fn a_roster_that_unpacks_far_beyond_its_size_is_refused_before_it_is_unpacked(app) {
        let token = app.token("city_admin").await;
        let bytes = packed_sheet();
        assert!(bytes.len() < 1024 * 1024, "a small upload: {} bytes", bytes.len());
        let refused = app.upload("/api/v1/members/import?dry_run=true", &token, XLSX, bytes).await;
        refused.assert_problem(422, "validation-failed");
        assert_eq!(refused.field_errors(), vec![("file".to_owned(), "too_large".to_owned())]);
    }

    async fn rosters_with_too_many_columns_or_overlong_cells_are_refused(app) {
        let token = app.token("city_admin").await;
        let wide = format!("{}\n", vec!["x"; 65].join(","));
        let refused = app.upload("/api/v1/members/import?dry_run=true", &token, "text/csv", wide.into_bytes()).await;
        assert_eq!(refused.field_errors(), vec![("file".to_owned(), "too_large".to_owned())]);
        let long = format!("姓名\n{}\n", "长".repeat(1001));
        let refused = app.upload("/api/v1/members/import?dry_run=true", &token, "text/csv", long.into_bytes()).await;
        assert_eq!(refused.field_errors(), vec![("file".to_owned(), "too_large".to_owned())]);
    }
}

// Point reads on SQLite come from a read transaction the worker keeps (here for a minute, so
// nothing but the write can end it), yet a read right after a change shows the change.
on_both_databases! {
    async fn a_member_read_right_after_a_change_shows_the_change(app)
        configured(|c| c.read_snapshot = std::time::Duration::from_secs(60))
    {
        let token = app.token("city_admin").await;
        let created = app.post("/api/v1/members", &token, member_body(&app, 103)).await.json();
        let path = format!("/api/v1/members/{}", created["id"]);
        for name in ["王一", "王二", "王三"] {
            let etag = app.get(&path, &token).await.header("etag");
            let changed = app.patch(&path, &token, etag.as_deref(), json!({"name": name})).await;
            assert_eq!(changed.status, 200, "{}", String::from_utf8_lossy(&changed.body));
            assert_eq!(app.get(&path, &token).await.json()["name"], name, "the read sees the write before it");
        }
    }
}

/// A body that does not arrive within the configured time answers 408, and the worker is free
/// again.
#[actix_web::test]
async fn a_body_that_trickles_in_is_timed_out() {
    let app = start_configured(Backend::Sqlite, |c| c.body_timeout = std::time::Duration::from_millis(200)).await;
    let token = app.token("city_admin").await;
    // A body stream that never ends: the client stopped sending.
    let stalled = futures_util::stream::pending::<Result<actix_web::web::Bytes, actix_http::error::PayloadError>>();
    let request = actix_web::test::TestRequest::post()
        .uri("/api/v1/members/import?dry_run=true")
        .insert_header(("Authorization", format!("Bearer {token}")))
        .insert_header(("Content-Type", "text/csv"))
        .to_request();
    let (request, _) =
        request.replace_payload(actix_http::Payload::from(Box::pin(stalled) as actix_http::BoxedPayloadStream));
    app.send_request(request).await.assert_problem(408, "request-timeout");
}
