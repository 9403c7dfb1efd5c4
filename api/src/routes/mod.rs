//! HTTP routes, wired in one place. Every route is registered through utoipa-actix-web,
//! so serving a route and documenting it are the same act.

pub mod alerts;
pub mod areas;
pub mod audit_events;
pub mod auth;
pub mod calendar;
pub mod co_building;
pub mod common;
pub mod community_affairs;
pub mod dashboard;
pub mod development;
pub mod evaluations;
pub mod health;
pub mod households;
pub mod joint_meetings;
pub mod me;
pub mod meetings;
pub mod members;
pub mod online;
pub mod opinions;
pub mod organizations;
pub mod points;
pub mod publicities;
pub mod requests;
pub mod support;
pub mod tombstones;
pub mod units;
pub mod users;
pub mod webhooks;

use utoipa_actix_web::scope::scope;
use utoipa_actix_web::service_config::ServiceConfig;

/// Registers every documented route. The router tries routes in this order and runs a
/// regular expression for each route with a parameter it passes, so the members come first:
/// one member's record is the most frequent request (the contract lists paths sorted, so the
/// order does not show there).
pub fn configure(config: &mut ServiceConfig) {
    config.service(health::healthz).service(health::readyz).service(
        scope("/api/v1")
            .configure(members::configure)
            .configure(auth::configure)
            .configure(me::configure)
            .configure(users::configure)
            .configure(areas::configure)
            .configure(organizations::configure)
            .configure(units::configure)
            .configure(development::configure)
            .configure(publicities::configure)
            .configure(evaluations::configure)
            .configure(calendar::configure)
            .configure(alerts::configure)
            .configure(points::configure)
            .configure(meetings::configure)
            .configure(requests::configure)
            .configure(households::configure)
            .configure(dashboard::configure)
            .configure(audit_events::configure)
            .configure(tombstones::configure)
            .configure(joint_meetings::configure)
            .configure(co_building::configure)
            .configure(opinions::configure)
            .configure(community_affairs::configure)
            .configure(online::configure)
            .configure(support::configure)
            .configure(webhooks::configure),
    );
}
