//! The community affairs access list (社区事务准入, DOMAIN.md §10, policy §2 and §15): a
//! department hands a community only work the list admits; anything else is refused with a
//! typed problem, kept and reported per community and department.

use chrono::{Datelike, Duration, Utc};
use serde_json::{Value, json};
use tests::*;

fn item(area: i64, title: &str, department: &str, list_type: &str, funding: Option<i32>) -> Value {
    json!({"area_id": area, "list": "affairs", "title": title, "department": department,
        "legal_basis": "《中华人民共和国城市居民委员会组织法》第三条", "list_type": list_type,
        "authority_follows": true, "funding_follows": funding.is_some(), "funding_yuan": funding})
}

on_both_databases! {
    async fn a_department_is_refused_unlisted_work_and_accepted_with_a_listed_item(app) {
        let city = app.token("city_admin").await;
        let hanbin = app.area_id("汉滨区");
        // The street's figures are kept between writes; each write below makes them stale.
        let street = app.token("laocheng_admin").await;
        let untouched = app.get("/api/v1/dashboard/co-building", &street).await.json();
        assert_eq!((untouched["assignments"].as_i64(), untouched["refusals"].as_i64()), (Some(0), Some(0)), "{untouched}");
        let listed = app.post("/api/v1/community-affairs/items", &city, item(hanbin, "城乡居民养老保险参保登记", "汉滨区民政局", "assisting", Some(20_000))).await;
        assert_eq!(listed.status, 201, "{}", listed.json());
        let listed = listed.json()["id"].as_i64().expect("id");
        let negative = app.post("/api/v1/community-affairs/items", &city, item(hanbin, "开具居民无犯罪记录证明", "汉滨区民政局", "negative", None)).await;
        let negative = negative.json()["id"].as_i64().expect("id");

        let civil = app.service_token("civil_affairs", &["affairs:read", "affairs:write"]).await;
        let yucai = app.area_id("育才社区");
        let work = |item: Option<i64>, department: &str| json!({"area_id": yucai, "item_id": item, "department": department,
            "title": "组织辖区居民参保登记", "content": "12月底前完成辖区未参保居民登记"});
        app.post("/api/v1/community-affairs/assignments", &civil, work(None, "汉滨区民政局")).await.assert_problem(422, "affairs-item-missing");
        app.post("/api/v1/community-affairs/assignments", &civil, work(Some(negative), "汉滨区民政局")).await.assert_problem(422, "affairs-item-negative");
        let other = app.post("/api/v1/community-affairs/assignments", &civil, work(Some(listed), "汉滨区卫健局")).await;
        other.assert_problem(422, "affairs-department-mismatch");
        assert_eq!(other.field_errors(), vec![("department".to_owned(), "rule".to_owned())]);

        let accepted = app.post("/api/v1/community-affairs/assignments", &civil, work(Some(listed), "汉滨区民政局")).await;
        assert_eq!(accepted.status, 201, "{}", accepted.json());
        assert_eq!(accepted.json()["funding_yuan"], 20_000, "the funding follows the work (费随事转)");
        assert_eq!(accepted.json()["item_title"], "城乡居民养老保险参保登记");

        // A withdrawn item admits nothing more.
        let path = format!("/api/v1/community-affairs/items/{listed}");
        let etag = app.get(&path, &city).await.header("etag");
        let withdrawn = app.patch(&path, &city, etag.as_deref(), json!({"state": "withdrawn"})).await;
        assert_eq!(withdrawn.status, 200, "{}", withdrawn.json());
        app.post("/api/v1/community-affairs/assignments", &civil, work(Some(listed), "汉滨区民政局")).await.assert_problem(422, "affairs-item-not-admitted");

        // The refusals are kept and reported per community and department (the street reads its
        // own; the demo city's are in 平利县).
        let refusals = app.get("/api/v1/community-affairs/refusals", &street).await.json();
        let codes: Vec<&str> = refusals["items"].as_array().into_iter().flatten().filter_map(|r| r["code"].as_str()).collect();
        assert_eq!(codes, vec!["affairs-item-not-admitted", "affairs-department-mismatch", "affairs-item-negative", "affairs-item-missing"]);
        let year = (Utc::now() + Duration::hours(8)).year();
        let report = app.get(&format!("/api/v1/community-affairs/report?year={year}"), &street).await.json();
        let row = |department: &str| report["rows"].as_array().into_iter().flatten().find(|r| r["department"] == department).cloned().unwrap_or_default();
        let civil_row = row("汉滨区民政局");
        assert_eq!((civil_row["area_name"].as_str(), civil_row["assigned"].as_i64(), civil_row["funding_yuan"].as_i64(), civil_row["refused"].as_i64()),
            (Some("育才社区"), Some(1), Some(20_000), Some(3)), "{report}");
        assert_eq!(row("汉滨区卫健局")["refused"], 1);
        assert_eq!((report["assigned"].as_i64(), report["refused"].as_i64()), (Some(1), Some(4)));
        let dashboard = app.get("/api/v1/dashboard/co-building", &street).await.json();
        assert_eq!((dashboard["assignments"].as_i64(), dashboard["refusals"].as_i64(), dashboard["funding_followed_yuan"].as_i64()),
            (Some(1), Some(4), Some(20_000)), "the street's dashboard counts the access list: {dashboard}");

        // The street reads the district's list for its community; it does not keep it.
        let items = app.get(&format!("/api/v1/community-affairs/items?area_id={yucai}"), &street).await.json();
        assert_eq!(items["total"], 2, "{items}");
        assert_eq!(items["items"][0]["editable"], false, "the street does not keep the district's list");
        let etag = app.get(&path, &street).await.header("etag");
        app.patch(&path, &street, etag.as_deref(), json!({"state": "admitted"})).await.assert_problem(403, "forbidden");
        // Without the write scope a department's system cannot hand work over.
        let reader = app.service_token("civil_reader", &["affairs:read"]).await;
        app.post("/api/v1/community-affairs/assignments", &reader, work(Some(listed), "汉滨区民政局")).await.assert_problem(403, "insufficient-scope");
    }
}
