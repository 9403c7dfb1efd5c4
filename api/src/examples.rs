//! The contract's examples: one per request and response body schema, kept in
//! `openapi/examples.json` (request examples written by hand, response examples captured
//! from the demo city by `scripts/capture-examples.py`).

use serde_json::{Map, Value};
use utoipa::openapi::schema::Schema;
use utoipa::openapi::{OpenApi, RefOr};

/// The example of each schema, by component name.
fn examples() -> Map<String, Value> {
    // A file that does not parse leaves every schema without its example, which the test below
    // reports.
    serde_json::from_str(include_str!("../../openapi/examples.json")).unwrap_or_default()
}

/// Puts each schema's example from `openapi/examples.json` into the contract, as the OAS 3.1
/// `examples` of the schema.
pub fn add(api: &mut OpenApi) {
    let Some(components) = api.components.as_mut() else { return };
    for (name, example) in examples() {
        let examples = match components.schemas.get_mut(&name) {
            Some(RefOr::T(Schema::Object(object))) => &mut object.examples,
            Some(RefOr::T(Schema::AllOf(all_of))) => &mut all_of.examples,
            _ => continue,
        };
        *examples = vec![example];
    }
}

/// The problem document's example: `openapi::finish` puts `Problem` in after the examples, so
/// it carries its example itself.
pub fn problem() -> Value {
    examples().remove("Problem").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    /// The component schemas used as the JSON body of a request or of a 2xx answer.
    fn body_schemas(document: &Value) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        for item in document["paths"].as_object().into_iter().flat_map(|paths| paths.values()) {
            for operation in item.as_object().into_iter().flat_map(|methods| methods.values()) {
                let answers = operation["responses"].as_object().into_iter().flatten();
                let bodies = answers.filter(|(status, _)| status.starts_with('2')).map(|(_, answer)| answer);
                for body in bodies.chain([&operation["requestBody"]]) {
                    for (media_type, content) in body["content"].as_object().into_iter().flatten() {
                        let target = content["schema"]["$ref"].as_str().unwrap_or_default();
                        if let Some(name) = target.strip_prefix("#/components/schemas/")
                            && media_type.contains("json")
                        {
                            names.insert(name.to_owned());
                        }
                    }
                }
            }
        }
        names
    }

    #[test]
    fn every_body_schema_has_an_example_and_every_example_a_schema() {
        let document = serde_json::to_value(crate::openapi::document()).unwrap_or_default();
        let schemas = &document["components"]["schemas"];
        let mut needed = body_schemas(&document);
        assert!(needed.len() > 100, "the contract's body schemas are found ({})", needed.len());
        needed.insert("Problem".to_owned());
        let without: Vec<&String> =
            needed.iter().filter(|name| schemas[name.as_str()]["examples"][0].is_null()).collect();
        assert!(without.is_empty(), "no example in openapi/examples.json for {without:?}");
        let unknown: Vec<String> =
            super::examples().keys().filter(|name| schemas[name.as_str()].is_null()).cloned().collect();
        assert!(unknown.is_empty(), "openapi/examples.json names schemas the contract does not have: {unknown:?}");
    }
}
