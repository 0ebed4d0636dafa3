//! The card's one typeface, Noto Sans Regular and Bold (SIL OFL 1.1, from
//! the `notosans` crate), loaded into resvg's font database from memory so
//! the card looks the same on every machine and needs no system fonts.

use std::sync::{Arc, OnceLock};

use resvg::usvg::{self, fontdb};

use crate::Lang;

/// The family name inside the font files, as the card's CSS asks for it.
pub const FAMILY: &str = "Noto Sans";

/// The font database, built once per process.
fn database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_font_data(notosans::REGULAR_TTF.to_vec());
            db.load_font_data(notosans::BOLD_TTF.to_vec());
            Arc::new(db)
        })
        .clone()
}

/// Parsing options for the card: only the bundled font, and no `href` is
/// ever resolved to a file, so parsing reads nothing from disk or network.
pub fn options(lang: Lang) -> usvg::Options<'static> {
    usvg::Options {
        font_family: FAMILY.to_owned(),
        languages: vec![lang.key().to_owned()],
        fontdb: database(),
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_string: Box::new(|_, _| None),
            ..usvg::ImageHrefResolver::default()
        },
        ..usvg::Options::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins that both weights load and answer to the family the CSS names:
    // a mismatch would make resvg drop every text silently.
    #[test]
    fn both_weights_answer_to_the_family_name() {
        let db = database();
        for weight in [fontdb::Weight::NORMAL, fontdb::Weight::BOLD] {
            let query = fontdb::Query {
                families: &[fontdb::Family::Name(FAMILY)],
                weight,
                ..fontdb::Query::default()
            };
            let id = db.query(&query).expect("the family is loaded");
            assert_eq!(db.face(id).map(|f| f.weight), Some(weight));
        }
    }
}
