//! The actix application: routes, contract, docs UI, SPA and the fallbacks that keep
//! every error a problem document.

use std::collections::BTreeMap;
use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::dev::{Service, ServiceFactory, ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::header;
use actix_web::middleware::Logger;
use actix_web::{App, HttpRequest, HttpResponse, ResponseError, web};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::audit::{self, Actor, Event, Outcome};
use crate::error::ApiError;
use crate::openapi;
use crate::routes;
use crate::state::AppState;

/// Documented methods per path template.
#[derive(Debug, Clone)]
struct RouteTable(Arc<BTreeMap<String, Vec<&'static str>>>);

impl RouteTable {
    /// Methods allowed at a concrete path, if the path is one of ours.
    fn allowed(&self, path: &str) -> Option<&[&'static str]> {
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        self.0.iter().find_map(|(template, methods)| {
            let parts: Vec<&str> = template.split('/').collect();
            let matches = parts.len() == segments.len()
                && parts.iter().zip(&segments).all(|(p, s)| p == s || (p.starts_with('{') && !s.is_empty()));
            matches.then_some(methods.as_slice())
        })
    }
}

/// Unknown routes answer 404, known routes with another method 405, both as problems.
async fn no_route(req: HttpRequest) -> HttpResponse {
    let table = req.app_data::<RouteTable>().cloned();
    let allowed = table.as_ref().and_then(|t| t.allowed(req.path()));
    match allowed {
        Some(methods) => ApiError::MethodNotAllowed { allow: methods.join(", ") }.error_response(),
        None => ApiError::NotFound.error_response(),
    }
}

/// The SPA's history fallback: any non-API GET gets `index.html`.
async fn spa_fallback(req: ServiceRequest, index: std::path::PathBuf) -> Result<ServiceResponse, actix_web::Error> {
    let (req, _) = req.into_parts();
    let is_page = req.method() == actix_web::http::Method::GET && !req.path().starts_with("/api/");
    let response = if is_page {
        match actix_files::NamedFile::open_async(&index).await {
            Ok(file) => file.into_response(&req),
            Err(_) => ApiError::NotFound.error_response(),
        }
    } else {
        no_route(req.clone()).await
    };
    Ok(ServiceResponse::new(req, response))
}

/// Builds the application for `state`.
pub fn build(
    state: AppState,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let frontend_dir = state.config.frontend_dir.clone();
    let cors = cors(&state.config.cors_origins);
    let hsts = state
        .config
        .hsts_seconds
        .and_then(|seconds| header::HeaderValue::try_from(format!("max-age={seconds}; includeSubDomains")).ok());
    let contract = openapi::document();
    let table = RouteTable(Arc::new(openapi::route_table(&contract)));
    let scopes = crate::auth::scopes::OperationScopes::new(openapi::operation_scopes(&contract));
    let (app, _) = App::new()
        .into_utoipa_app()
        .app_data(web::Data::new(state))
        .app_data(table)
        .app_data(scopes)
        .app_data(web::PathConfig::default().error_handler(|_, _| ApiError::NotFound.into()))
        .configure(routes::configure)
        .split_for_parts();
    let mut app = app
        .service(routes::requests::open311::service())
        .service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", contract));
    let index = frontend_dir.join("index.html");
    if index.is_file() {
        app = app.service(
            actix_files::Files::new("/", &frontend_dir)
                .index_file("index.html")
                .default_handler(fn_service(move |req| spa_fallback(req, index.clone()))),
        );
    }
    // Each layer wraps the future of the ones inside it, so what only reads the request and
    // adds headers shares a layer: the outermost (request id, security headers) and the guard
    // (rate limit, audit of refusals).
    app.default_service(web::to(no_route))
        // Innermost, so that it keeps answers as the handlers gave them (before compression).
        .wrap(actix_web::middleware::from_fn(crate::idempotency::middleware))
        // A client that holds the current version of a resource gets 304 instead of it again.
        .wrap_fn(|req, srv| {
            let held = (req.method() == actix_web::http::Method::GET)
                .then(|| req.headers().get(header::IF_NONE_MATCH).cloned())
                .flatten();
            let answer = srv.call(req);
            async move {
                let response = answer.await?;
                let current = response.headers().get(header::ETAG).filter(|_| response.status().is_success()).cloned();
                match (held, current) {
                    (Some(held), Some(etag)) if not_modified(&held, &etag) => {
                        let unchanged = HttpResponse::NotModified().insert_header((header::ETAG, etag)).finish();
                        Ok(response.into_response(unchanged).map_into_right_body())
                    }
                    _ => Ok(response.map_into_left_body()),
                }
            }
        })
        // gzip, br or zstd as the client accepts: pages of a list are tens of kilobytes of JSON.
        .wrap(actix_web::middleware::Compress::default())
        // Path only: query strings may carry search text such as names or phone numbers.
        .wrap(access_log())
        // The guard: a request over its limit is refused here; an answered one carries its
        // allowance, and a refusal of the API (4xx) goes to the audit log.
        .wrap_fn(|req, srv| {
            let state = req.app_data::<web::Data<AppState>>().cloned();
            let limited = state.as_ref().map(|state| state.limits.check(&req)).transpose();
            let answer = match limited {
                Ok(allowance) => Ok((srv.call(req), allowance.flatten())),
                Err(refused) => Err(req.into_response(refused.error_response())),
            };
            async move {
                let (answer, allowance) = match answer {
                    Ok(pair) => pair,
                    Err(refused) => return Ok(refused.map_into_boxed_body()),
                };
                let mut response = answer.await?.map_into_boxed_body();
                if let Some(allowance) = allowance {
                    let headers = response.headers_mut();
                    headers.insert(header::HeaderName::from_static("ratelimit-policy"), allowance.policy);
                    headers.insert(header::HeaderName::from_static("ratelimit"), allowance.state);
                }
                if let Some(state) = state {
                    let status = response.status().as_u16();
                    if let Some(refused) = Refused::of(response.request(), status) {
                        refused.audit(&state, status).await;
                    }
                }
                Ok(response)
            }
        })
        .wrap(cors)
        // Outermost: every layer inside, the access log and the audit log see the request's id.
        .wrap_fn(move |mut req, srv| {
            let id = crate::request_id::assign(&mut req);
            let answer = srv.call(req);
            let hsts = hsts.clone();
            async move {
                let mut response = answer.await?;
                let path = response.request().path();
                // Answers of the API hold personal data: never kept by a browser or a proxy.
                let api = path.starts_with("/api/");
                // The SPA loads only its own files; the bundled Swagger UI needs its inline parts.
                let docs = path.starts_with("/docs");
                let headers = response.headers_mut();
                headers.insert(crate::request_id::HEADER, id);
                for (name, value) in [
                    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                    (header::REFERRER_POLICY, "no-referrer"),
                    (header::X_FRAME_OPTIONS, "DENY"),
                ] {
                    headers.insert(name, header::HeaderValue::from_static(value));
                }
                if let Some(hsts) = hsts {
                    headers.insert(header::STRICT_TRANSPORT_SECURITY, hsts);
                }
                if api {
                    headers.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
                }
                if !docs {
                    headers.insert(header::CONTENT_SECURITY_POLICY, header::HeaderValue::from_static(CSP));
                }
                Ok(response)
            }
        })
}

/// Cross-origin calls from browser pages of the configured origins (none by default): their
/// preflights are answered, their answers readable with the headers clients need. Requests of
/// other origins pass without CORS headers, so the browser keeps their answers from the page.
/// The access log. When its lines would be dropped (RUST_LOG below info for it), every path is
/// excluded, so that no line is rendered for nothing.
fn access_log() -> Logger {
    let log = Logger::new("%a \"%{method}xi %{path}xi\" %s %b %Dms %{x-request-id}i")
        .custom_request_replace("method", |req| req.method().to_string())
        .custom_request_replace("path", |req| logged_path(req.path()));
    if log::log_enabled!(target: "actix_web::middleware::logger", log::Level::Info) {
        log
    } else {
        log.exclude_regex("")
    }
}

/// The path as logged. A resident's rating link is a capability (whoever holds it may rate),
/// so its token stays out of the log.
fn logged_path(path: &str) -> String {
    ["/rate/", "/api/v1/request-ratings/"]
        .into_iter()
        .find(|prefix| path.starts_with(prefix))
        .map_or_else(|| path.to_owned(), |prefix| format!("{prefix}…"))
}

fn cors(origins: &[String]) -> actix_cors::Cors {
    let mut cors = actix_cors::Cors::default()
        .block_on_origin_mismatch(false)
        .allowed_methods(["GET", "POST", "PATCH", "DELETE"])
        .allowed_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::IF_NONE_MATCH,
            header::HeaderName::from_static("idempotency-key"),
            crate::request_id::HEADER,
        ])
        .expose_headers([
            header::ETAG,
            header::LOCATION,
            header::RETRY_AFTER,
            header::HeaderName::from_static("idempotent-replayed"),
            header::HeaderName::from_static("ratelimit"),
            header::HeaderName::from_static("ratelimit-policy"),
            crate::request_id::HEADER,
        ])
        .max_age(3600);
    for origin in origins {
        cors = cors.allowed_origin(origin);
    }
    cors
}

/// Whether `If-None-Match` names the resource's current `ETag` (weak comparison, RFC 9110
/// §13.1.2), or `*`.
fn not_modified(held: &header::HeaderValue, etag: &header::HeaderValue) -> bool {
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let (Ok(held), Ok(etag)) = (held.to_str(), etag.to_str()) else { return false };
    held.trim() == "*" || held.split(',').any(|tag| opaque(tag) == opaque(etag))
}

/// A request to the API that may be refused, as the audit log records a refusal.
struct Refused {
    method: String,
    path: String,
    /// The bearer token, verified only if the request is refused.
    token: Option<String>,
    client_addr: Option<String>,
    request_id: Option<String>,
}

impl Refused {
    /// The facts of a refused request (answered 4xx), unless it is one whose refusals its
    /// handler audits itself (the token endpoint and logout).
    fn of(req: &HttpRequest, status: u16) -> Option<Refused> {
        let path = req.path();
        if !(400..500).contains(&status) || !path.starts_with("/api/") || path.starts_with("/api/v1/auth/") {
            return None;
        }
        let token = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|token| token.trim().to_owned());
        Some(Refused {
            method: req.method().to_string(),
            path: path.to_owned(),
            token,
            client_addr: crate::auth::client_addr(req),
            request_id: crate::request_id::of(req),
        })
    }

    /// Records a 4xx answer (authorization failures, missing records, refused input), at
    /// most a bounded number per client address and minute.
    async fn audit(self, state: &AppState, status: u16) {
        let address = self.client_addr.clone().unwrap_or_default();
        if !state.limits.audit_refusal(&address) {
            return;
        }
        let account = self.token.and_then(|token| state.keys.verify(&token).ok()).map(|token| token.user_id);
        let actor = Actor { id: account, username: None, client_addr: self.client_addr, request_id: self.request_id };
        let event = Event {
            action: "request.refused",
            object_type: "request",
            object_id: Some(self.path.clone()),
            outcome: Outcome::Denied,
            detail: Some(format!("{} {} answered {status}", self.method, self.path)),
        };
        if let Err(error) = state.write(move |conn| audit::record(conn, &actor, event)).await {
            log::error!("cannot audit a refused request: {error}");
        }
    }
}

/// Content Security Policy of everything but the API docs page: own scripts only (no inline
/// script), inline styles for the component library, no framing, no plugins.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                   img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; \
                   base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_paths_with_other_methods_are_told_apart_from_unknown_paths() {
        let table = RouteTable(Arc::new(openapi::route_table(&openapi::document())));
        assert_eq!(table.allowed("/api/v1/organizations/12"), Some(&["GET", "PATCH", "DELETE"][..]));
        assert_eq!(table.allowed("/api/v1/nothing-here"), None);
    }

    #[test]
    fn a_rating_links_token_stays_out_of_the_access_log() {
        let token = "8e7882b26524c7931297684dec268abe5ab5b09b391544350776444027f83ecf";
        assert_eq!(logged_path(&format!("/rate/{token}")), "/rate/…");
        assert_eq!(logged_path(&format!("/api/v1/request-ratings/{token}")), "/api/v1/request-ratings/…");
        assert_eq!(logged_path("/api/v1/members/5"), "/api/v1/members/5");
    }
}
