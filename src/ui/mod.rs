//! The components: thin wiring from the phase and language signals to the DOM.

mod app;
mod border_map;
mod browser;
mod copy_link;
mod counts_panel;
mod language_switch;
mod phase_panel;
mod phase_slider;
mod sources_list;

use leptos::prelude::*;

use crate::story::Lang;

pub use app::App;
pub use border_map::BorderMap;
pub use browser::start;
pub use copy_link::CopyLink;
pub use counts_panel::CountsPanel;
pub use language_switch::LanguageSwitch;
pub use phase_panel::PhasePanel;
pub use phase_slider::PhaseSlider;
pub use sources_list::SourcesList;

/// The reader's language, provided by [`App`] to every component. A plain
/// value, not a signal: a change of language (rare) redraws the page once,
/// which keeps the app small; phase changes stay fine-grained.
#[derive(Clone, Copy)]
pub struct LangContext(pub Lang);

/// The language from context.
pub fn use_lang() -> Lang {
    expect_context::<LangContext>().0
}
