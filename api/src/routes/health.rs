//! Liveness and readiness probes.

use actix_web::{HttpResponse, get, web};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Probe answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok` when alive, `ready` when the database answers.
    pub status: String,
}

/// Liveness: the process answers HTTP.
#[utoipa::path(operation_id = "get_health", tag = "health", responses((status = 200, description = "Alive", body = Health)))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "ok".to_owned() })
}

/// Readiness: the database answers a query.
#[utoipa::path(operation_id = "get_readiness", tag = "health", responses((status = 200, description = "Ready", body = Health)))]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    state
        .read(|conn| {
            diesel::select(1.into_sql::<diesel::sql_types::Integer>())
                .get_result::<i32>(conn)
                .map_err(|e| ApiError::Unavailable(format!("database: {e}")))
        })
        .await?;
    Ok(HttpResponse::Ok().json(Health { status: "ready".to_owned() }))
}
