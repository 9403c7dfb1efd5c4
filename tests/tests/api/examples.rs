//! The contract's request examples (openapi/examples.json) are valid input: each operation
//! with a JSON body accepts its schema's example, sent by a demo account allowed to, on demo
//! objects it fits. The examples chain as a person would work: the member created is the one
//! changed, the account created is the one that logs in.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use actix_web::test::TestRequest;
use serde_json::Value;
use tests::*;

/// What the test needs of the contract: each JSON-body operation and each schema's example.
struct Contract {
    /// Method, path template and body schema, by operation id.
    operations: BTreeMap<String, (String, String, String)>,
    schemas: Value,
    sent: RefCell<BTreeSet<String>>,
}

impl Contract {
    fn new() -> Contract {
        let document: Value = serde_json::from_str(&api::openapi::document_json()).expect("contract");
        let mut operations = BTreeMap::new();
        for (path, item) in document["paths"].as_object().expect("paths") {
            for (method, operation) in item.as_object().expect("path item") {
                let body = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str();
                if let Some(schema) = body.and_then(|target| target.strip_prefix("#/components/schemas/")) {
                    let id = operation["operationId"].as_str().expect("operation id").to_owned();
                    operations.insert(id, (method.to_uppercase(), path.clone(), schema.to_owned()));
                }
            }
        }
        Contract { operations, schemas: document["components"]["schemas"].clone(), sent: RefCell::default() }
    }

    /// The example of the operation's body schema.
    fn example(&self, operation: &str) -> Value {
        let (_, _, schema) = &self.operations[operation];
        self.schemas[schema]["examples"][0].clone()
    }

    /// Sends `body` to the operation, its path parameters filled in order from `path`.
    async fn send_body<S, B>(&self, app: &TestApp<S>, call: Call<'_>, body: Value) -> TestResponse
    where
        S: actix_web::dev::Service<
                actix_http::Request,
                Response = actix_web::dev::ServiceResponse<B>,
                Error = actix_web::Error,
            >,
        B: actix_web::body::MessageBody,
    {
        let (method, template, _) = &self.operations[call.operation];
        let mut uri = template.clone();
        for value in call.path {
            let (start, end) = (uri.find('{').expect("a path parameter"), uri.find('}').expect("its end"));
            uri.replace_range(start..=end, value);
        }
        let mut request = TestRequest::default().method(method.parse().expect("method")).uri(&uri).set_json(body);
        if !call.token.is_empty() {
            request = request.insert_header(("Authorization", format!("Bearer {}", call.token)));
        }
        if let Some(tag) = call.if_match {
            request = request.insert_header(("If-Match", tag.to_owned()));
        }
        self.sent.borrow_mut().insert(call.operation.to_owned());
        app.send(request).await
    }

    /// Sends the operation's example and asserts it is accepted; the answer (null for 204).
    async fn accepted<S, B>(&self, app: &TestApp<S>, call: Call<'_>) -> Value
    where
        S: actix_web::dev::Service<
                actix_http::Request,
                Response = actix_web::dev::ServiceResponse<B>,
                Error = actix_web::Error,
            >,
        B: actix_web::body::MessageBody,
    {
        let operation = call.operation;
        let response = self.send_body(app, call, self.example(operation)).await;
        let body = String::from_utf8_lossy(&response.body);
        assert!((200..300).contains(&response.status), "{operation} refused its example: {} {body}", response.status);
        if response.body.is_empty() { Value::Null } else { response.json() }
    }
}

/// One call of an operation: who sends it, to what, with which version.
#[derive(Clone, Copy)]
struct Call<'a> {
    operation: &'a str,
    token: &'a str,
    path: &'a [&'a str],
    if_match: Option<&'a str>,
}

fn call<'a>(operation: &'a str, token: &'a str, path: &'a [&'a str]) -> Call<'a> {
    Call { operation, token, path, if_match: None }
}

fn id(value: &Value) -> String {
    value.as_i64().unwrap_or_else(|| panic!("an id: {value}")).to_string()
}

async fn etag<S, B>(app: &TestApp<S>, path: &str, token: &str) -> String
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    app.get(path, token).await.header("ETag").unwrap_or_else(|| panic!("{path} carries an ETag"))
}

/// The id of the member `name` of the organization `org`.
async fn member<S, B>(app: &TestApp<S>, token: &str, name: &str, org: &str) -> String
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let path = format!("/api/v1/members?org_id={}&link=membership&q={name}", app.org_id(org));
    id(&app.get(&path, token).await.json()["items"][0]["id"])
}

on_both_databases! {
    async fn every_request_example_is_accepted_by_the_server(app) {
        let c = Contract::new();
        let (city, street) = (app.token("city_admin").await, app.token("laocheng_admin").await);
        let (grid, sysadmin) = (app.token("yucai_grid").await, app.token("sysadmin").await);
        let secadmin = app.token("secadmin").await;
        let secret = &app.passwords["hotline12345"];
        let grant = json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": secret});
        let issued = app.post("/api/v1/auth/token", "", grant).await.json();
        let hotline = issued["access_token"].as_str().expect("token").to_owned();

        // The structure: a grid, a branch and a unit of 育才社区.
        c.accepted(&app, call("create_area", &city, &[])).await;
        let yucai = app.area_id("育才社区").to_string();
        let tag = etag(&app, &format!("/api/v1/areas/{yucai}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_area", &city, &[&yucai]) }).await;
        let org = id(&c.accepted(&app, call("create_organization", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/organizations/{org}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_organization", &city, &[&org]) }).await;
        let unit = id(&c.accepted(&app, call("create_unit", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/units/{unit}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_unit", &city, &[&unit]) }).await;

        // Members of 育才社区第一网格党支部: a new one, a volunteer who moves house, an applicant.
        let created = id(&c.accepted(&app, call("create_member", &street, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/members/{created}"), &street).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_member", &street, &[&created]) }).await;
        let volunteer = member(&app, &street, "张文斌", "育才社区第一网格党支部").await;
        c.accepted(&app, call("create_member_event", &street, &[&volunteer])).await;
        c.accepted(&app, call("create_member_relocation", &street, &[&volunteer])).await;
        let applicant = member(&app, &street, "孙晓东", "育才社区第一网格党支部").await;
        c.accepted(&app, call("create_development_step", &street, &[&applicant])).await;
        c.accepted(&app, call("create_stage_change", &street, &[&applicant])).await;

        // A candidate's publicity: the period, an objection during it, its dismissal.
        let publicity = c.accepted(&app, call("create_publicity", &street, &[])).await;
        let (site, version) = (id(&publicity["sites"][0]["id"]), format!("\"{}\"", publicity["sites"][0]["version"]));
        c.accepted(&app, Call { if_match: Some(&version), ..call("update_publicity_site", &street, &[&site]) }).await;
        let objected = c.accepted(&app, call("create_publicity_objection", &street, &[&site])).await;
        let objection = id(&objected["sites"][0]["objections"][0]["id"]);
        c.accepted(&app, call("create_publicity_objection_resolution", &street, &[&objection])).await;

        // A transfer returned, issued again and confirmed.
        let transfer = id(&c.accepted(&app, call("create_transfer", &street, &[])).await["id"]);
        c.accepted(&app, call("create_transfer_return", &street, &[&transfer])).await;
        let transfer = id(&c.accepted(&app, call("create_transfer", &street, &[])).await["id"]);
        c.accepted(&app, call("create_transfer_confirmation", &street, &[&transfer])).await;

        // The annual evaluation of 鼓楼社区党委 and a residence opinion.
        let campaign = id(&c.accepted(&app, call("create_evaluation", &street, &[])).await["id"]);
        c.accepted(&app, call("create_evaluation_result", &street, &[&campaign])).await;
        let evaluated = member(&app, &street, "何桂芳", "鼓楼社区第一网格党支部").await;
        c.accepted(&app, call("create_evaluation_opinion", &street, &[&evaluated])).await;

        // Points: a rule and its next version, an award and its reversal; a party lecture.
        let rule = id(&c.accepted(&app, call("create_points_rule", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/points/rules/{rule}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_points_rule", &city, &[&rule]) }).await;
        let entry = id(&c.accepted(&app, call("create_points_entry", &street, &[])).await["id"]);
        c.accepted(&app, call("create_points_entry_reversal", &street, &[&entry])).await;
        c.accepted(&app, call("create_meeting", &street, &[])).await;
        let year = c.example("update_calendar")["days"][0]["date"].as_str().expect("a date")[..4].to_owned();
        c.accepted(&app, call("update_calendar", &sysadmin, &[&year])).await;

        // Resident requests: a category, a department, a household and its visit, a hotline
        // request, and the resident's rating of a request the grid leader resolves.
        c.accepted(&app, call("create_request_category", &city, &[])).await;
        c.accepted(&app, call("create_department", &city, &[])).await;
        let household = id(&c.accepted(&app, call("create_household", &grid, &[])).await["id"]);
        c.accepted(&app, call("create_visit", &grid, &[&household])).await;
        c.accepted(&app, call("create_request", &hotline, &[])).await;
        let assigned = app.get("/api/v1/requests?state=in_progress", &grid).await.json();
        let resolved = c.accepted(&app, call("create_request_step", &grid, &[&id(&assigned["items"][0]["id"])])).await;
        let link = resolved["rating_link"].as_str().expect("a rating link after a resolution");
        c.accepted(&app, call("create_request_rating", "", &[link.trim_start_matches("/rate/")])).await;

        // The hotline's webhook, on a host the security administrator allows.
        c.accepted(&app, call("create_webhook_host", &secadmin, &[])).await;
        let webhook = id(&c.accepted(&app, call("create_webhook", &hotline, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/webhooks/{webhook}"), &hotline).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_webhook", &hotline, &[&webhook]) }).await;

        // Co-building in 老城街道: its joint meeting with a seat, a meeting held and its
        // resolution, a need of 育才社区 met by the tax bureau's volunteers in a project, and
        // the tasks the street assigns: one answered, one withdrawn.
        let joint = id(&c.accepted(&app, call("create_joint_body", &street, &[])).await["id"]);
        c.accepted(&app, call("create_joint_seat", &street, &[&joint])).await;
        let meeting = id(&c.accepted(&app, call("create_joint_meeting", &street, &[&joint])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/joint-meetings/{meeting}"), &street).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_joint_meeting", &street, &[&meeting]) }).await;
        c.accepted(&app, call("create_joint_resolution", &street, &[&meeting])).await;
        c.accepted(&app, call("create_need", &street, &[])).await;
        c.accepted(&app, call("create_resource", &street, &[])).await;
        let project = id(&c.accepted(&app, call("create_project", &street, &[])).await["id"]);
        c.accepted(&app, call("create_project_progress", &street, &[&project])).await;
        c.accepted(&app, call("create_project_transition", &street, &[&project])).await;
        c.accepted(&app, call("create_project_rating", &street, &[&project])).await;
        let task = id(&c.accepted(&app, call("create_task", &street, &[])).await["id"]);
        c.accepted(&app, call("create_task_feedback", &street, &[&task])).await;
        let withdrawn = id(&c.accepted(&app, call("create_task", &street, &[])).await["id"]);
        c.accepted(&app, call("create_task_withdrawal", &street, &[&withdrawn])).await;
        c.accepted(&app, call("create_feedback_report", &street, &[])).await;

        // The community's powers: 育才社区's opinion on a unit located in it, a request from the
        // organization department answered, and the district's access list admitting the work
        // its civil affairs bureau hands to 育才社区.
        c.accepted(&app, call("create_opinion", &street, &[])).await;
        let asked = id(&c.accepted(&app, call("create_opinion_request", &city, &[])).await["id"]);
        c.accepted(&app, call("create_opinion_answer", &street, &[&asked])).await;
        let item = id(&c.accepted(&app, call("create_affairs_item", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/community-affairs/items/{item}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_affairs_item", &city, &[&item]) }).await;
        c.accepted(&app, call("create_assignment", &city, &[])).await;

        // The support ledgers of 育才社区: its space checked again, a young graduate who leaves,
        // a funding line and its naming as a demonstration site.
        let space = id(&c.accepted(&app, call("create_space", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/support/spaces/{space}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_space", &city, &[&space]) }).await;
        let cadre = id(&c.accepted(&app, call("create_cadre", &city, &[])).await["id"]);
        c.accepted(&app, call("create_cadre_departure", &city, &[&cadre])).await;
        let line = id(&c.accepted(&app, call("create_funding_line", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/support/funding/{line}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_funding_line", &city, &[&line]) }).await;
        c.accepted(&app, call("create_demonstration_site", &city, &[])).await;
        let body = id(&c.accepted(&app, call("create_leading_body", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/support/leading-bodies/{body}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_leading_body", &city, &[&body]) }).await;
        let review = id(&c.accepted(&app, call("create_secretary_review", &city, &[])).await["id"]);
        c.accepted(&app, call("create_review_score", &city, &[&review])).await;

        // Online life of 育才社区: a micro Party course changed and completed, a responsibility
        // area whose members change.
        let course = id(&c.accepted(&app, call("create_course", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/courses/{course}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_course", &city, &[&course]) }).await;
        c.accepted(&app, call("create_course_completion", &city, &[&course])).await;
        let post = id(&c.accepted(&app, call("create_practice_post", &city, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/practice-posts/{post}"), &city).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_practice_post", &city, &[&post]) }).await;

        // An account from creation to its second factor: the system administrator creates
        // it, the security administrator grants its role and resets its password, which it
        // logs in with and changes.
        let user = id(&c.accepted(&app, call("create_user", &sysadmin, &[])).await["id"]);
        let tag = etag(&app, &format!("/api/v1/users/{user}"), &secadmin).await;
        c.accepted(&app, Call { if_match: Some(&tag), ..call("update_user", &secadmin, &[&user]) }).await;
        c.accepted(&app, call("create_password_reset", &secadmin, &[&user])).await;
        let first = c.accepted(&app, call("create_token", "", &[])).await;
        c.accepted(&app, call("create_password_change", first["access_token"].as_str().expect("token"), &[])).await;
        let username = c.example("create_user")["username"].as_str().expect("username").to_owned();
        let password = c.example("create_second_factor")["password"].as_str().expect("password").to_owned();
        let session = app.login_with(&username, &password).await.json();
        let access = session["access_token"].as_str().expect("token");
        let setup = c.accepted(&app, call("create_second_factor", access, &[])).await;
        // A code is good for 30 seconds of one secret: the example's is refused for its value
        // alone, and the same body with the code the authenticator shows now is accepted.
        let confirm = call("create_second_factor_confirmation", access, &[]);
        let refused = c.send_body(&app, confirm, c.example(confirm.operation)).await;
        let refusal = (refused.status, refused.field_errors());
        assert_eq!(refusal, (422, vec![("code".to_owned(), "invalid_value".to_owned())]));
        let totp = totp_rs::Totp::from_url(setup["otpauth_url"].as_str().expect("otpauth address")).expect("TOTP");
        let now = u64::try_from(chrono::Utc::now().timestamp()).unwrap_or(0);
        let live = c.send_body(&app, confirm, json!({"code": totp.generate(now).to_string()})).await;
        assert_eq!(live.status, 201, "{}", String::from_utf8_lossy(&live.body));
        c.accepted(&app, call("create_logout", "", &[])).await;

        let sent = c.sent.borrow();
        let unsent: Vec<&String> = c.operations.keys().filter(|operation| !sent.contains(*operation)).collect();
        assert!(unsent.is_empty(), "operations whose JSON example this test does not send: {unsent:?}");
    }
}
