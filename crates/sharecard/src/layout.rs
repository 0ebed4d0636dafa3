//! Where everything sits on the card, as plain numbers: the masthead band
//! at the top, and the map scaled to the card's width and slid up or down
//! so that every place of the story shows below the band.

use page::story::{L10n, Place, AREA_LABELS, STORY};

/// The card's size in pixels: the size social sites ask for `og:image`.
pub const WIDTH: u32 = page::share_card::CARD_SIZE.0;
pub const HEIGHT: u32 = page::share_card::CARD_SIZE.1;

/// The text's left edge, and the least room kept at the right edge.
pub const MARGIN: f32 = 64.0;
/// The kicker: baseline, size and letter spacing (the page's 0.08em).
pub const KICKER_BASELINE: f32 = 66.0;
pub const KICKER_SIZE: f32 = 26.0;
pub const KICKER_SPACING: f32 = 0.08 * KICKER_SIZE;
/// The title: baseline and size, large enough to read at thumbnail size.
pub const TITLE_BASELINE: f32 = 148.0;
pub const TITLE_SIZE: f32 = 84.0;
/// The band behind the text: solid paper down to `BAND_SOLID`, fading
/// into the map by `BAND_END`. No place may sit under it.
pub const BAND_SOLID: f32 = 172.0;
pub const BAND_END: f32 = 204.0;
/// Room kept between the lowest symbol and the card's bottom edge.
pub const BOTTOM_MARGIN: f32 = 14.0;

/// Country names: size and letter spacing (the page's 0.04em).
pub const AREA_SIZE: f32 = 22.0;
pub const AREA_SPACING: f32 = 0.04 * AREA_SIZE;
/// Room between the band and a country name moved out from under it.
const AREA_GAP: f32 = 12.0;

/// One symbol unit in map (viewBox) units: symbols are drawn a little
/// larger than on the page, for a card seen at thumbnail size.
pub const SYMBOL_UNIT: f32 = 8.0;
/// How far a symbol reaches from its centre, in symbol units: the page's
/// shapes (circle r 1, triangle circumradius 1.25, square half-side 0.75)
/// with their outline.
const SYMBOL_REACH: f32 = 1.4;

/// The country names drawn on the card, with their baselines on the card:
/// those the page shows on every map (the seas' names are for wide maps),
/// at the page's spot, moved down out of the band if it would hide them.
pub fn area_labels() -> impl Iterator<Item = (L10n, f32, f32)> {
    let frame = map_frame();
    AREA_LABELS
        .iter()
        .filter(|(_, _, _, on_every_map)| *on_every_map)
        .map(move |(name, x, y, _)| {
            let (x, y) = frame.to_card((f32::from(*x), f32::from(*y)));
            (*name, x, y.max(BAND_END + AREA_GAP + AREA_SIZE))
        })
}

pub use page::share_card::drawn_places;

/// A place's symbol centre, in map units.
pub fn symbol_centre(place: &Place) -> (f32, f32) {
    (
        place.x + place.symbol_dx * SYMBOL_UNIT,
        place.y + place.symbol_dy * SYMBOL_UNIT,
    )
}

/// How the map's viewBox sits on the card: `card = map * scale + offset`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapFrame {
    pub scale: f32,
    pub dx: f32,
    pub dy: f32,
}

impl MapFrame {
    /// The SVG transform that draws map units on the card.
    pub fn transform(self) -> String {
        format!("translate({} {}) scale({})", self.dx, self.dy, self.scale)
    }

    /// A point in map units, on the card.
    pub fn to_card(self, (x, y): (f32, f32)) -> (f32, f32) {
        (x * self.scale + self.dx, y * self.scale + self.dy)
    }
}

/// The map fills the card's width; its lowest symbol sits `BOTTOM_MARGIN`
/// above the bottom edge, which leaves the empty north of the US map under
/// the band.
pub fn map_frame() -> MapFrame {
    let scale = WIDTH as f32 / STORY.map.width;
    let lowest = drawn_places()
        .map(|place| symbol_centre(place).1 + SYMBOL_REACH * SYMBOL_UNIT)
        .fold(f32::MIN, f32::max);
    MapFrame {
        scale,
        dx: 0.0,
        dy: HEIGHT as f32 - BOTTOM_MARGIN - lowest * scale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins that the map covers the card below the band's solid paper: no
    // strip of bare paper at any edge, and no map edge showing in the fade.
    #[test]
    fn the_map_covers_the_card() {
        let frame = map_frame();
        let (left, top) = frame.to_card((0.0, 0.0));
        let (right, bottom) = frame.to_card((STORY.map.width, STORY.map.height));
        assert!(left <= 0.0 && top <= BAND_SOLID, "{left} {top}");
        assert!(
            right >= WIDTH as f32 && bottom >= HEIGHT as f32,
            "{right} {bottom}"
        );
    }

    // Pins that every symbol shows whole, below the text band and inside
    // the card.
    #[test]
    fn every_symbol_is_below_the_band_and_on_the_card() {
        let frame = map_frame();
        let reach = SYMBOL_REACH * SYMBOL_UNIT * frame.scale;
        for place in drawn_places() {
            let (x, y) = frame.to_card(symbol_centre(place));
            assert!(y - reach >= BAND_END, "{} is under the band", place.id);
            assert!(y + reach <= HEIGHT as f32, "{} is off the bottom", place.id);
            assert!(
                x - reach >= 0.0 && x + reach <= WIDTH as f32,
                "{}",
                place.id
            );
        }
    }

    // Pins that the country names show whole, below the band and on the card.
    #[test]
    fn country_names_are_below_the_band() {
        let labels: Vec<_> = area_labels().collect();
        assert_eq!(labels.len(), 2);
        for (name, x, y) in labels {
            assert!(y - AREA_SIZE >= BAND_END, "{}", name.en);
            assert!(
                y <= HEIGHT as f32 && (0.0..WIDTH as f32).contains(&x),
                "{}",
                name.en
            );
        }
    }
}
