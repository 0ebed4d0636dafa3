//! The story of "Remain in Mexico" as plain data: the types the app renders,
//! and (with the `compile` feature) the build-time compiler that reads,
//! validates and turns `assets/story.toml` into Rust statics.

pub mod date;
pub mod model;

#[cfg(feature = "compile")]
pub mod compile;
#[cfg(feature = "compile")]
pub mod geo;
#[cfg(feature = "compile")]
pub mod labels;
#[cfg(feature = "compile")]
pub mod layout;

pub use date::{DateSpan, PartialDate};
pub use model::*;
