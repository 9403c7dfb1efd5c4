//! Open311's catalogue: discovery, the services (the request categories) and their attributes.

use actix_web::{HttpResponse, web};
use domain::requests::RequestType;
use serde::Serialize;

use super::{Answer, Params, check_jurisdiction, error, known, refused};
use crate::db::repo::requests;
use crate::state::AppState;

pub async fn discovery() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({
        "changeset": "2026-12-03T00:00:00Z",
        "contact": "城市基层党建平台",
        "key_service": "a service account of the platform: api_key=client_id:client_secret",
        "endpoints": [{
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": "/open311/v2",
            "changeset": "2026-12-03T00:00:00Z",
            "type": "production",
            "formats": ["application/json"],
        }],
    }))
}

#[derive(Serialize)]
struct Service {
    service_code: String,
    service_name: String,
    description: String,
    metadata: bool,
    #[serde(rename = "type")]
    kind: &'static str,
    keywords: String,
    group: String,
}

/// `GET services.json`: the active categories.
pub async fn services(state: web::Data<AppState>, query: web::Query<Params>) -> Answer {
    let params = query.into_inner();
    known(&params, &["jurisdiction_id"]).and_then(|()| check_jurisdiction(&params))?;
    match state.read(|conn| Ok(requests::list_categories(conn, true)?)).await {
        Ok(rows) => Ok(HttpResponse::Ok().json(
            rows.into_iter()
                .map(|c| Service {
                    service_code: c.code,
                    service_name: c.name.clone(),
                    description: c.description.unwrap_or(c.name),
                    metadata: true,
                    kind: "realtime",
                    keywords: String::new(),
                    group: "居民诉求".to_owned(),
                })
                .collect::<Vec<_>>(),
        )),
        Err(e) => Err(refused(e)),
    }
}

#[derive(Serialize)]
struct Value {
    key: String,
    name: String,
}

#[derive(Serialize)]
struct Attribute {
    variable: bool,
    code: &'static str,
    datatype: &'static str,
    required: bool,
    datatype_description: &'static str,
    order: u32,
    description: &'static str,
    values: Vec<Value>,
}

/// `GET services/{code}.json`: what a request of the service carries besides the standard
/// fields: its type (咨询, 求助, …) and the area (grid or community) it is in.
pub async fn service_definition(
    state: web::Data<AppState>,
    code: web::Path<String>,
    query: web::Query<Params>,
) -> Answer {
    let params = query.into_inner();
    known(&params, &["jurisdiction_id"]).and_then(|()| check_jurisdiction(&params))?;
    let code = code.into_inner();
    let lookup = code.clone();
    match state.read(move |conn| Ok(requests::find_category_by_code(conn, &lookup)?)).await {
        Ok(Some(c)) if c.active => Ok(HttpResponse::Ok().json(serde_json::json!({
            "service_code": c.code,
            "attributes": [
                Attribute {
                    variable: true,
                    code: "request_type",
                    datatype: "singlevaluelist",
                    required: true,
                    datatype_description: "one of the keys",
                    order: 1,
                    description: "诉求类型",
                    values: RequestType::ALL
                        .iter()
                        .map(|t| Value { key: t.code().to_owned(), name: t.chinese_name().to_owned() })
                        .collect(),
                },
                Attribute {
                    variable: true,
                    code: "area_id",
                    datatype: "number",
                    required: true,
                    datatype_description: "the id of a community, grid or central household (GET /api/v1/areas)",
                    order: 2,
                    description: "所在社区或网格",
                    values: Vec::new(),
                },
            ],
        }))),
        Ok(_) => Err(error(404, format!("no service `{code}`"))),
        Err(e) => Err(refused(e)),
    }
}
