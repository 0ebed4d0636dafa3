//! The explainer's share cards (`og:image`), drawn at build time from the
//! page's own words and map: [`card_svg`] composes a 1200×630 SVG,
//! [`render_png`] rasterises it with resvg, [`alt_text`] describes it for
//! `og:image:alt`. No browser, no system fonts, nothing fetched.

mod alt;
mod card;
mod fonts;
mod layout;
mod raster;
mod style;

pub use alt::alt_text;
pub use card::card_svg;
pub use layout::{HEIGHT, WIDTH};
pub use page::story::Lang;
pub use raster::render_png;

/// The card's file name for a language, as the build writes it and the
/// page's `og:image` names it: `share-en.png`, `share-es.png`.
pub fn file_name(lang: Lang) -> String {
    format!("share-{}.png", lang.key())
}
