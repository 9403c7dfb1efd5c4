//! Keeping a copy in step: keyset cursors on every list, `updated_since` change feeds,
//! tombstones of what was deleted or left the caller's view, and the whole ranking in pages.

use std::collections::HashSet;

use chrono::{SecondsFormat, Utc};
use domain::access::Role;
use tests::*;

use crate::members::member_body;

/// Follows `next_cursor` from `first` to the last page; answers the items in order.
async fn scan<S, B>(app: &tests::TestApp<S>, token: &str, first: &str) -> Vec<serde_json::Value>
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let separator = if first.contains('?') { '&' } else { '?' };
    let mut items = Vec::new();
    let mut page = app.get(first, token).await.json();
    loop {
        items.extend(page["items"].as_array().unwrap_or_else(|| panic!("{first}: {page}")).iter().cloned());
        let Some(cursor) = page["next_cursor"].as_str() else { break };
        page = app.get(&format!("{first}{separator}cursor={cursor}"), token).await.json();
    }
    items
}

fn ids(items: &[serde_json::Value]) -> Vec<i64> {
    items.iter().map(|item| item["id"].as_i64().expect("id")).collect()
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Micros, true).replace('+', "%2B")
}

on_both_databases! {
    async fn a_cursor_scan_reads_every_member_once_in_the_order_of_the_list(app) {
        let admin = app.token("city_admin").await;
        let total = app.get("/api/v1/members?limit=1", &admin).await.json()["total"].as_i64().expect("total");
        for sort in ["name", "-name", "join_date", "-join_date"] {
            let scanned = scan(&app, &admin, &format!("/api/v1/members?limit=7&sort={sort}")).await;
            let seen: HashSet<i64> = ids(&scanned).into_iter().collect();
            assert_eq!(seen.len(), scanned.len(), "no member twice ({sort})");
            assert_eq!(i64::try_from(scanned.len()).expect("count"), total, "every member once ({sort})");
            let mut offset_paged = Vec::new();
            for offset in [0, 200] {
                let page = app.get(&format!("/api/v1/members?limit=200&offset={offset}&sort={sort}"), &admin).await.json();
                offset_paged.extend(ids(page["items"].as_array().expect("items")));
            }
            assert_eq!(ids(&scanned), offset_paged, "the order of the list ({sort})");
        }
        let last = app.get(&format!("/api/v1/members?limit={total}"), &admin).await.json();
        assert!(last["next_cursor"].is_null(), "the last page says so: {last}");
    }

    async fn a_cursor_only_continues_the_list_and_order_it_came_from(app) {
        let admin = app.token("city_admin").await;
        let page = app.get("/api/v1/members?limit=2&sort=name", &admin).await.json();
        let cursor = page["next_cursor"].as_str().expect("more members").to_owned();
        let other_order = app.get(&format!("/api/v1/members?limit=2&sort=join_date&cursor={cursor}"), &admin).await;
        other_order.assert_problem(422, "validation-failed");
        assert_eq!(other_order.field_errors(), vec![("cursor".to_owned(), "invalid_value".to_owned())]);
        let made_up = app.get("/api/v1/members?cursor=not-a-cursor", &admin).await;
        assert_eq!(made_up.field_errors(), vec![("cursor".to_owned(), "invalid_value".to_owned())]);
        let both = app.get(&format!("/api/v1/members?offset=2&cursor={cursor}"), &admin).await;
        assert_eq!(both.field_errors(), vec![("offset".to_owned(), "invalid_value".to_owned())]);
        let feed_and_sort = app.get("/api/v1/members?sort=name&updated_since=2026-01-01T00:00:00Z", &admin).await;
        assert_eq!(feed_and_sort.field_errors(), vec![("sort".to_owned(), "invalid_value".to_owned())]);
        let no_change_times = app.get("/api/v1/alerts?updated_since=2026-01-01T00:00:00Z", &admin).await;
        assert_eq!(no_change_times.field_errors(), vec![("updated_since".to_owned(), "unknown_field".to_owned())]);
    }

    async fn every_list_pages_by_cursor(app) {
        let admin = app.token("city_admin").await;
        let street = app.org_id("中共老城街道工作委员会");
        for list in [
            "/api/v1/organizations?q=".to_owned(),
            format!("/api/v1/organizations/{street}/children?"),
            "/api/v1/organization-names?q=".to_owned(),
            "/api/v1/areas?q=".to_owned(),
            "/api/v1/units?q=".to_owned(),
            "/api/v1/points/rules?all_versions=true".to_owned(),
            format!("/api/v1/meetings?org_id={street}"),
            format!("/api/v1/points/rankings/entries?org_id={street}"),
        ] {
            let scanned = scan(&app, &admin, &format!("{list}&limit=2")).await;
            let whole = app.get(&format!("{list}&limit=200"), &admin).await.json();
            let key = |item: &serde_json::Value| item.get("id").or_else(|| item.get("member_id")).and_then(|v| v.as_i64()).unwrap_or_default();
            let expected: Vec<i64> = whole["items"].as_array().expect("items").iter().map(key).collect();
            assert!(expected.len() > 2, "{list} holds several pages");
            assert_eq!(scanned.iter().map(key).collect::<Vec<_>>(), expected, "{list}: a cursor scan reads the list as one page would");
        }
    }

    async fn the_whole_ranking_comes_in_pages_highest_first(app) {
        let admin = app.token("city_admin").await;
        let street = app.org_id("中共老城街道工作委员会");
        let ranked = scan(&app, &admin, &format!("/api/v1/points/rankings/entries?org_id={street}&limit=5")).await;
        let ranking = app.get(&format!("/api/v1/points/rankings?org_id={street}&top=200"), &admin).await.json();
        let top: Vec<&serde_json::Value> = ranking["top"].as_array().expect("top").iter().collect();
        assert_eq!(ranked.iter().take(top.len()).collect::<Vec<_>>(), top, "the pages agree with the top list");
        let totals: Vec<i64> = ranked.iter().map(|r| r["total"].as_i64().unwrap_or_default()).collect();
        assert!(totals.windows(2).all(|pair| pair[0] >= pair[1]), "highest total first: {totals:?}");
    }

    async fn a_change_feed_lists_what_changed_and_tombstones_what_left_the_view(app) {
        let admin = app.token("city_admin").await;
        let community = app.user_token("yucai_staff", Role::OrgAdmin, "育才社区党委").await;
        let mut body = member_body(&app, 121);
        body["category"] = json!("mobile");
        body["membership_org_id"] = json!(app.org_id("张岭社区第一网格党支部"));
        let created = app.post("/api/v1/members", &admin, body).await;
        assert_eq!(created.status, 201, "{}", created.json());
        let id = created.json()["id"].as_i64().expect("id");

        let since = now();
        let feed = format!("/api/v1/members?updated_since={since}");
        assert_eq!(app.get(&feed, &community).await.json()["total"], 0, "nothing changed yet");

        let path = format!("/api/v1/members/{id}");
        let etag = app.get(&path, &admin).await.header("etag");
        let moved = json!({"residence_org_id": app.org_id("幸福家园社区党委"), "residence_area_id": app.area_id("幸福家园社区第一网格")});
        let patched = app.patch(&path, &admin, etag.as_deref(), moved).await;
        assert_eq!(patched.status, 200, "{}", patched.json());

        assert_eq!(ids(&scan(&app, &admin, &feed).await), vec![id], "the city sees the change");
        assert_eq!(app.get(&feed, &community).await.json()["total"], 0, "the old community no longer sees the member");
        let tombstones = format!("/api/v1/tombstones?resource=member&updated_since={since}");
        let gone = app.get(&tombstones, &community).await.json();
        assert_eq!(gone["items"].as_array().map(Vec::len), Some(1), "{gone}");
        assert_eq!((gone["items"][0]["id"].as_i64(), gone["items"][0]["reason"].as_str()), (Some(id), Some("moved")));
        assert_eq!(app.get(&tombstones, &admin).await.json()["items"], json!([]), "a move within the view is no tombstone");
    }

    async fn a_deleted_organization_is_a_tombstone_for_those_who_saw_it(app) {
        let admin = app.token("city_admin").await;
        let since = now();
        let leaf = app.org_id("育才社区网络党支部");
        let path = format!("/api/v1/organizations/{leaf}");
        let etag = app.get(&path, &admin).await.header("etag");
        assert_eq!(app.delete(&path, &admin, etag.as_deref()).await.status, 204);
        let tombstones = format!("/api/v1/tombstones?resource=organization&updated_since={since}");
        let street = app.user_token("laocheng_staff", Role::OrgAdmin, "中共老城街道工作委员会").await;
        let gone = app.get(&tombstones, &street).await.json();
        assert_eq!(gone["items"][0]["id"].as_i64(), Some(leaf), "{gone}");
        assert_eq!(gone["items"][0]["reason"], "deleted");
        let elsewhere = app.user_token("jiangbei_staff", Role::OrgAdmin, "中共江北街道工作委员会").await;
        assert_eq!(app.get(&tombstones, &elsewhere).await.json()["total"], 0, "another street never saw it");
    }
}
