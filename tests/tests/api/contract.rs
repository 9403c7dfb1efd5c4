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

on_both_databases! {
    async fn every_documented_operation_is_served(app) {
        let document: serde_json::Value = serde_json::from_str(&api::openapi::document_json()).expect("JSON");
        for (path, item) in document["paths"].as_object().expect("paths") {
            let concrete = path.replace("{id}", "1");
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
