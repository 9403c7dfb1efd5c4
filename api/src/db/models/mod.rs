//! Rows as stored, and the forms that insert them, one file per group of concepts. Code
//! lists are stored as their codes.

mod accounts;
mod cobuilding;
mod governance;
mod life;
mod members;
mod online;
mod pipeline;
mod powers;
mod structure;

pub use accounts::*;
pub use cobuilding::*;
pub use governance::*;
pub use life::*;
pub use members::*;
pub use online::*;
pub use pipeline::*;
pub use powers::*;
pub use structure::*;
