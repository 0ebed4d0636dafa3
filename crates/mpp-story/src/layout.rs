//! Lays the places out on the map at build time: projects them, moves a
//! symbol that would hide behind a port just clear of it, and places labels
//! for a narrow and a wide map (see `labels`).
//!
//! Everything scales with the map's font size in the browser: symbols are
//! `SYMBOL_EM` em per symbol unit, labels are offset in em.

use crate::geo::{Frame, Projection};
use crate::labels::{self, LabelRequest, Layout, Placement, Rect};
use crate::model::TextAnchor;
use crate::model::{PlaceKind, AREA_LABELS};

/// One symbol unit, in em of the map's font (the CSS keeps this ratio).
pub const SYMBOL_EM: f64 = 0.45;
/// The largest map font each layout shows, in viewBox units (CSS mirrors
/// these in assets/style.css: narrow below 560 px of map width).
pub const NARROW_FONT: f64 = 33.0;
pub const WIDE_FONT: f64 = 21.0;

/// A symbol's radius in symbol units.
pub fn radius(kind: PlaceKind) -> f64 {
    match kind {
        PlaceKind::Port => 1.0,
        PlaceKind::Encampment => 1.15,
        PlaceKind::HearingFacility => 0.8,
        PlaceKind::TwinCity => 0.6,
    }
}

/// A place as the layout needs it.
pub struct PlaceInput {
    pub kind: PlaceKind,
    pub lon: f64,
    pub lat: f64,
    pub label: String,
}

/// Where a place ends up on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceLayout {
    /// The place's own position, viewBox units.
    pub true_x: f64,
    pub true_y: f64,
    /// The symbol's anchor (the place, or the port it is moved off).
    pub x: f64,
    pub y: f64,
    /// The symbol's offset from the anchor, symbol units.
    pub symbol_dx: f64,
    pub symbol_dy: f64,
    /// Label placements relative to the anchor, in em.
    pub narrow: Option<Placement>,
    pub wide: Option<Placement>,
}

/// Area labels are set at this fraction of the map font.
pub const AREA_LABEL_EM: f64 = 0.8;

/// The boxes the area labels occupy at a given map font (narrow maps show
/// only some of them).
pub fn area_label_boxes(font: f64, narrow: bool) -> Vec<Rect> {
    AREA_LABELS
        .iter()
        .filter(|&&(_, _, _, on_narrow)| on_narrow || !narrow)
        .map(|&(text, x, y, _)| {
            let (x, y) = (f64::from(x), f64::from(y));
            let request = LabelRequest {
                x,
                y,
                symbol_radius: 0.0,
                // Kept clear for the longer of its two languages.
                text: if text.es.chars().count() > text.en.chars().count() {
                    text.es.to_owned()
                } else {
                    text.en.to_owned()
                },
                side: 0,
                priority: 0,
            };
            labels::label_box(
                &request,
                Placement {
                    dx_em: 0.0,
                    dy_em: 0.0,
                    anchor: TextAnchor::Middle,
                },
                font * AREA_LABEL_EM,
            )
        })
        .collect()
}

/// Lays out every place. Ports come first in every decision: they are the
/// story's anchors, and other symbols move off them, never the reverse.
pub fn lay_out(places: &[PlaceInput], projection: &Projection, frame: &Frame) -> Vec<PlaceLayout> {
    let positions: Vec<(f64, f64)> = places
        .iter()
        .map(|p| frame.to_view(projection.metres(p.lon, p.lat)))
        .collect();
    let mut layouts: Vec<PlaceLayout> = places
        .iter()
        .zip(&positions)
        .map(|(place, &(x, y))| {
            let mut layout = PlaceLayout {
                true_x: x,
                true_y: y,
                x,
                y,
                symbol_dx: 0.0,
                symbol_dy: 0.0,
                narrow: None,
                wide: None,
            };
            if place.kind == PlaceKind::Port {
                return layout;
            }
            let nearest_port = places
                .iter()
                .zip(&positions)
                .filter(|(other, _)| other.kind == PlaceKind::Port)
                .map(|(_, &(px, py))| (px, py, ((x - px).powi(2) + (y - py).powi(2)).sqrt()))
                .min_by(|a, b| a.2.total_cmp(&b.2));
            if let Some((px, py, distance)) = nearest_port {
                let clear = radius(PlaceKind::Port) + radius(place.kind) + 0.35;
                // Only symbols that would sit on a port even on the widest
                // map move; the rest keep their true place at every size.
                if distance < clear * SYMBOL_EM * WIDE_FONT {
                    // Keep the true direction from the port where there is
                    // one; a facility at the port itself goes north-east.
                    let (dx, dy) = if distance > 0.05 {
                        ((x - px) / distance, (y - py) / distance)
                    } else {
                        (
                            std::f64::consts::FRAC_1_SQRT_2,
                            -std::f64::consts::FRAC_1_SQRT_2,
                        )
                    };
                    layout.x = px;
                    layout.y = py;
                    layout.symbol_dx = dx * clear;
                    layout.symbol_dy = dy * clear;
                }
            }
            layout
        })
        .collect();

    for (font, narrow) in [(NARROW_FONT, true), (WIDE_FONT, false)] {
        let unit = SYMBOL_EM * font;
        // Hearing facilities are symbols only: named in the legend, the
        // table and on focus, never in map text.
        let order: Vec<usize> = [PlaceKind::Port, PlaceKind::Encampment, PlaceKind::TwinCity]
            .iter()
            .flat_map(|kind| (0..places.len()).filter(move |&i| places[i].kind == *kind))
            .collect();
        let requests: Vec<LabelRequest> = layouts
            .iter()
            .zip(places)
            .map(|(l, p)| LabelRequest {
                x: l.x + l.symbol_dx * unit,
                y: l.y + l.symbol_dy * unit,
                symbol_radius: radius(p.kind) * unit,
                text: p.label.clone(),
                side: match p.kind {
                    PlaceKind::TwinCity => 1,
                    PlaceKind::Port => -1,
                    _ => 0,
                },
                priority: match p.kind {
                    PlaceKind::Port => 0,
                    PlaceKind::Encampment => 1,
                    _ => 2,
                },
            })
            .collect();
        let symbols: Vec<Rect> = requests.iter().map(labels::symbol_box).collect();
        let obstacles = area_label_boxes(font, narrow);
        let ordered: Vec<LabelRequest> = order.iter().map(|&i| requests[i].clone()).collect();
        let ordered_symbols: Vec<Rect> = order.iter().map(|&i| symbols[i]).collect();
        let extra: Vec<Rect> = obstacles
            .into_iter()
            .chain(
                (0..places.len())
                    .filter(|i| !order.contains(i))
                    .map(|i| symbols[i]),
            )
            .collect();
        let placed = labels::place_among(
            &ordered,
            &ordered_symbols,
            &extra,
            Layout {
                font,
                width: frame.width,
                height: frame.height,
            },
        );
        for (k, &i) in order.iter().enumerate() {
            // Relative to the symbol's anchor, so add the symbol's own offset.
            let spot = placed[k].map(|p| Placement {
                dx_em: p.dx_em + layouts[i].symbol_dx * SYMBOL_EM,
                dy_em: p.dy_em + layouts[i].symbol_dy * SYMBOL_EM,
                anchor: p.anchor,
            });
            if narrow {
                layouts[i].narrow = spot;
            } else {
                layouts[i].wide = spot;
            }
        }
    }
    layouts
}
