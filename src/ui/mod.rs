//! The live layer: what the WebAssembly app adds to the page that
//! `crate::page` wrote at build time. It carries no story text: phases,
//! words and per-phase attributes are read from the page (`page`), the
//! phase and language are signals, the phase control in the page is wired
//! to them, and one small Leptos component (the copy link) is mounted into
//! the place the page leaves for it.

mod app;
mod browser;
mod copy_link;
mod page;
mod phase_control;

pub use app::start;
pub use copy_link::CopyLink;
pub use page::PhaseInfo;
pub use phase_control::Player;
