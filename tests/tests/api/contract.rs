//! The committed contract matches the code, and every documented operation is served.

use actix_web::test::TestRequest;
use tests::*;

#[test]
fn committed_openapi_matches_the_code() {
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json"))
        .expect("openapi/openapi.json");
    let generated = api::openapi::document_json();
    assert!(committed == generated, "openapi/openapi.json is stale: run `make openapi` and commit it");
}

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The keys of the `problem` block of a locale file.
fn locale_problems(path: &str) -> Vec<String> {
    let text = read(path);
    let start = text.find("\n  problem: {").unwrap_or_else(|| panic!("{path} has a problem block"));
    let block = &text[start..start + text[start..].find("\n  },").expect("end of the block")];
    block
        .lines()
        .filter_map(|line| line.trim().split_once(':').map(|(key, _)| key.trim_matches('\'').to_owned()))
        .collect()
}

/// The codes the sources raise as problems: `code: "…"` in rules, `Refusal::new|until("…"`
/// in the development rules, `=> "…"` in the domain's refusal `code()` functions and the
/// `(code, title)` pairs of the error type.
fn raised_codes() -> std::collections::BTreeSet<String> {
    let kebab = "[a-z]+(?:-[a-z]+)+";
    let patterns = [
        format!(r#"code: "({kebab})""#),
        format!(r#"Refusal::(?:new|until)\(\s*"({kebab})""#),
        format!(r#"=> "({kebab})""#),
        r#"=> \("([a-z]+(?:-[a-z]+)*)", ""#.to_owned(),
    ];
    let patterns: Vec<regex::Regex> = patterns.iter().map(|p| regex::Regex::new(p).expect("pattern")).collect();
    let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    let mut pending = vec![root.join("api/src"), root.join("domain/src")];
    let mut codes = std::collections::BTreeSet::new();
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder") {
            let path = entry.expect("source entry").path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            // The audit log's retention refusals answer the command line, not HTTP.
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("domain/src/audit.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            for pattern in &patterns {
                codes.extend(pattern.captures_iter(&text).map(|c| c[1].to_owned()));
            }
        }
    }
    codes
}

#[test]
fn every_problem_type_is_documented_translated_and_in_the_contract() {
    let listed: std::collections::BTreeSet<String> = api::problems::CODES.iter().map(|c| (*c).to_owned()).collect();
    let unlisted: Vec<String> = raised_codes().difference(&listed).cloned().collect();
    assert!(unlisted.is_empty(), "raised but not in api::problems::CODES: {unlisted:?}");
    let docs = read("docs/PROBLEMS.md");
    let undocumented: Vec<&String> = listed
        .iter()
        .filter(|c| !docs.contains(&format!("/problems/{c}`")) && !docs.contains(&format!("`{c}`")))
        .collect();
    assert!(undocumented.is_empty(), "not in docs/PROBLEMS.md: {undocumented:?}");
    for locale in ["frontend/src/locales/zh-CN.ts", "frontend/src/locales/en.ts"] {
        let keys = locale_problems(locale);
        let untranslated: Vec<&String> = listed.iter().filter(|c| !keys.contains(c)).collect();
        assert!(untranslated.is_empty(), "not in {locale}: {untranslated:?}");
    }
    let document: serde_json::Value = serde_json::from_str(&api::openapi::document_json()).expect("JSON");
    let in_contract: Vec<String> =
        document["components"]["schemas"]["Problem"]["properties"]["type"]["anyOf"][0]["enum"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_str().and_then(|t| t.strip_prefix("/problems/")).map(str::to_owned))
            .collect();
    assert_eq!(
        in_contract.into_iter().collect::<std::collections::BTreeSet<_>>(),
        listed,
        "Problem.type lists every code"
    );
}

/// The keys of a top-level block of a locale file, if it has one.
fn locale_block(path: &str, block: &str) -> Option<Vec<String>> {
    let text = read(path);
    let start = text.find(&format!("\n  {block}: {{"))?;
    let body = &text[start..start + text[start..].find("\n  },")?];
    Some(
        body.lines()
            .skip(2)
            .filter_map(|line| line.trim().split_once(':').map(|(key, _)| key.trim_matches('\'').to_owned()))
            .collect(),
    )
}

#[test]
fn every_code_the_server_sends_has_a_label_in_both_languages() {
    let document: serde_json::Value = serde_json::from_str(&api::openapi::document_json()).expect("JSON");
    let mut checked = 0;
    for (name, schema) in document["components"]["schemas"].as_object().expect("schemas") {
        let Some(values) = schema["enum"].as_array() else { continue };
        // The SPA keeps the labels of `AlertKind` under `alertKind`, and so on.
        let block = format!("{}{}", name[..1].to_lowercase(), &name[1..]);
        for locale in ["frontend/src/locales/zh-CN.ts", "frontend/src/locales/en.ts"] {
            let Some(keys) = locale_block(locale, &block) else { continue };
            checked += 1;
            let missing: Vec<&str> =
                values.iter().filter_map(|v| v.as_str()).filter(|v| !keys.iter().any(|k| k == v)).collect();
            assert!(missing.is_empty(), "{locale} `{block}` lacks {missing:?}");
        }
    }
    assert!(checked > 40, "the code lists are found in both locales ({checked})");
    let kinds = document["components"]["schemas"]["AlertKind"]["enum"].as_array().cloned().unwrap_or_default();
    for locale in ["frontend/src/locales/zh-CN.ts", "frontend/src/locales/en.ts"] {
        let details = locale_block(locale, "alertDetail").unwrap_or_default();
        let missing: Vec<&str> =
            kinds.iter().filter_map(|k| k.as_str()).filter(|k| !details.iter().any(|d| d == k)).collect();
        assert!(missing.is_empty(), "{locale} renders no detail of the alerts {missing:?}");
    }
}

#[test]
fn every_operation_is_named_verb_resource_and_every_error_is_a_problem() {
    let document: serde_json::Value = serde_json::from_str(&api::openapi::document_json()).expect("JSON");
    let verbs = ["list_", "get_", "create_", "update_", "delete_"];
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            let id = operation["operationId"].as_str().unwrap_or_else(|| panic!("{method} {path} has no operationId"));
            assert!(verbs.iter().any(|v| id.starts_with(v)), "{id} is not <verb>_<resource>");
            for (status, response) in operation["responses"].as_object().expect("responses") {
                assert!(
                    response["description"].as_str().is_some_and(|d| !d.is_empty()),
                    "{id} {status} has no description"
                );
                if status.starts_with('4') || status.starts_with('5') {
                    assert!(
                        response["content"]["application/problem+json"].is_object(),
                        "{id} {status} is not documented as a problem"
                    );
                }
            }
        }
    }
}

/// Third-party systems read from the contract which scope each operation needs; only the
/// caller's own account needs none, and public operations say `security: []`.
#[test]
fn every_operation_declares_how_it_is_authorized_and_which_scope_it_needs() {
    let document: serde_json::Value = serde_json::from_str(&api::openapi::document_json()).expect("JSON");
    let flows = &document["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"];
    assert_eq!(flows["tokenUrl"], "/api/v1/auth/token");
    let declared: Vec<&String> = flows["scopes"].as_object().expect("scopes").keys().collect();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            let id = operation["operationId"].as_str().unwrap_or_default();
            let security = operation["security"].as_array().unwrap_or_else(|| panic!("{id} declares no security"));
            if security.is_empty() {
                let open = ["/api/v1/auth/", "/api/v1/public/", "/api/v1/request-ratings/"];
                assert!(open.iter().any(|p| path.starts_with(p)) || path.ends_with("z"), "{id} is public");
                continue;
            }
            let scopes =
                security.iter().find_map(|s| s["oauth2"].as_array()).unwrap_or_else(|| panic!("{id}: no oauth2"));
            if path == "/api/v1/me" || path.starts_with("/api/v1/me/") {
                assert!(scopes.is_empty(), "{id}: one's own account needs no scope");
                continue;
            }
            assert_eq!(scopes.len(), 1, "{method} {path} needs one scope");
            let scope = scopes[0].as_str().unwrap_or_default();
            assert!(declared.iter().any(|d| *d == scope), "{id}: `{scope}` is not a declared scope");
            assert!(method != "get" || !scope.ends_with(":write"), "{id}: reading needs no write scope");
        }
    }
}

on_both_databases! {
    async fn every_documented_operation_is_served(app) {
        let document: serde_json::Value = serde_json::from_str(&api::openapi::document_json()).expect("JSON");
        for (path, item) in document["paths"].as_object().expect("paths") {
            // Every path parameter (`{id}`, `{token}`, ...) becomes `1`.
            let concrete = path.split('/').map(|part| if part.starts_with('{') { "1" } else { part }).collect::<Vec<_>>().join("/");
            for method in item.as_object().expect("path item").keys() {
                let request = TestRequest::default().method(method.to_uppercase().parse().expect("method")).uri(&concrete);
                let response = app.send(request).await;
                assert_ne!(response.status, 405, "{method} {path} is documented but not served");
                if response.status == 404 {
                    // Only "no such record", never "no such route": that needs a valid caller.
                    assert!(concrete.contains("/1"), "{method} {path} is documented but not served");
                }
            }
        }
        let docs = app.send(TestRequest::get().uri("/docs/")).await;
        assert_eq!(docs.status, 200, "the API docs UI is served");
        let contract = app.send(TestRequest::get().uri("/openapi.json")).await;
        assert_eq!(contract.status, 200);
        assert_eq!(contract.json()["info"]["title"], document["info"]["title"]);
    }
}
