//! The live layer: what the WebAssembly app adds to the page the build
//! wrote (`crates/page`). It carries no story text: phases, words and
//! per-phase attributes are read from the page (`dom`), through the names
//! and encoding of the `protocol` crate; the phase and language are
//! signals; the phase control in the page is wired to them
//! (`phase_control`); and one small Leptos component, the copy link
//! (`copy_link`), is mounted into the place the page leaves for it.

mod app;
mod browser;
mod copy_link;
mod dom;
mod phase_control;
mod place_picker;

pub use app::start;
pub use copy_link::CopyLink;
pub use phase_control::Player;
