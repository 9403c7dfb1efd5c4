//! The contract. Building it needs no database: the routes document themselves
//! (utoipa-actix-web) and this module adds what every operation shares.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use domain::access::scopes::{self, ApiScope};

use utoipa::openapi::path::{HttpMethod, Operation};
use utoipa::openapi::schema::Schema;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, ResponseBuilder};
use utoipa::{OpenApi as _, ToSchema};
use utoipa_actix_web::AppExt;

use crate::error::{FieldError, Problem};
use crate::routes;

#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "dangjian 城市基层党建平台 API",
        description = "Urban grassroots Party-building platform: organizations, areas, units, members, \
                       two-place rules, points, resident requests. Conventions: lists take `limit` (1–200, \
                       default 20) and `offset` or the `cursor` of the previous page, and answer `{items, \
                       total, limit, offset, next_cursor}`; lists that keep change times take \
                       `updated_since`; errors are RFC 9457 `application/problem+json` with a stable \
                       `type`; single resources carry an `ETag` and PATCH/DELETE need `If-Match`; POST and \
                       PATCH take an `Idempotency-Key`; timestamps are RFC 3339 UTC. Code lists (enums) may \
                       grow within v1: clients must accept values they do not know. See \
                       docs/INTEGRATION.md.",
        license(name = "MIT", identifier = "MIT"),
        contact(name = "dangjian maintainers", url = "https://dangjian.example.gov.cn/docs/INTEGRATION.md")
    ),
    servers((url = "/", description = "The server that serves this contract")),
    tags(
        (name = "auth", description = "Tokens: password, refresh token, client credentials"),
        (name = "me", description = "The caller's own account"),
        (name = "users", description = "Accounts, roles and scopes (三员分立)"),
        (name = "areas", description = "Governance areas: city → district → street → community → grid → central household"),
        (name = "organizations", description = "Party organizations (党组织) and coverage"),
        (name = "units", description = "Units located in areas (驻区单位)"),
        (name = "members", description = "Party members of the four categories (党员), their history, import and export"),
        (name = "transfers", description = "Transfer of membership (组织关系转接)"),
        (name = "development", description = "The development pipeline (发展党员): steps, stage changes and what is missing"),
        (name = "publicities", description = "Two-place publicity (两地公示)"),
        (name = "evaluations", description = "Annual democratic evaluation with two-place opinions (两地评议)"),
        (name = "calendar", description = "The working-day calendar (工作日历)"),
        (name = "points", description = "Points-based management (积分制): rules, ledger, balances, rankings"),
        (name = "meetings", description = "Organizational life (三会一课, 主题党日) and compliance"),
        (name = "requests", description = "Resident requests (接诉即办): intake, dispatch, clocks, rating"),
        (name = "households", description = "Households of the grids and household visits (入户走访)"),
        (name = "joint-meetings", description = "Joint meetings (联席会) of streets and communities: seats, meetings, resolutions"),
        (name = "co-building", description = "Co-building (共驻共建): needs, resources, projects and tasks"),
        (name = "opinions", description = "The community's assessment opinions (鉴定权) on units, residents and cadres, and requests for them"),
        (name = "community-affairs", description = "The community affairs access list (社区事务准入), work handed to communities and the refusals"),
        (name = "online", description = "Online branches (网络党支部): micro Party courses with completions and time spent, members' practice posts (党员示范岗, 先锋团队, 责任区)"),
        (name = "support", description = "Support ledgers (基础保障): community office space, cadres and young graduates, funding lines, demonstration sites"),
        (name = "dashboard", description = "Counts for the dashboards of every level"),
        (name = "alerts", description = "Deadlines and alerts for the caller's scope"),
        (name = "audit-events", description = "The audit log (audit administrator only)"),
        (name = "tombstones", description = "What was deleted or left the caller's part of the tree, for copies kept in step with the change feed"),
        (name = "webhooks", description = "Webhook subscriptions of the caller's account, their delivery log and redelivery (Standard Webhooks)"),
        (name = "webhook-hosts", description = "The hosts webhook deliveries may go to (security administrator)"),
        (name = "health", description = "Liveness and readiness")
    )
)]
struct ApiDoc;

/// Operations that need no bearer token.
const PUBLIC_OPERATIONS: &[&str] = &["create_token", "create_logout", "get_health", "get_readiness"];

/// Deletions of things that never change (a file, an allowed host): no version to match.
const UNVERSIONED_DELETES: &[&str] = &["delete_attachment", "delete_webhook_host", "delete_joint_seat"];

/// Whether an operation changes a versioned resource, and so needs `If-Match`.
fn conditional(method: &HttpMethod, operation: &Operation) -> bool {
    match method {
        HttpMethod::Patch => true,
        HttpMethod::Delete => !operation.operation_id.as_deref().is_some_and(|id| UNVERSIONED_DELETES.contains(&id)),
        _ => false,
    }
}

/// Error responses an operation can give, by method.
fn problem_statuses(method: &HttpMethod, public: bool, conditional: bool) -> Vec<(&'static str, &'static str)> {
    let mut statuses = vec![("404", "Not found (or outside the caller's scope)"), ("422", "Invalid input")];
    if !public {
        statuses.push(("401", "Missing, invalid or expired access token"));
        statuses.push(("403", "The caller's roles do not allow this"));
    }
    if matches!(method, HttpMethod::Post | HttpMethod::Patch | HttpMethod::Put) {
        statuses.push(("400", "Malformed JSON"));
        statuses.push(("409", "Conflicts with existing data, or a request with the same Idempotency-Key is running"));
        statuses.push(("413", "Body larger than 1 MiB"));
        statuses.push(("415", "Body is not application/json"));
    }
    if matches!(method, HttpMethod::Patch | HttpMethod::Delete) {
        statuses.push(("409", "Conflicts with existing data"));
    }
    if conditional {
        statuses.push(("412", "The resource changed since it was read"));
        statuses.push(("428", "If-Match header missing"));
    }
    statuses.push(("429", "Too many requests: see `Retry-After`, `RateLimit-Policy` and `RateLimit`"));
    statuses.push(("500", "Internal error"));
    statuses
}

fn problem_response(description: &str) -> RefOr<utoipa::openapi::Response> {
    let content = ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build();
    RefOr::T(ResponseBuilder::new().description(description).content("application/problem+json", content).build())
}

/// Resources changed with `If-Match` carry an `ETag` on GET and PATCH.
fn document_etag(conditional: bool, method: &HttpMethod, operation: &mut Operation) {
    let carries = conditional && matches!(method, HttpMethod::Get | HttpMethod::Patch);
    if let Some(RefOr::T(response)) = operation.responses.responses.get_mut("200").filter(|_| carries) {
        let header = utoipa::openapi::HeaderBuilder::new()
            .schema(Some(utoipa::openapi::ObjectBuilder::new().schema_type(utoipa::openapi::schema::Type::String)))
            .description(Some("Version of the resource, for If-Match"))
            .build();
        response.headers.insert("ETag".to_owned(), RefOr::T(header));
    }
}

/// A 201 names what it created in `Location`.
fn document_location(operation: &mut Operation) {
    use utoipa::openapi::{HeaderBuilder, ObjectBuilder, schema::Type};
    if let Some(RefOr::T(response)) = operation.responses.responses.get_mut("201") {
        let location = HeaderBuilder::new()
            .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
            .description(Some("The created resource, or the one it was added to"))
            .build();
        response.headers.insert("Location".to_owned(), RefOr::T(location));
    }
}

/// POST and PATCH take an `Idempotency-Key` (see `crate::idempotency`); a kept answer says so.
fn document_idempotency(method: &HttpMethod, operation: &mut Operation) {
    use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
    use utoipa::openapi::{HeaderBuilder, ObjectBuilder, Required, schema::Type};
    let token_endpoint = matches!(operation.operation_id.as_deref(), Some("create_token" | "create_logout"));
    if !matches!(method, HttpMethod::Post | HttpMethod::Patch) || token_endpoint {
        return;
    }
    let key = ParameterBuilder::new()
        .name("Idempotency-Key")
        .parameter_in(ParameterIn::Header)
        .required(Required::False)
        .description(Some(
            "A unique value per request (a UUID) that makes a retry safe: the same key with the same request \
             within 24 hours is answered with the first answer and `Idempotent-Replayed: true`, without a \
             second write; with another request, 422 `idempotency-key-reused`; while the first is running, \
             409 `idempotency-key-in-use`. Keys belong to the caller's account.",
        ))
        .schema(Some(ObjectBuilder::new().schema_type(Type::String).min_length(Some(1)).max_length(Some(255))))
        .build();
    operation.parameters.get_or_insert_with(Vec::new).push(RefOr::T(key));
    for (status, response) in operation.responses.responses.iter_mut() {
        let RefOr::T(response) = response else { continue };
        if status.starts_with('2') {
            let replayed = HeaderBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String).enum_values(Some(["true"]))))
                .description(Some("Present on the kept answer to a retried request"))
                .build();
            response.headers.insert("Idempotent-Replayed".to_owned(), RefOr::T(replayed));
        }
    }
}

/// An operation documented by its summary alone gets the facts every client needs: who may
/// call it, how it pages, whether a retry is safe, how it refuses.
fn document_description(method: &HttpMethod, operation: &mut Operation, public: bool) {
    if operation.description.as_deref().is_some_and(|text| !text.trim().is_empty()) {
        return;
    }
    let takes = |name: &str| {
        operation.parameters.iter().flatten().any(|p| matches!(p, RefOr::T(parameter) if parameter.name == name))
    };
    let mut text = Vec::new();
    if let Some(summary) = operation.summary.as_deref() {
        text.push(format!("{}.", summary.trim().trim_end_matches('.')));
    }
    text.push(match (public, needed_scope(method, operation)) {
        (true, _) => "Needs no access token.".to_owned(),
        (false, Some(scope)) => format!(
            "Needs a person's access token whose roles allow it, or a service account's token with the `{}` scope.",
            scope.code()
        ),
        (false, None) => "Needs an access token whose roles allow it.".to_owned(),
    });
    if takes("cursor") {
        text.push("Answers one page; pass `next_cursor` as `cursor` for the next (the page deep in a long list costs what the first one costs).".to_owned());
    }
    if takes("updated_since") {
        text.push("With `updated_since`, only what changed since then, in the order of change.".to_owned());
    }
    if matches!(method, HttpMethod::Post | HttpMethod::Patch) && takes("Idempotency-Key") {
        text.push("Safe to retry with an `Idempotency-Key`.".to_owned());
    }
    if conditional(method, operation) {
        text.push("Needs `If-Match` with the `ETag` last read.".to_owned());
    }
    text.push("Refusals are problem documents whose `type` is listed in `Problem`.".to_owned());
    operation.description = Some(text.join(" "));
}

fn finish_operation(method: &HttpMethod, operation: &mut Operation) {
    // `security(())` on an operation says it needs no login (a resident's page, a rating link).
    let open = operation
        .security
        .as_ref()
        .is_some_and(|s| !s.is_empty() && s.iter().all(|r| *r == SecurityRequirement::default()));
    let public = open || operation.operation_id.as_deref().is_some_and(|id| PUBLIC_OPERATIONS.contains(&id));
    if operation.operation_id.as_deref() == Some("create_token") {
        operation
            .responses
            .responses
            .insert("401".to_owned(), problem_response("Wrong credentials or an invalid refresh token"));
        operation.responses.responses.insert("429".to_owned(), problem_response("Account locked; see Retry-After"));
    }
    document_idempotency(method, operation);
    document_location(operation);
    document_description(method, operation, public);
    for (status, description) in problem_statuses(method, public, conditional(method, operation)) {
        operation.responses.responses.entry(status.to_owned()).or_insert_with(|| problem_response(description));
    }
    if public {
        operation.security = Some(Vec::new());
    } else {
        // A person's bearer token, or a service account's token with the operation's scope.
        let scope: Vec<String> = needed_scope(method, operation).map(|s| s.code().to_owned()).into_iter().collect();
        operation.security = Some(vec![
            SecurityRequirement::new("bearer", Vec::<String>::new()),
            SecurityRequirement::new("oauth2", scope),
        ]);
    }
}

/// The OAuth 2.0 scope an operation needs, from its tag (see `domain::access::scopes`).
fn needed_scope(method: &HttpMethod, operation: &Operation) -> Option<ApiScope> {
    let resource = operation.tags.as_ref().and_then(|tags| tags.first())?;
    scopes::needed(resource, !matches!(method, HttpMethod::Get))
}

/// The scope each documented operation needs, by path template and method, for checking
/// tokens against (`auth::scopes`).
pub fn operation_scopes(api: &OpenApi) -> HashMap<(String, String), Option<ApiScope>> {
    let mut table = HashMap::new();
    for (path, item) in &api.paths.paths {
        for (method, name, operation) in [
            (HttpMethod::Get, "GET", &item.get),
            (HttpMethod::Post, "POST", &item.post),
            (HttpMethod::Put, "PUT", &item.put),
            (HttpMethod::Patch, "PATCH", &item.patch),
            (HttpMethod::Delete, "DELETE", &item.delete),
        ] {
            if let Some(operation) = operation {
                table.insert((path.clone(), name.to_owned()), needed_scope(&method, operation));
            }
        }
    }
    table
}

/// Client credentials for third-party systems, with every scope a service account may be
/// allowed.
fn oauth2_scheme() -> SecurityScheme {
    use utoipa::openapi::security::{ClientCredentials, Flow, OAuth2, Scopes};
    let scopes = ApiScope::ALL.iter().map(|s| (s.code().to_owned(), s.chinese_name().to_owned()));
    let flow = ClientCredentials::new("/api/v1/auth/token", Scopes::from_iter(scopes));
    SecurityScheme::OAuth2(OAuth2::with_description(
        [Flow::ClientCredentials(flow)],
        "Service accounts: client credentials (form-encoded or JSON, client authentication in the body or \
         HTTP Basic) with `scope`; an operation outside the token's scopes answers 403 `insufficient-scope`.",
    ))
}

/// What each problem type means, from docs/PROBLEMS.md (`| `/problems/code` | status | meaning |`).
fn problem_meanings() -> Vec<(&'static str, &'static str)> {
    include_str!("../../docs/PROBLEMS.md")
        .lines()
        .filter_map(|line| {
            let mut cells = line.strip_prefix("| `")?.splitn(3, " | ");
            let code = cells.next()?.strip_suffix('`')?;
            Some((code, cells.nth(1)?.trim_end_matches(" |").trim()))
        })
        .collect()
}

/// The problem document, its `type` an open list: one of the types below with their meaning,
/// or a type added later, which clients must accept.
fn problem_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, Schema, Type};
    let mut schema = <Problem as utoipa::PartialSchema>::schema();
    if let RefOr::T(Schema::Object(object)) = &mut schema {
        let meanings = problem_meanings();
        let table: Vec<String> = meanings.iter().map(|(code, meaning)| format!("- `{code}`: {meaning}")).collect();
        let known = ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(crate::problems::CODES.iter().map(|code| format!("/problems/{code}"))))
            .description(Some(format!("The problem types of this version:\n\n{}", table.join("\n"))));
        let later = ObjectBuilder::new().schema_type(Type::String).description(Some("A problem type added later"));
        let open = AnyOfBuilder::new()
            .item(known)
            .item(later)
            .description(Some("Stable problem type, `/problems/<code>` (docs/PROBLEMS.md)"));
        object.properties.insert("type".to_owned(), RefOr::T(Schema::AnyOf(open.build())));
    }
    schema
}

fn finish(mut api: OpenApi) -> OpenApi {
    crate::examples::add(&mut api);
    open_code_lists(&mut api);
    let components = api.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
    );
    components.add_security_scheme("oauth2", oauth2_scheme());
    let mut schemas = Vec::new();
    <Problem as ToSchema>::schemas(&mut schemas);
    <FieldError as ToSchema>::schemas(&mut schemas);
    components.schemas.insert("Problem".to_owned(), problem_schema());
    components.schemas.insert("FieldError".to_owned(), <FieldError as utoipa::PartialSchema>::schema());
    for (name, schema) in schemas {
        components.schemas.entry(name).or_insert(schema);
    }
    for item in api.paths.paths.values_mut() {
        let conditional = item.patch.is_some() || item.delete.is_some();
        for (method, operation) in [
            (HttpMethod::Get, &mut item.get),
            (HttpMethod::Post, &mut item.post),
            (HttpMethod::Put, &mut item.put),
            (HttpMethod::Patch, &mut item.patch),
            (HttpMethod::Delete, &mut item.delete),
        ] {
            if let Some(operation) = operation {
                finish_operation(&method, operation);
                document_etag(conditional, &method, operation);
                document_files(operation);
            }
        }
    }
    api
}

/// Spreadsheets, CSV and attachments travel as files: clients send and receive bytes.
fn document_files(operation: &mut Operation) {
    use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
    let bodies = operation.request_body.iter_mut().filter_map(|body| match body {
        RefOr::T(body) => Some(body.content.iter_mut()),
        RefOr::Ref(_) => None,
    });
    let answers = operation.responses.responses.values_mut().filter_map(|response| match response {
        RefOr::T(response) => Some(response.content.iter_mut()),
        RefOr::Ref(_) => None,
    });
    for (media_type, content) in bodies.flatten().chain(answers.flatten()) {
        if let (false, RefOr::T(content)) = (media_type.contains("json"), content) {
            let file = ObjectBuilder::new()
                .schema_type(Type::String)
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)));
            content.schema = Some(RefOr::T(file.into()));
        }
    }
}

/// Code lists may grow within v1 (docs/INTEGRATION.md). Where the server answers one, the
/// contract says "a known value or a later one", so generated clients keep working when a
/// value is added; what clients send stays closed, as the server refuses values it does not know.
fn open_code_lists(api: &mut OpenApi) {
    let Some(components) = api.components.as_mut() else { return };
    let lists: BTreeSet<String> = components
        .schemas
        .iter()
        .filter(|(_, schema)| matches!(schema, RefOr::T(Schema::Object(object)) if object.enum_values.is_some()))
        .map(|(name, _)| name.clone())
        .collect();
    // Schemas clients send, with everything they refer to.
    let mut sent: BTreeSet<String> = api
        .paths
        .paths
        .values()
        .flat_map(|item| [&item.get, &item.post, &item.put, &item.patch, &item.delete])
        .flatten()
        .filter_map(|operation| operation.request_body.as_ref())
        .flat_map(referenced)
        .collect();
    let mut pending: Vec<String> = sent.iter().cloned().collect();
    while let Some(name) = pending.pop() {
        for next in components.schemas.get(&name).map(referenced).unwrap_or_default() {
            if sent.insert(next.clone()) {
                pending.push(next);
            }
        }
    }
    for (name, schema) in components.schemas.iter_mut() {
        if !sent.contains(name) && !lists.contains(name) {
            open_refs(schema, &lists);
        }
    }
}

/// The component schemas a part of the contract refers to.
fn referenced<T: serde::Serialize>(part: &T) -> Vec<String> {
    fn collect(value: &serde_json::Value, names: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(target)) = map.get("$ref") {
                    names.extend(target.strip_prefix("#/components/schemas/").map(str::to_owned));
                }
                map.values().for_each(|v| collect(v, names));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, names)),
            _ => {}
        }
    }
    let mut names = Vec::new();
    collect(&serde_json::to_value(part).unwrap_or_default(), &mut names);
    names
}

/// Replaces each reference to a code list in `schema` by "the list, or a later value".
fn open_refs(schema: &mut RefOr<Schema>, lists: &BTreeSet<String>) {
    use utoipa::openapi::schema::{AnyOfBuilder, ArrayItems, ObjectBuilder, Type};
    match schema {
        RefOr::Ref(reference) => {
            let name = reference.ref_location.rsplit('/').next().unwrap_or_default();
            if lists.contains(name) {
                let description = std::mem::take(&mut reference.description);
                let known = RefOr::Ref(Ref::new(reference.ref_location.clone()));
                let later = ObjectBuilder::new().schema_type(Type::String).description(Some("A value added later"));
                let open = AnyOfBuilder::new()
                    .item(known)
                    .item(later)
                    .description((!description.is_empty()).then_some(description));
                *schema = RefOr::T(Schema::AnyOf(open.build()));
            }
        }
        RefOr::T(Schema::Object(object)) => object.properties.values_mut().for_each(|p| open_refs(p, lists)),
        RefOr::T(Schema::Array(array)) => {
            if let ArrayItems::RefOrSchema(items) = &mut array.items {
                open_refs(items, lists);
            }
        }
        RefOr::T(Schema::OneOf(one_of)) => one_of.items.iter_mut().for_each(|s| open_refs(s, lists)),
        RefOr::T(Schema::AllOf(all_of)) => all_of.items.iter_mut().for_each(|s| open_refs(s, lists)),
        RefOr::T(Schema::AnyOf(any_of)) => any_of.items.iter_mut().for_each(|s| open_refs(s, lists)),
        RefOr::T(_) => {}
    }
}

/// The full contract, as served at `/openapi.json` and committed in `openapi/openapi.json`.
pub fn document() -> OpenApi {
    let (_, api) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(routes::configure)
        .split_for_parts();
    finish(api)
}

/// The contract as pretty JSON with a final newline.
pub fn document_json() -> String {
    let mut json = document().to_pretty_json().unwrap_or_default();
    json.push('\n');
    json
}

/// Documented methods per path template, for telling 404 from 405.
pub fn route_table(api: &OpenApi) -> BTreeMap<String, Vec<&'static str>> {
    api.paths
        .paths
        .iter()
        .map(|(path, item)| {
            let methods = [
                ("GET", item.get.is_some()),
                ("POST", item.post.is_some()),
                ("PUT", item.put.is_some()),
                ("PATCH", item.patch.is_some()),
                ("DELETE", item.delete.is_some()),
            ]
            .into_iter()
            .filter_map(|(name, present)| present.then_some(name))
            .collect();
            (path.clone(), methods)
        })
        .collect()
}
