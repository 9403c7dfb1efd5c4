//! Areas, organizations, units and coverage, inside and outside a caller's scope.

use tests::*;

on_both_databases! {
    async fn a_street_user_cannot_see_another_streets_objects(app) {
        let laocheng = app.token("laocheng_admin").await;
        let other_org = app.org_id("香溪社区党委");
        let other_area = app.area_id("香溪社区");
        let other_unit = app.unit_id("香溪物业管理有限公司");
        let own_org = app.org_id("育才社区党委");
        for path in [
            format!("/api/v1/organizations/{other_org}"),
            format!("/api/v1/organizations/{other_org}/children"),
            format!("/api/v1/organizations/{other_org}/coverage"),
            format!("/api/v1/areas/{other_area}"),
            format!("/api/v1/units/{other_unit}"),
            "/api/v1/organizations/999999".to_owned(),
        ] {
            app.get(&path, &laocheng).await.assert_problem(404, "not-found");
        }
        assert_eq!(app.get(&format!("/api/v1/organizations/{own_org}"), &laocheng).await.status, 200);
        // Writing outside the scope is also "not found", and writes nothing.
        let etag = "\"1\"";
        let response = app.patch(&format!("/api/v1/organizations/{other_org}"), &laocheng, Some(etag), json!({"name": "x"})).await;
        response.assert_problem(404, "not-found");
        let list = app.get("/api/v1/organizations?limit=200", &laocheng).await.json();
        let names: Vec<&str> = list["items"].as_array().into_iter().flatten().filter_map(|o| o["name"].as_str()).collect();
        assert!(names.contains(&"育才社区党委"));
        assert!(!names.contains(&"香溪社区党委"));
        assert_eq!(list["total"].as_i64(), Some(names.len() as i64));
    }

    async fn the_organization_directory_names_organizations_outside_the_scope_and_nothing_else(app) {
        // A street issuing a transfer must find the receiving branch in another street by name.
        let laocheng = app.token("laocheng_admin").await;
        let found = app.get("/api/v1/organization-names?q=香溪", &laocheng).await.json();
        let names: Vec<&str> = found["items"].as_array().into_iter().flatten().filter_map(|o| o["name"].as_str()).collect();
        assert!(names.contains(&"香溪社区党委"), "{found}");
        assert!(names.iter().all(|name| name.contains("香溪")));
        let committee = found["items"].as_array().into_iter().flatten().find(|o| o["name"] == "香溪社区党委").cloned();
        let committee = committee.expect("香溪社区党委 in the directory");
        assert_eq!(committee["id"], app.org_id("香溪社区党委"));
        assert!(committee["parent_name"].as_str().is_some_and(|p| p.ends_with("工作委员会")), "{committee}");
        let fields: Vec<&String> = committee.as_object().map(|o| o.keys().collect()).unwrap_or_default();
        assert_eq!(fields, ["id", "name", "parent_name"], "a name and its parent's, nothing else");
        // A member account reads the structure, so it may search names too; an unknown parameter is refused.
        let member = app.token("yucai_member").await;
        assert_eq!(app.get("/api/v1/organization-names?q=育才", &member).await.status, 200);
        let response = app.get("/api/v1/organization-names?within=1", &laocheng).await;
        assert_eq!(response.field_errors(), vec![("within".to_owned(), "unknown_field".to_owned())]);
    }

    async fn subtree_lists_filter_by_kind_field_setting_type_and_name(app) {
        let token = app.token("city_admin").await;
        let street = app.org_id("中共江北街道工作委员会");
        let branches = app.get(&format!("/api/v1/organizations?within={street}&kind=branch&limit=200"), &token).await.json();
        let items = branches["items"].as_array().cloned().unwrap_or_default();
        assert!(!items.is_empty());
        assert!(items.iter().all(|o| o["kind"] == "branch"));
        assert_eq!(branches["total"].as_i64(), Some(items.len() as i64));
        let markets = app.get(&format!("/api/v1/organizations?within={street}&field=market"), &token).await.json();
        assert_eq!(markets["total"], 1);
        assert_eq!(markets["items"][0]["name"], "江北商圈市场党支部");
        let joint = app.get("/api/v1/organizations?setting_type=joint&limit=200", &token).await.json();
        assert_eq!(joint["total"], 2);
        let online = app.get("/api/v1/organizations?online=true", &token).await.json();
        assert!(online["items"].as_array().into_iter().flatten().all(|o| o["online"] == true));
        assert!(online["total"].as_i64().is_some_and(|n| n >= 1));
        let named = app.get("/api/v1/organizations?q=税务", &token).await.json();
        assert_eq!(named["total"], 2);
        let paged = app.get("/api/v1/organizations?limit=5&offset=5&sort=name", &token).await.json();
        assert_eq!(paged["items"].as_array().map(Vec::len), Some(5));
        assert!(paged["total"].as_i64().is_some_and(|n| n >= 30), "the demo city has at least 30 organizations");
    }

    async fn a_subtrees_organizations_and_areas_page_in_tree_order_each_once(app) {
        // Rule: tree order puts a parent before its children; a cursor continues it where the
        // previous page ended, so every organization or area of the subtree comes once.
        let token = app.token("city_admin").await;
        for (list, within) in [("organizations", app.org_id("中共江北街道工作委员会")), ("areas", app.area_id("江北街道"))] {
            let whole = app.get(&format!("/api/v1/{list}?within={within}&limit=200"), &token).await.json();
            let expected: Vec<i64> = whole["items"].as_array().into_iter().flatten().filter_map(|o| o["id"].as_i64()).collect();
            assert!(expected.len() > 3, "{list}: a subtree of several pages");
            let mut seen = std::collections::HashSet::new();
            for item in whole["items"].as_array().into_iter().flatten() {
                let parent = item["parent_id"].as_i64();
                assert!(item["id"].as_i64() == Some(within) || parent.is_some_and(|p| seen.contains(&p)), "{list}: a parent before its children: {item}");
                seen.extend(item["id"].as_i64());
            }
            let first = format!("/api/v1/{list}?within={within}&limit=3");
            let mut listed = Vec::new();
            let mut page = app.get(&first, &token).await.json();
            loop {
                assert_eq!(page["total"], json!(expected.len()), "{list}: every page counts the subtree");
                listed.extend(page["items"].as_array().into_iter().flatten().filter_map(|o| o["id"].as_i64()));
                let Some(cursor) = page["next_cursor"].as_str() else { break };
                page = app.get(&format!("{first}&cursor={cursor}"), &token).await.json();
            }
            assert_eq!(listed, expected, "{list}: page by page, each once, in tree order");
        }
    }

    async fn a_lists_total_follows_a_write_at_once_and_is_each_callers_own(app) {
        // Rule: a first page's total is kept between writes; a write of the instance counts
        // again, and the same list asked by a narrower scope counts what that scope sees.
        let admin = app.token("city_admin").await;
        let laocheng = app.token("laocheng_admin").await;
        let community = app.org_id("香溪社区党委");
        let list = format!("/api/v1/organizations?within={community}&limit=1");
        let total = |page: serde_json::Value| page["total"].as_i64().unwrap_or(-1);
        let before = total(app.get(&list, &admin).await.json());
        assert!(before >= 1, "the community committee is in its own subtree");
        assert_eq!(total(app.get(&list, &admin).await.json()), before, "asked again, the same total");
        assert_eq!(app.get(&list, &laocheng).await.status, 404, "another street's subtree stays out of sight");
        let everything = "/api/v1/organizations?limit=1";
        let (city, street) = (total(app.get(everything, &admin).await.json()), total(app.get(everything, &laocheng).await.json()));
        assert!(0 < street && street < city, "each caller counts its own scope: {street} of {city}");
        let created = app.post("/api/v1/organizations", &admin, json!({
            "name": "香溪社区第十网格党支部", "kind": "branch", "parent_id": community, "field": "community",
            "setting_type": "independent", "area_id": app.area_id("香溪社区")
        })).await;
        assert_eq!(created.status, 201, "{}", String::from_utf8_lossy(&created.body));
        assert_eq!(total(app.get(&list, &admin).await.json()), before + 1, "the new branch is counted at once");
        assert_eq!(total(app.get(everything, &admin).await.json()), city + 1);
        assert_eq!(total(app.get(everything, &laocheng).await.json()), street, "outside 老城's scope");
    }

    async fn a_rename_shows_on_the_members_it_names_at_once_keyed_or_not(app) {
        // Rule: names of organizations and areas are kept between renames; a rename of the
        // instance shows at once on every member naming it, whether the PATCH carried an
        // `Idempotency-Key` (committed after the handler) or not.
        let admin = app.token("city_admin").await;
        let branch = app.org_id("育才社区第一网格党支部");
        let listed = format!("/api/v1/members?org_id={branch}&link=membership&limit=1");
        let member = app.get(&listed, &admin).await.json()["items"][0].clone();
        let (member_id, area_id) = (member["id"].as_i64().expect("a member"), member["residence_area_id"].clone());
        let one = format!("/api/v1/members/{member_id}");
        assert_eq!(app.get(&one, &admin).await.json()["membership_org_name"], "育才社区第一网格党支部");
        let org_path = format!("/api/v1/organizations/{branch}");
        let etag = app.get(&org_path, &admin).await.header("etag");
        let renamed = app.patch(&org_path, &admin, etag.as_deref(), json!({"name": "育才社区第一网格第一党支部"})).await;
        assert_eq!(renamed.status, 200, "{}", String::from_utf8_lossy(&renamed.body));
        assert_eq!(app.get(&one, &admin).await.json()["membership_org_name"], "育才社区第一网格第一党支部");
        assert_eq!(app.get(&listed, &admin).await.json()["items"][0]["membership_org_name"], "育才社区第一网格第一党支部");
        let area_path = format!("/api/v1/areas/{area_id}");
        let old_area = app.get(&one, &admin).await.json()["residence_area_name"].clone();
        assert_eq!(app.get(&area_path, &admin).await.json()["name"], old_area, "the member names its area");
        let etag = app.get(&area_path, &admin).await.header("etag").expect("etag");
        let keyed = actix_web::test::TestRequest::patch()
            .uri(&uri(&area_path))
            .set_json(json!({"name": "育才社区东网格"}))
            .insert_header(("Authorization", format!("Bearer {admin}")))
            .insert_header(("If-Match", etag))
            .insert_header(("Idempotency-Key", "rename-the-grid"));
        let renamed = app.send(keyed).await;
        assert_eq!(renamed.status, 200, "{}", String::from_utf8_lossy(&renamed.body));
        assert_eq!(app.get(&one, &admin).await.json()["residence_area_name"], "育才社区东网格");
    }

    async fn moving_an_organization_moves_its_whole_subtree(app) {
        let token = app.token("city_admin").await;
        let general_branch = app.org_id("兴安社区党总支");
        let new_parent = app.org_id("中共老城街道工作委员会");
        let old_street = app.org_id("中共新城街道工作委员会");
        let path = format!("/api/v1/organizations/{general_branch}");
        let dashboard = |org: i64| format!("/api/v1/dashboard?org_id={org}");
        let counted = |d: serde_json::Value| -> i64 {
            d["members"].as_array().into_iter().flatten().filter_map(|l| l["members"].as_i64()).sum()
        };
        let moving = counted(app.get(&dashboard(general_branch), &token).await.json());
        let old_before = counted(app.get(&dashboard(old_street), &token).await.json());
        let new_before = counted(app.get(&dashboard(new_parent), &token).await.json());
        let own_members = format!("/api/v1/members?org_id={general_branch}&link=membership&limit=200");
        let members: Vec<i64> = app.get(&own_members, &token).await.json()["items"].as_array().into_iter().flatten()
            .filter_map(|m| m["id"].as_i64()).collect();
        assert!(!members.is_empty(), "the general branch has members");
        let meetings = app.get(&format!("/api/v1/meetings?org_id={general_branch}&limit=200"), &token).await.json()["total"].clone();
        let etag = app.get(&path, &token).await.header("etag");
        let moved = app.patch(&path, &token, etag.as_deref(), json!({"parent_id": new_parent})).await;
        assert_eq!(moved.status, 200, "{}", String::from_utf8_lossy(&moved.body));
        // The dashboards count the subtree's members under the new street, no longer the old one.
        assert!(moving > 0);
        assert_eq!(counted(app.get(&dashboard(old_street), &token).await.json()), old_before - moving);
        assert_eq!(counted(app.get(&dashboard(new_parent), &token).await.json()), new_before + moving);
        app.assert_counters_agree();
        // Its members and meetings moved with it: the new street holds them, the old one no longer does.
        let listed = |org: i64| format!("/api/v1/members?org_id={org}&link=membership&limit=200");
        let ids_under = |page: serde_json::Value| -> Vec<i64> {
            page["items"].as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()).collect()
        };
        let new_street = ids_under(app.get(&listed(new_parent), &token).await.json());
        assert!(members.iter().all(|id| new_street.contains(id)), "the new street lists the moved members");
        let old_street_ids = ids_under(app.get(&listed(old_street), &token).await.json());
        assert!(members.iter().all(|id| !old_street_ids.contains(id)), "the old street no longer does");
        // A list filtered by the moved organization itself (read above, at its old place) follows it.
        assert_eq!(ids_under(app.get(&own_members, &token).await.json()), members, "its own members, at its new place");
        let member = format!("/api/v1/members/{}", members[0]);
        let old_side = app.token("xincheng_viewer").await;
        app.get(&member, &old_side).await.assert_problem(404, "not-found");
        // A copy kept of the old street learns that they left it.
        let left = app.get("/api/v1/tombstones?resource=member&limit=200", &old_side).await.json();
        let departed: Vec<i64> = left["items"].as_array().into_iter().flatten()
            .filter(|t| t["reason"] == "moved").filter_map(|t| t["id"].as_i64()).collect();
        assert!(members.iter().all(|id| departed.contains(id)), "{left}");
        assert_eq!(app.get(&member, &app.token("laocheng_admin").await).await.status, 200);
        let moved_meetings = app.get(&format!("/api/v1/meetings?org_id={new_parent}&limit=200"), &token).await.json();
        let old_meetings = app.get(&format!("/api/v1/meetings?org_id={old_street}&limit=200"), &token).await.json();
        assert!(moved_meetings["total"].as_i64() >= meetings.as_i64(), "{moved_meetings}");
        assert!(old_meetings["items"].as_array().into_iter().flatten().all(|m| m["org_name"] != "兴安社区第一党支部"));
        assert_eq!(moved.json()["parent_id"], new_parent);
        let under_new = app.get(&format!("/api/v1/organizations?within={new_parent}&q=兴安&limit=200"), &token).await.json();
        assert_eq!(under_new["total"], 4, "the general branch, its two branches and the group moved");
        let under_old = app.get(&format!("/api/v1/organizations?within={old_street}&q=兴安"), &token).await.json();
        assert_eq!(under_old["total"], 0);
        let group = app.get(&format!("/api/v1/organizations?within={general_branch}&kind=group"), &token).await.json();
        assert_eq!(group["items"][0]["depth"], moved.json()["depth"].as_i64().unwrap_or_default() + 2);
        // A node cannot move below its own descendant.
        let branch = app.org_id("兴安社区第一党支部");
        let etag = app.get(&path, &token).await.header("etag");
        let cycle = app.patch(&path, &token, etag.as_deref(), json!({"parent_id": branch})).await;
        assert_eq!(cycle.status, 422);
    }

    async fn moving_an_area_moves_the_members_and_households_living_in_it(app) {
        let token = app.token("city_admin").await;
        let community = app.area_id("兴安社区");
        let new_street = app.area_id("老城街道");
        let living_here = |area: i64| format!("/api/v1/members?area_id={area}&limit=200");
        let ids = |page: serde_json::Value| -> Vec<i64> {
            page["items"].as_array().into_iter().flatten().filter_map(|m| m["id"].as_i64()).collect()
        };
        let residents = ids(app.get(&living_here(community), &token).await.json());
        assert!(!residents.is_empty(), "members live in 兴安社区");
        let households = ids(app.get(&format!("/api/v1/households?area_id={community}&limit=200"), &token).await.json());
        let path = format!("/api/v1/areas/{community}");
        let etag = app.get(&path, &token).await.header("etag");
        let moved = app.patch(&path, &token, etag.as_deref(), json!({"parent_id": new_street})).await;
        assert_eq!(moved.status, 200, "{}", String::from_utf8_lossy(&moved.body));
        let in_street = ids(app.get(&living_here(new_street), &token).await.json());
        assert!(residents.iter().all(|id| in_street.contains(id)), "the new street's area holds its residents");
        // Households are listed by their community, found by its new path.
        assert!(!households.is_empty(), "households live in 兴安社区");
        let after = ids(app.get(&format!("/api/v1/households?area_id={community}&limit=200"), &token).await.json());
        assert_eq!(after, households, "the community still lists its households");
    }

    async fn deleting_an_organization_with_children_is_a_conflict(app) {
        let token = app.token("city_admin").await;
        let committee = app.org_id("育才社区党委");
        let path = format!("/api/v1/organizations/{committee}");
        let etag = app.get(&path, &token).await.header("etag");
        app.delete(&path, &token, etag.as_deref()).await.assert_problem(409, "has-dependents");
        let leaf = app.org_id("育才社区网络党支部");
        let path = format!("/api/v1/organizations/{leaf}");
        let etag = app.get(&path, &token).await.header("etag");
        assert_eq!(app.delete(&path, &token, etag.as_deref()).await.status, 204);
        app.get(&path, &token).await.assert_problem(404, "not-found");
    }

    async fn the_party_hierarchy_and_area_levels_are_enforced(app) {
        let token = app.token("city_admin").await;
        let group_parent = app.org_id("兴安社区第一党支部退休党员党小组");
        let response = app.post("/api/v1/organizations", &token, json!({
            "name": "不应存在的党支部", "kind": "branch", "parent_id": group_parent, "field": "community",
            "setting_type": "independent", "area_id": app.area_id("兴安社区")
        })).await;
        response.assert_problem(422, "organization-hierarchy");
        let response = app.post("/api/v1/areas", &token, json!({
            "name": "不应存在的网格", "kind": "grid", "parent_id": app.area_id("老城街道")
        })).await;
        response.assert_problem(422, "area-hierarchy");
        let created = app.post("/api/v1/areas", &token, json!({
            "name": "育才社区第三网格", "kind": "grid", "parent_id": app.area_id("育才社区")
        })).await;
        assert_eq!(created.status, 201);
        assert!(created.header("location").is_some_and(|l| l.starts_with("/api/v1/areas/")));
    }

    async fn coverage_counts_units_per_field_in_the_organizations_reach(app) {
        let token = app.token("city_admin").await;
        let street = app.org_id("中共老城街道工作委员会");
        let coverage = app.get(&format!("/api/v1/organizations/{street}/coverage"), &token).await.json();
        let buildings = coverage["fields"].as_array().into_iter().flatten().find(|f| f["field"] == "business_building").cloned();
        let buildings = buildings.expect("business buildings in 老城街道");
        assert_eq!(buildings["units"], 4);
        assert_eq!(buildings["covered"], 3);
        assert_eq!(buildings["ratio"], 0.75);
        // The tax bureau sits in the street but its Party hierarchy is the city's: the street still reaches it.
        let units = app.get(&format!("/api/v1/units?within_org={street}&field=government_agency"), &token).await.json();
        assert_eq!(units["items"][0]["name"], "国家税务总局安康市税务局");
        let total_units = coverage["fields"].as_array().into_iter().flatten().filter_map(|f| f["units"].as_i64()).sum::<i64>();
        assert_eq!(coverage["units"], total_units);
    }
}
