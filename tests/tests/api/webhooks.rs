//! Webhooks: subscriptions to allowed hosts only, deliveries signed the Standard Webhooks way,
//! in the order of each object's changes, tried again after a failure, logged and redelivered
//! by hand. A real HTTP receiver listens on a local port; the test drives the delivery worker.

use std::sync::{Arc, Mutex};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use base64::Engine as _;
use domain::access::Role;
use tests::*;

/// What the receiver got: the signature headers and the body.
#[derive(Debug, Clone)]
struct Received {
    id: String,
    timestamp: i64,
    signature: String,
    body: Vec<u8>,
}

#[derive(Clone, Default)]
struct Receiver {
    got: Arc<Mutex<Vec<Received>>>,
    /// The status it answers with.
    answer: Arc<Mutex<u16>>,
}

impl Receiver {
    /// Starts listening on a free local port; the port.
    fn start(&self) -> u16 {
        *self.answer.lock().expect("answer") = 204;
        let receiver = self.clone();
        let server = HttpServer::new(move || {
            let receiver = receiver.clone();
            App::new().default_service(web::to(move |request: HttpRequest, body: web::Bytes| {
                let receiver = receiver.clone();
                async move {
                    let header = |name: &str| {
                        request.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
                    };
                    receiver.got.lock().expect("got").push(Received {
                        id: header("webhook-id"),
                        timestamp: header("webhook-timestamp").parse().unwrap_or_default(),
                        signature: header("webhook-signature"),
                        body: body.to_vec(),
                    });
                    let status = *receiver.answer.lock().expect("answer");
                    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).expect("status")).finish()
                }
            }))
        })
        .workers(1)
        .bind("127.0.0.1:0")
        .expect("bind");
        let port = server.addrs()[0].port();
        actix_web::rt::spawn(server.run());
        port
    }

    fn answer(&self, status: u16) {
        *self.answer.lock().expect("answer") = status;
    }

    fn got(&self) -> Vec<Received> {
        self.got.lock().expect("got").clone()
    }
}

fn payload(received: &Received) -> serde_json::Value {
    serde_json::from_slice(&received.body).expect("JSON body")
}

/// The Standard Webhooks check a receiver makes with the secret it was given.
fn signed_by(received: &Received, secret: &str) -> bool {
    let key = base64::engine::general_purpose::STANDARD.decode(secret.trim_start_matches("whsec_")).expect("key");
    domain::webhooks::sign(&key, &received.id, received.timestamp, &received.body) == received.signature
}

on_both_databases! {
    async fn a_hotline_hears_of_its_requests_signed_in_order_and_again_after_a_failure(app) {
        let receiver = Receiver::default();
        let port = receiver.start();
        let security = app.token("secadmin").await;
        let host = app.post("/api/v1/webhook-hosts", &security, json!({"pattern": "127.0.0.1", "private": true})).await;
        assert_eq!(host.status, 201, "{}", host.json());

        let secret = app.passwords["hotline12345"].clone();
        let body = json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": secret});
        let hotline = app.post("/api/v1/auth/token", "", body).await.json()["access_token"].as_str().expect("token").to_owned();
        let subscribed = app
            .post("/api/v1/webhooks", &hotline, json!({
                "url": format!("http://127.0.0.1:{port}/dangjian"),
                "event_types": ["request.created", "request.state_changed"]
            }))
            .await;
        assert_eq!(subscribed.status, 201, "{}", subscribed.json());
        let webhook = subscribed.json();
        let signing = webhook["secret"].as_str().expect("the secret, once").to_owned();
        assert!(signing.starts_with("whsec_"));
        let hook = webhook["id"].as_i64().expect("id");
        assert!(app.get(&format!("/api/v1/webhooks/{hook}"), &hotline).await.json().get("secret").is_none(), "shown once");

        // The receiver is down when the request arrives and is accepted.
        receiver.answer(503);
        let new = json!({"request_type": "complaint", "description": "楼道堆放杂物", "area_id": app.area_id("育才社区第一网格")});
        let request = app.post("/api/v1/requests", &hotline, new).await.json()["id"].as_i64().expect("request");
        let community = app.user_token("yucai_staff", Role::OrgAdmin, "育才社区党委").await;
        let accepted = app.post(&format!("/api/v1/requests/{request}/steps"), &community, json!({"step": "accept"})).await;
        assert_eq!(accepted.status, 200, "{}", accepted.json());

        assert_eq!(api::webhooks::deliver_due(&app.state).await.expect("pass"), 1, "the state change waits for the creation");
        let log = app.get(&format!("/api/v1/webhooks/{hook}/deliveries"), &hotline).await.json();
        let first = log["items"].as_array().expect("deliveries").iter().find(|d| d["event_type"] == "request.created").expect("logged").clone();
        assert_eq!((first["status"].as_str(), first["attempts"].as_i64(), first["last_status"].as_i64()), (Some("pending"), Some(1), Some(503)));
        assert!(first["next_attempt_at"].as_str().is_some(), "tried again later: {first}");
        assert_eq!(api::webhooks::deliver_due(&app.state).await.expect("pass"), 0, "nothing is due before the backoff ends");

        // Redelivered by hand once the receiver is back: both changes arrive, in order.
        receiver.answer(204);
        let again = app.post(&format!("/api/v1/webhooks/{hook}/deliveries/{}/redeliver", first["id"]), &hotline, json!({})).await;
        assert_eq!(again.status, 202, "{}", again.json());
        assert_eq!(api::webhooks::deliver_due(&app.state).await.expect("pass"), 1);
        assert_eq!(api::webhooks::deliver_due(&app.state).await.expect("pass"), 1);
        let got = receiver.got();
        let types: Vec<serde_json::Value> = got.iter().map(|r| payload(r)["type"].clone()).collect();
        assert_eq!(types, vec![json!("request.created"), json!("request.created"), json!("request.state_changed")]);
        for received in &got {
            assert!(signed_by(received, &signing), "signed with the subscription's secret: {received:?}");
            assert_eq!(payload(received)["data"], json!({"object": "request", "id": request}));
        }
        assert_eq!(got[0].id, got[1].id, "a retry keeps its webhook-id");
        let log = app.get(&format!("/api/v1/webhooks/{hook}/deliveries"), &hotline).await.json();
        assert!(log["items"].as_array().expect("deliveries").iter().all(|d| d["status"] == "delivered"), "{log}");
    }

    async fn deliveries_go_only_to_allowed_hosts_and_tell_only_what_the_account_may_read(app) {
        let secret = app.passwords["hotline12345"].clone();
        let body = json!({"grant_type": "client_credentials", "client_id": "hotline12345", "client_secret": secret});
        let hotline = app.post("/api/v1/auth/token", "", body).await.json()["access_token"].as_str().expect("token").to_owned();
        let subscribe = |url: &str, types: serde_json::Value| json!({"url": url, "event_types": types});
        let requests = json!(["request.created"]);
        app.post("/api/v1/webhooks", &hotline, subscribe("https://receiver.example.gov.cn/hook", requests.clone()))
            .await
            .assert_problem(422, "webhook-url-not-allowed");
        let security = app.token("secadmin").await;
        for (pattern, private) in [("localhost", false), ("*.example.gov.cn", false)] {
            let allowed = app.post("/api/v1/webhook-hosts", &security, json!({"pattern": pattern, "private": private})).await;
            assert_eq!(allowed.status, 201, "{}", allowed.json());
        }
        app.post("/api/v1/webhooks", &hotline, subscribe("https://localhost:9/hook", requests.clone()))
            .await
            .assert_problem(422, "webhook-url-not-allowed");
        app.post("/api/v1/webhooks", &hotline, subscribe("http://receiver.example.gov.cn/hook", requests.clone()))
            .await
            .assert_problem(422, "webhook-url-invalid");
        let roster = app.post("/api/v1/webhooks", &hotline, subscribe("https://receiver.example.gov.cn/hook", json!(["member.created"]))).await;
        assert_eq!(roster.field_errors(), vec![("event_types".to_owned(), "not_allowed".to_owned())], "the hotline may not read the roster");
        let created = app.post("/api/v1/webhooks", &hotline, subscribe("https://receiver.example.gov.cn/hook", requests)).await;
        assert_eq!(created.status, 201, "{}", created.json());
        let path = format!("/api/v1/webhooks/{}", created.json()["id"]);
        let street = app.token("laocheng_admin").await;
        app.get(&path, &street).await.assert_problem(404, "not-found");
        app.post("/api/v1/webhook-hosts", &street, json!({"pattern": "evil.example"})).await.assert_problem(403, "forbidden");
        assert_eq!(app.get("/api/v1/webhooks", &security).await.json()["total"], 1, "the security administrator sees every subscription");
    }

    async fn a_subscription_to_a_host_no_longer_allowed_can_be_paused_and_is_ended_by_its_version(app) {
        let security = app.token("secadmin").await;
        let host = app.post("/api/v1/webhook-hosts", &security, json!({"pattern": "receiver.example.gov.cn"})).await.json();
        let admin = app.token("city_admin").await;
        let hook = json!({"url": "https://receiver.example.gov.cn/hook", "event_types": ["member.updated"]});
        let created = app.post("/api/v1/webhooks", &admin, hook).await;
        assert_eq!(created.status, 201, "{}", created.json());
        let path = format!("/api/v1/webhooks/{}", created.json()["id"]);
        let removed = app.delete(&format!("/api/v1/webhook-hosts/{}", host["id"]), &security, None).await;
        assert_eq!(removed.status, 204, "an allowed host has no versions: removed without If-Match");
        let first = app.get(&path, &admin).await.header("etag");
        let paused = app.patch(&path, &admin, first.as_deref(), json!({"active": false})).await;
        assert_eq!(paused.status, 200, "pausing needs no allowed host: {}", paused.json());
        assert_eq!(paused.json()["active"], false);
        let etag = paused.header("etag");
        app.patch(&path, &admin, etag.as_deref(), json!({"active": true}))
            .await
            .assert_problem(422, "webhook-url-not-allowed");
        app.delete(&path, &admin, None).await.assert_problem(428, "precondition-required");
        app.delete(&path, &admin, first.as_deref()).await.assert_problem(412, "precondition-failed");
        assert_eq!(app.delete(&path, &admin, etag.as_deref()).await.status, 204);
    }
}
