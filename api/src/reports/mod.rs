//! Read models: views computed over several concepts (compliance, dashboards, rankings,
//! alerts). Resources answer with them; they never answer HTTP themselves.

pub mod affairs;
pub mod alerts;
pub mod cobuilding_alerts;
pub mod cobuilding_figures;
pub mod compliance;
pub mod dashboard;
pub mod feedback;
pub mod publicity;
pub mod rankings;
pub mod requests;
pub mod support;
pub mod visits;
