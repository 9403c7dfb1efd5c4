//! Open311 GeoReport v2 (<https://wiki.open311.org/GeoReport_v2>) under `/open311/v2/`, for
//! the city systems that speak it: the catalogue's categories are the services, resident
//! requests are the service requests. Keys are service accounts' `client_id:client_secret`
//! (`api_key`), or a bearer token. Errors are Open311's `[{code, description}]`.

use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::requests::{Channel, RequestType, is_open};
use serde::Serialize;

use super::create::{NewResidentRequest, ResidentInput, take_in};
use super::{ResidentRequest, seer, to_requests, visible_request};
use crate::auth::{Caller, client_addr, service_caller};
use crate::db::keyset::Window;
use crate::db::repo::requests::{self, RequestFilter, order};
use crate::error::ApiError;
use crate::state::AppState;

mod services;

/// The `jurisdiction_id` this city answers to.
const JURISDICTION: &str = "dangjian";
/// Most requests one `GET requests.json` answers (the standard's default window is 90 days).
const MAX_REQUESTS: i64 = 1000;

/// The Open311 routes, mounted next to the JSON API.
pub fn service() -> actix_web::Scope {
    web::scope("/open311/v2")
        .route("/discovery.json", web::get().to(services::discovery))
        .route("/services.json", web::get().to(services::services))
        .route("/services/{code}.json", web::get().to(services::service_definition))
        .route("/requests.json", web::post().to(post_request))
        .route("/requests.json", web::get().to(get_requests))
        .route("/requests/{id}.json", web::get().to(get_request))
        .route("/tokens/{id}.json", web::get().to(get_token))
        .default_service(web::to(|| async { Err::<HttpResponse, _>(error(404, "no such Open311 resource")) }))
}

/// A refusal, answered as Open311's `[{code, description}]` with `code` as the HTTP status.
#[derive(Debug, Serialize, thiserror::Error)]
#[error("{code}: {description}")]
struct Open311Error {
    code: u16,
    description: String,
}

impl ResponseError for Open311Error {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::from_u16(self.code).unwrap_or(actix_web::http::StatusCode::BAD_REQUEST)
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json([self])
    }
}

type Answer = Result<HttpResponse, Open311Error>;

fn error(code: u16, description: impl Into<String>) -> Open311Error {
    Open311Error { code, description: description.into() }
}

/// Any refusal in Open311's shape, with the status it has in the JSON API.
fn refused(e: ApiError) -> Open311Error {
    let code = e.status_code().as_u16();
    let description = match &e {
        ApiError::Validation(errors) => {
            errors.iter().map(|f| format!("{}: {}", f.field, f.message)).collect::<Vec<_>>().join("; ")
        }
        ApiError::Internal(_) => "internal error".to_owned(),
        other => other.to_string(),
    };
    error(code, description)
}

type Params = Vec<(String, String)>;

fn param<'a>(params: &'a Params, name: &str) -> Option<&'a str> {
    params.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).filter(|v| !v.is_empty())
}

/// Refuses parameters the standard does not define for the call.
fn known(params: &Params, allowed: &[&str]) -> Result<(), Open311Error> {
    match params.iter().find(|(n, _)| !allowed.contains(&n.as_str()) && !n.starts_with("attribute[")) {
        Some((name, _)) => Err(error(400, format!("unknown parameter `{name}`"))),
        None => Ok(()),
    }
}

fn check_jurisdiction(params: &Params) -> Result<(), Open311Error> {
    match param(params, "jurisdiction_id") {
        Some(id) if id != JURISDICTION => {
            Err(error(404, format!("unknown jurisdiction_id `{id}`; this is `{JURISDICTION}`")))
        }
        _ => Ok(()),
    }
}

/// The caller: a bearer token, or a service account's `api_key`.
async fn caller(req: &HttpRequest, state: &AppState, params: &Params) -> Result<Caller, Open311Error> {
    if req.headers().contains_key("authorization") {
        return <Caller as actix_web::FromRequest>::extract(req).await.map_err(refused);
    }
    let key = param(params, "api_key").ok_or_else(|| error(401, "an api_key is required"))?;
    let caller = service_caller(state, key, client_addr(req)).await.map_err(refused)?;
    Ok(Caller { request_id: crate::request_id::of(req), ..caller })
}

const POST_PARAMS: &[&str] = &[
    "api_key",
    "jurisdiction_id",
    "service_code",
    "lat",
    "long",
    "address_string",
    "address_id",
    "email",
    "device_id",
    "account_id",
    "first_name",
    "last_name",
    "phone",
    "description",
    "media_url",
    "service_request_id",
];

fn number<T: std::str::FromStr>(params: &Params, name: &str) -> Result<Option<T>, Open311Error> {
    param(params, name).map(|v| v.parse().map_err(|_| error(400, format!("`{name}` is not a number")))).transpose()
}

/// Reads a POST's parameters into a new request.
fn new_request(params: &Params, category_id: i64) -> Result<NewResidentRequest, Open311Error> {
    let attribute = |code: &str| param(params, &format!("attribute[{code}]"));
    let request_type = attribute("request_type")
        .ok_or_else(|| error(400, "attribute[request_type] is required"))?
        .parse::<RequestType>()
        .map_err(|_| error(400, "attribute[request_type] is not one of the service's values"))?;
    let area_id = attribute("area_id")
        .ok_or_else(|| error(400, "attribute[area_id] is required"))?
        .parse::<i64>()
        .map_err(|_| error(400, "attribute[area_id] is not a number"))?;
    let description = param(params, "description").ok_or_else(|| error(400, "description is required"))?;
    let name = [param(params, "last_name"), param(params, "first_name")].into_iter().flatten().collect::<String>();
    let resident = ResidentInput {
        name: Some(name).filter(|n| !n.is_empty()),
        phone: param(params, "phone").map(str::to_owned),
        address: param(params, "address_string").map(str::to_owned),
    };
    let anonymous = resident.name.is_none() && resident.phone.is_none() && resident.address.is_none();
    Ok(NewResidentRequest {
        request_type,
        category_id: Some(category_id),
        description: description.to_owned(),
        area_id,
        latitude: number(params, "lat")?,
        longitude: number(params, "long")?,
        resident: (!anonymous).then_some(resident),
        household_id: None,
        channel: Some(Channel::Open311),
        // The sender's own id, so that the same report sent twice is one request.
        external_id: param(params, "service_request_id").map(str::to_owned),
        received_at: None,
    })
}

#[derive(Serialize)]
struct Created {
    service_request_id: String,
    service_notice: String,
    account_id: Option<String>,
}

/// `POST requests.json` (form-encoded, as the standard says): takes in a request and answers
/// its id at once (no tokens needed).
async fn post_request(state: web::Data<AppState>, req: HttpRequest, form: web::Form<Params>) -> Answer {
    let params = form.into_inner();
    known(&params, POST_PARAMS).and_then(|()| check_jurisdiction(&params))?;
    let caller = caller(&req, &state, &params).await?;
    caller.require(Action::SubmitRequests).map_err(refused)?;
    let Some(code) = param(&params, "service_code").map(str::to_owned) else {
        return Err(error(400, "service_code is required"));
    };
    let lookup = code.clone();
    let category = match state.read(move |conn| Ok(requests::find_category_by_code(conn, &lookup)?)).await {
        Ok(Some(c)) if c.active => c,
        Ok(_) => return Err(error(404, format!("no service `{code}`"))),
        Err(e) => return Err(refused(e)),
    };
    let new = new_request(&params, category.id)?;
    let new = match validator::Validate::validate(&new) {
        Ok(()) => new,
        Err(e) => return Err(refused(e.into())),
    };
    let app = state.clone();
    let taken = state
        .write_small(move |conn| take_in(conn, super::Handling::of(&app), &caller, new).map(|(row, _)| row.id))
        .await;
    match taken {
        Ok(id) => Ok(HttpResponse::Created()
            .insert_header(("Location", format!("/open311/v2/requests/{id}.json")))
            .json([Created {
                service_request_id: id.to_string(),
                service_notice: "已受理登记，将按时限办理".to_owned(),
                account_id: None,
            }])),
        Err(e) => Err(refused(e)),
    }
}

#[derive(Serialize)]
struct ServiceRequest {
    service_request_id: String,
    /// `open` or `closed`.
    status: &'static str,
    status_notes: Option<String>,
    service_name: Option<String>,
    service_code: Option<String>,
    /// The detailed state and the request's text.
    description: String,
    agency_responsible: String,
    service_notice: Option<String>,
    requested_datetime: DateTime<Utc>,
    updated_datetime: DateTime<Utc>,
    /// The last day of the running clock.
    expected_datetime: Option<DateTime<Utc>>,
    address: Option<String>,
    address_id: Option<String>,
    zipcode: Option<String>,
    lat: Option<f64>,
    long: Option<f64>,
    media_url: Option<String>,
}

fn to_service_request(
    r: ResidentRequest,
    code: Option<String>,
    at: Option<(f64, f64)>,
    notes: Option<String>,
) -> ServiceRequest {
    let agency = match (&r.assignee, &r.department_name) {
        (Some(assignee), _) => assignee.name.clone(),
        (None, Some(department)) => department.clone(),
        (None, None) if r.level == domain::requests::Level::Street => r.street_name.clone(),
        (None, None) => r.community_name.clone(),
    };
    ServiceRequest {
        service_request_id: r.id.to_string(),
        status: if is_open(r.state) { "open" } else { "closed" },
        status_notes: notes,
        service_name: r.category_name,
        service_code: code,
        description: format!("[{}] {}", r.state.code(), r.description),
        agency_responsible: agency,
        service_notice: r.due_on.map(|due| format!("办理时限 {due}")),
        requested_datetime: r.received_at,
        updated_datetime: r.updated_at,
        expected_datetime: r
            .due_on
            .and_then(|d| d.and_hms_opt(23, 59, 59))
            .map(|t| (t - chrono::Duration::hours(8)).and_utc()),
        address: Some(r.area_name),
        address_id: Some(r.area_id.to_string()),
        zipcode: None,
        lat: at.map(|(lat, _)| lat),
        long: at.map(|(_, long)| long),
        media_url: None,
    }
}

/// Loads requests as Open311 service requests, with their codes, places and latest notes.
fn service_requests(
    conn: &mut crate::db::DbConnection,
    rows: Vec<crate::db::models::RequestRow>,
) -> crate::error::ApiResult<Vec<ServiceRequest>> {
    let codes: std::collections::HashMap<i64, String> =
        requests::list_categories(conn, false)?.into_iter().map(|c| (c.id, c.code)).collect();
    let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
    let places = requests::coordinates(conn, &ids)?;
    let mut notes = requests::latest_notes(conn, &ids)?;
    let service_codes: Vec<Option<String>> =
        rows.iter().map(|row| row.category_id.and_then(|id| codes.get(&id).cloned())).collect();
    Ok(to_requests(conn, rows)?
        .into_iter()
        .zip(service_codes)
        .map(|(r, code)| {
            let (at, note) = (places.get(&r.id).copied(), notes.remove(&r.id));
            to_service_request(r, code, at, note)
        })
        .collect())
}

fn date_param(params: &Params, name: &str) -> Result<Option<NaiveDate>, Open311Error> {
    param(params, name)
        .map(|v| {
            DateTime::parse_from_rfc3339(v)
                .map(|t| t.with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).expect("CST")).date_naive())
                .or_else(|_| v.parse::<NaiveDate>())
                .map_err(|_| error(400, format!("`{name}` is not a w3c datetime")))
        })
        .transpose()
}

/// `GET requests.json`: by ids, or by service, period and status; newest first.
async fn get_requests(state: web::Data<AppState>, req: HttpRequest, query: web::Query<Params>) -> Answer {
    let params = query.into_inner();
    let allowed =
        ["api_key", "jurisdiction_id", "service_request_id", "service_code", "start_date", "end_date", "status"];
    known(&params, &allowed).and_then(|()| check_jurisdiction(&params))?;
    let caller = caller(&req, &state, &params).await?;
    caller.require(Action::ReadRequests).map_err(refused)?;
    let ids: Option<Vec<i64>> = match param(&params, "service_request_id")
        .map(|v| v.split(',').map(|id| id.trim().parse::<i64>()).collect::<Result<Vec<_>, _>>())
        .transpose()
    {
        Ok(ids) => ids,
        Err(_) => return Err(error(400, "service_request_id is a comma-separated list of ids")),
    };
    let (start, end) = (date_param(&params, "start_date")?, date_param(&params, "end_date")?);
    let status = match param(&params, "status") {
        None => None,
        Some("open") => Some(true),
        Some("closed") => Some(false),
        Some(other) => return Err(error(400, format!("status is `open` or `closed`, not `{other}`"))),
    };
    let code = param(&params, "service_code").map(str::to_owned);
    let answer = state
        .read(move |conn| {
            let category_id = match code {
                Some(code) => match requests::find_category_by_code(conn, &code)? {
                    Some(c) => Some(c.id),
                    None => return Ok(Vec::new()),
                },
                None => None,
            };
            let start_of = |day: NaiveDate| day.and_hms_opt(0, 0, 0).map(|t| t - chrono::Duration::hours(8));
            let filter = RequestFilter {
                seer: seer(&caller),
                open: status,
                category_id,
                received_from: start.and_then(start_of),
                received_before: end.and_then(|d| start_of(d + chrono::Duration::days(1))),
                ..RequestFilter::default()
            };
            let rows = match ids {
                Some(ids) => {
                    let mut rows = Vec::new();
                    for id in ids.into_iter().take(usize::try_from(MAX_REQUESTS).unwrap_or(1000)) {
                        if let Ok((row, _)) = visible_request(conn, &caller, id) {
                            rows.push(row);
                        }
                    }
                    rows
                }
                None => requests::list(conn, &filter, &order::NEWEST, &Window::first(MAX_REQUESTS))?.0,
            };
            service_requests(conn, rows)
        })
        .await;
    match answer {
        Ok(list) => Ok(HttpResponse::Ok().json(list)),
        Err(e) => Err(refused(e)),
    }
}

/// `GET requests/{id}.json`.
async fn get_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
    query: web::Query<Params>,
) -> Answer {
    let params = query.into_inner();
    known(&params, &["api_key", "jurisdiction_id"]).and_then(|()| check_jurisdiction(&params))?;
    let Ok(id) = id.parse::<i64>() else { return Err(error(404, "no such service request")) };
    let caller = caller(&req, &state, &params).await?;
    let answer = state
        .read(move |conn| {
            let (row, _) = visible_request(conn, &caller, id)?;
            service_requests(conn, vec![row])
        })
        .await;
    match answer {
        Ok(list) => Ok(HttpResponse::Ok().json(list)),
        Err(ApiError::NotFound) => Err(error(404, "no such service request")),
        Err(e) => Err(refused(e)),
    }
}

#[derive(Serialize)]
struct Token {
    service_request_id: String,
    token: String,
}

/// `GET tokens/{id}.json`: requests get their id at once, so a token is the id itself.
async fn get_token(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
    query: web::Query<Params>,
) -> Answer {
    let params = query.into_inner();
    known(&params, &["api_key", "jurisdiction_id"]).and_then(|()| check_jurisdiction(&params))?;
    let caller = caller(&req, &state, &params).await?;
    let Ok(id) = id.parse::<i64>() else { return Err(error(404, "no such token")) };
    match state.read(move |conn| visible_request(conn, &caller, id).map(|(row, _)| row.id)).await {
        Ok(id) => Ok(HttpResponse::Ok().json([Token { service_request_id: id.to_string(), token: id.to_string() }])),
        Err(_) => Err(error(404, "no such token")),
    }
}
