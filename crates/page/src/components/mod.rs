//! The page as Leptos components, one per part, rendered to HTML at build
//! time with Leptos's own server-side renderer (`crate::render`). They only
//! draw what the pure modules computed; every text and attribute is escaped
//! by the renderer.

mod citation;
mod corrections;
mod counts;
mod explainer;
mod head;
mod ids;
mod legend;
mod map;
mod masthead;
mod phase;
mod phase_control;
mod phased;
mod place_table;
mod sources;

pub use citation::{Citation, Quotation, SourceReference};
pub use corrections::CorrectionsSection;
pub use counts::CountsSection;
pub use explainer::{App, Explainer};
pub use head::Head;
pub use ids::id;
pub use legend::Legend;
pub use map::{MapGeometry, MapKey, MapSection, Symbol, MAP_GEOMETRY_ID};
pub use masthead::{page_from, Masthead, UpdatedLine};
pub use phase::{EventItem, PhaseSection};
pub use phase_control::PhaseControl;
pub use place_table::PlaceTable;
pub use sources::SourcesFooter;
