//! "Remain in Mexico": the live layer of an embeddable explainer of the US
//! Migrant Protection Protocols, 2019–2023.
//!
//! The page itself, with the whole story, is written at build time by the
//! `page` crate; this crate is the small, story-free WebAssembly app that
//! makes it live (`ui`), and the pure logic it uses (`url_state`,
//! `stepping`, `tap`), tested natively. What the two sides share is the `protocol` crate.

pub mod stepping;
pub mod tap;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod url_state;
