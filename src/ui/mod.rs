//! The components: thin wiring from the phase signal to the DOM.

mod app;
mod border_map;
mod browser;
mod citation;
mod copy_link;
mod counts_panel;
mod phase_panel;
mod phase_slider;
mod sources_list;

pub use app::App;
pub use border_map::BorderMap;
pub use browser::start;
pub use citation::Citation;
pub use copy_link::CopyLink;
pub use counts_panel::CountsPanel;
pub use phase_panel::PhasePanel;
pub use phase_slider::PhaseSlider;
pub use sources_list::SourcesList;
