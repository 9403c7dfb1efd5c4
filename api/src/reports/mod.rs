//! Read models: views computed over several concepts (compliance, dashboards, rankings,
//! alerts). Resources answer with them; they never answer HTTP themselves.

pub mod compliance;
pub mod publicity;
pub mod rankings;
