//! "Get the data": the story's facts as files a reader can download, made
//! at build time from the same statics and wording functions as the page,
//! so the data says exactly what the page says. Three CSV tables
//! (`figures`, `events`, `places`: UTF-8, RFC 4180, CRLF, no byte-order
//! mark) and one JSON document (`story.json`); docs/data.md describes every
//! column and field. Every row carries its sources (`sourced`).

mod events;
mod figures;
mod files;
mod json;
mod places;
mod sourced;
mod table;

pub use events::events_csv;
pub use figures::figures_csv;
pub use files::{write_data, FILES, FOLDER};
pub use json::{document, story_json, Document, VERSION};
pub use places::{places_csv, GEOGRAPHY};
pub use sourced::SEPARATOR;
pub use table::quote;
