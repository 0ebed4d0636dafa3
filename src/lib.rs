//! "Remain in Mexico": an embeddable explainer of the US Migrant Protection
//! Protocols, 2019–2023.
//!
//! Pure modules (`story`, `timeline`, `counts`, `map`, `text`) hold the facts and
//! the logic and are tested natively; `ui` only wires signals to the DOM.

pub mod counts;
pub mod facts;
pub mod html;
pub mod map;
pub mod page;
pub mod palette;
pub mod story;
pub mod text;
pub mod timeline;
pub mod ui;
pub mod url_state;
