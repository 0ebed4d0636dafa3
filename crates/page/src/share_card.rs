//! What the share card (`og:image`) is, as the page names it: its file per
//! language, its size, the places it draws, and its alternative text.
//! `crates/sharecard` draws it from these; the page's `<head>` and oEmbed
//! documents point at it.

use crate::story::{Lang, Place, PlaceKind, STORY};
use crate::text;

/// The card's size in pixels: the Open Graph large image.
pub const CARD_SIZE: (u32, u32) = (1200, 630);

/// The card's file name for a language, at the site's root:
/// `share-en.png`, `share-es.png`.
pub fn card_file(lang: Lang) -> String {
    format!("share-{}.png", lang.key())
}

/// The places drawn on the card: those the story is about. Twin cities are
/// plain geography, named on the page for orientation only.
pub fn drawn_places() -> impl Iterator<Item = &'static Place> {
    STORY
        .places
        .iter()
        .filter(|place| place.kind != PlaceKind::TwinCity)
}

/// The card described in words, for `og:image:alt`: what it shows, in the
/// page's language, with the places counted from the story.
pub fn alt_text(lang: Lang) -> String {
    let ui = text::ui(lang);
    let count = |kind| drawn_places().filter(|p| p.kind == kind).count();
    let places = [
        PlaceKind::Port,
        PlaceKind::Encampment,
        PlaceKind::HearingFacility,
    ]
    .map(|kind| counted(count(kind), kind, lang));
    let places = list(&places, lang);
    match lang {
        Lang::En => format!(
            "“{}” ({}), above a map of the US–Mexico border marking {places}.",
            ui.title, ui.kicker
        ),
        Lang::Es => format!(
            "«{}» ({}), sobre un mapa de la frontera entre Estados Unidos y México que señala {places}.",
            ui.title, ui.kicker
        ),
    }
}

/// "7 ports of entry", "1 encampment".
fn counted(n: usize, kind: PlaceKind, lang: Lang) -> String {
    let (one, many) = match (kind, lang) {
        (PlaceKind::Port, Lang::En) => ("port of entry", "ports of entry"),
        (PlaceKind::Encampment, Lang::En) => ("encampment", "encampments"),
        (PlaceKind::HearingFacility, Lang::En) => ("hearing facility", "hearing facilities"),
        (PlaceKind::TwinCity, Lang::En) => ("city", "cities"),
        (PlaceKind::Port, Lang::Es) => ("puerto de entrada", "puertos de entrada"),
        (PlaceKind::Encampment, Lang::Es) => ("campamento", "campamentos"),
        (PlaceKind::HearingFacility, Lang::Es) => ("centro de audiencias", "centros de audiencias"),
        (PlaceKind::TwinCity, Lang::Es) => ("ciudad", "ciudades"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "a, b and c" / "a, b y c".
fn list(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::En => " and ",
        Lang::Es => " y ",
    };
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins the wording: singular for one, and the language's own "and".
    #[test]
    fn counts_and_lists_read_naturally() {
        assert_eq!(counted(1, PlaceKind::Port, Lang::En), "1 port of entry");
        assert_eq!(
            counted(2, PlaceKind::HearingFacility, Lang::Es),
            "2 centros de audiencias"
        );
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(list(&items, Lang::En), "a, b and c");
        assert_eq!(list(&items[..2], Lang::Es), "a y b");
        assert_eq!(list(&items[..1], Lang::Es), "a");
    }

    // Pins that geography stays off the card and the story's places stay on.
    #[test]
    fn only_the_story_places_are_drawn() {
        assert!(drawn_places().all(|p| p.kind != PlaceKind::TwinCity));
        for kind in [
            PlaceKind::Port,
            PlaceKind::Encampment,
            PlaceKind::HearingFacility,
        ] {
            assert!(drawn_places().any(|p| p.kind == kind), "{kind:?}");
        }
    }
}
