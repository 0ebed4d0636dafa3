//! The explainer's share cards (`og:image`), drawn at build time from the
//! page's own words and map: [`card_svg`] composes a 1200×630 SVG and
//! [`render_png`] rasterises it with resvg. What the card is (its file, size,
//! places and alternative text) the page says, in `page::share_card`. No
//! browser, no system fonts, nothing fetched.

mod card;
mod fonts;
mod layout;
mod raster;
mod style;

pub use card::card_svg;
pub use layout::{HEIGHT, WIDTH};
pub use page::share_card::{alt_text, card_file};
pub use page::story::Lang;
pub use raster::render_png;
