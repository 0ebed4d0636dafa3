//! The explainer's page, written at build time: the story compiled in from
//! `assets/story.toml` (`story`), the pure domain modules that read it
//! (`timeline`, `counts`, `map_state`, `text`, `palette`, `facts`), what the share card is (`share_card`), and one
//! Leptos component per part of the page (`components`), rendered to HTML
//! by `render` for the prerender step. Native only: the wasm app carries no
//! story and never depends on this crate.

pub mod build_step;
pub mod components;
pub mod counts;
pub mod export;
pub mod facts;
pub mod map_state;
pub mod palette;
pub mod render;
pub mod share_card;
pub mod site;
pub mod story;
pub mod text;
pub mod timeline;
