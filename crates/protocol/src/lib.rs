//! The contract between the page written at build time (`crates/page`) and
//! the live layer that makes it live (the wasm app in `src/`): what both
//! sides must agree on, as types both import. It has no dependencies, so
//! the reader's download pays nothing for it.
//!
//! - [`Lang`]: the languages and their keys (`?lang=`, `<html lang>`).
//! - [`PhasedAttr`] and [`PerPhase`]: an attribute whose value changes
//!   with the phase is written once per element as `data-p-<attr>="v0|v1|…"`
//!   (one value per phase, [`ABSENT`] where the attribute is absent); the
//!   live layer sets `<attr>` to the value of the phase shown.
//! - [`hooks`]: the ids, classes and data attributes the live layer finds
//!   things by. A native test of the page checks every one is there.

pub mod hooks;
mod per_phase;

pub use per_phase::{
    EncodeError, PerPhase, PhasedAttr, Written, ABSENT, ALL_PHASES_SELECTOR, PHASED_MARKER,
    PHASED_SELECTOR,
};

/// The reader's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, as in `?lang=`, `data-lang` and `<html lang>`.
    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language with this key, if any.
    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// The play button's icon while stopped, and while playing.
pub const PLAY_ICON: &str = "▶";
pub const PAUSE_ICON: &str = "❚❚";
