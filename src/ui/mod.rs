//! The live layer: what the WebAssembly app adds to the page the build
//! wrote (`crates/page`). It carries no story text: phases, words and
//! per-phase attributes are read from the page (`dom`), through the names
//! and encoding of the `protocol` crate. The phase and the place in focus
//! are plain state (`live`), which every change goes through; the phase
//! control (`phase_control`), the copy link (`copy_link`) and the map's
//! places (`place_picker` for crowded ones) in the page are wired to it.
//! The app renders no markup of its own, and needs no framework: the
//! page's markup is Leptos's, rendered at build time.

mod app;
mod browser;
mod copy_link;
mod dom;
mod live;
mod phase_control;
mod place_picker;

pub use app::start;
