//! Build-time label placement for the map: for each place, try positions
//! around its symbol, nearest first, and keep the first that stays inside the
//! map and clear of every symbol and every label already placed.
//!
//! Placement is computed for the largest text and symbols a layout uses, so
//! it holds at every smaller size the layout shows. Offsets are in em of the
//! label's font, so the browser keeps them right as the font scales.

use crate::model::TextAnchor;

/// A rectangle in viewBox units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    pub fn inside(&self, width: f64, height: f64) -> bool {
        self.x0 >= 0.0 && self.y0 >= 0.0 && self.x1 <= width && self.y1 <= height
    }
}

/// Where a label sits: offsets from its symbol's centre in em, and anchor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub dx_em: f64,
    pub dy_em: f64,
    pub anchor: TextAnchor,
}

/// A label to place: its symbol's centre, the symbol's radius and its text.
#[derive(Debug, Clone)]
pub struct LabelRequest {
    pub x: f64,
    pub y: f64,
    /// Symbol radius in viewBox units at this layout's largest size.
    pub symbol_radius: f64,
    pub text: String,
    /// Preferred side: +1 south (Mexico), -1 north (US), 0 either.
    pub side: i8,
    /// Lower is placed first: 0 for the most important labels.
    pub priority: u8,
}

/// The sizes a layout is computed for.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Font size in viewBox units (the largest the layout shows).
    pub font: f64,
    pub width: f64,
    pub height: f64,
}

/// Estimated advance width of a character, in em, for a bold sans-serif.
/// Deliberately generous: the browser test measures the real text.
const CHAR_EM: f64 = 0.62;
/// Text box height in em (ascent + descent) and the baseline's depth in it.
const LINE_EM: f64 = 1.2;
const BASELINE_EM: f64 = 0.9;
/// Clearance kept around every label, in em.
const PAD_EM: f64 = 0.15;

/// The box a label occupies for a placement.
pub fn label_box(req: &LabelRequest, p: Placement, font: f64) -> Rect {
    let width = req.text.chars().count() as f64 * CHAR_EM * font;
    let x = req.x + p.dx_em * font;
    let baseline = req.y + p.dy_em * font;
    let x0 = match p.anchor {
        TextAnchor::Start => x,
        TextAnchor::Middle => x - width / 2.0,
        TextAnchor::End => x - width,
    };
    let pad = PAD_EM * font;
    Rect {
        x0: x0 - pad,
        y0: baseline - BASELINE_EM * font - pad,
        x1: x0 + width + pad,
        y1: baseline + (LINE_EM - BASELINE_EM) * font + pad,
    }
}

/// The box a symbol occupies.
pub fn symbol_box(req: &LabelRequest) -> Rect {
    let r = req.symbol_radius;
    Rect {
        x0: req.x - r,
        y0: req.y - r,
        x1: req.x + r,
        y1: req.y + r,
    }
}

/// Candidate placements, nearest first; the symbol's radius (in em) sets the gap.
fn candidates(req: &LabelRequest, font: f64) -> Vec<Placement> {
    let r = req.symbol_radius / font + 0.25;
    let mid = 0.32; // baseline offset that centres text vertically on the symbol
    let right = Placement {
        dx_em: r,
        dy_em: mid,
        anchor: TextAnchor::Start,
    };
    let left = Placement {
        dx_em: -r,
        dy_em: mid,
        anchor: TextAnchor::End,
    };
    let above = Placement {
        dx_em: 0.0,
        dy_em: -r - 0.25,
        anchor: TextAnchor::Middle,
    };
    let below = Placement {
        dx_em: 0.0,
        dy_em: r + 0.9,
        anchor: TextAnchor::Middle,
    };
    let above_right = Placement {
        dx_em: r * 0.7,
        dy_em: -r * 0.7 - 0.1,
        anchor: TextAnchor::Start,
    };
    let above_left = Placement {
        dx_em: -r * 0.7,
        dy_em: -r * 0.7 - 0.1,
        anchor: TextAnchor::End,
    };
    let below_right = Placement {
        dx_em: r * 0.7,
        dy_em: r * 0.7 + 0.75,
        anchor: TextAnchor::Start,
    };
    let below_left = Placement {
        dx_em: -r * 0.7,
        dy_em: r * 0.7 + 0.75,
        anchor: TextAnchor::End,
    };
    let mut near = match req.side {
        1 => vec![
            below,
            below_left,
            below_right,
            left,
            right,
            above_left,
            above_right,
            above,
        ],
        -1 => vec![
            above,
            above_right,
            above_left,
            right,
            left,
            below_right,
            below_left,
            below,
        ],
        _ => vec![
            right,
            left,
            above_right,
            below_right,
            above_left,
            below_left,
            above,
            below,
        ],
    };
    // A second ring, further out, before giving up.
    let far: Vec<Placement> = near
        .iter()
        .map(|p| Placement {
            dx_em: p.dx_em * 1.8,
            dy_em: p.dy_em + p.dy_em.signum() * 0.7,
            anchor: p.anchor,
        })
        .collect();
    near.extend(far);
    near
}

/// Places labels, most important (lowest `priority`) first. A label that
/// fits nowhere gets `None`: the place stays on the map and in the table.
pub fn place(requests: &[LabelRequest], layout: Layout) -> Vec<Option<Placement>> {
    let symbols: Vec<Rect> = requests.iter().map(symbol_box).collect();
    place_among(requests, &symbols, &[], layout)
}

/// As [`place`], with the requests' own symbol boxes given and other boxes
/// (area names, unlabelled symbols) that no label may cover.
pub fn place_among(
    requests: &[LabelRequest],
    symbols: &[Rect],
    obstacles: &[Rect],
    layout: Layout,
) -> Vec<Option<Placement>> {
    let mut taken: Vec<Rect> = obstacles.to_vec();
    requests
        .iter()
        .enumerate()
        .map(|(i, req)| {
            let found = candidates(req, layout.font).into_iter().find(|&p| {
                let b = label_box(req, p, layout.font);
                b.inside(layout.width, layout.height)
                    && !taken.iter().any(|t| t.overlaps(&b))
                    && !symbols
                        .iter()
                        .enumerate()
                        .any(|(j, s)| j != i && s.overlaps(&b))
            });
            if let Some(p) = found {
                taken.push(label_box(req, p, layout.font));
            }
            found
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(x: f64, y: f64, text: &str) -> LabelRequest {
        LabelRequest {
            x,
            y,
            symbol_radius: 8.0,
            text: text.into(),
            side: 0,
            priority: 0,
        }
    }

    const LAYOUT: Layout = Layout {
        font: 20.0,
        width: 1000.0,
        height: 500.0,
    };

    // Pins that placed labels never overlap each other or foreign symbols,
    // and stay inside the map, for a crowded cluster.
    #[test]
    fn crowded_labels_do_not_overlap() {
        let requests: Vec<LabelRequest> = (0..12)
            .map(|i| {
                req(
                    400.0 + f64::from(i % 4) * 30.0,
                    200.0 + f64::from(i / 4) * 30.0,
                    "Eagle Pass",
                )
            })
            .collect();
        let placed = place(&requests, LAYOUT);
        let boxes: Vec<(usize, Rect)> = placed
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.map(|p| (i, label_box(&requests[i], p, LAYOUT.font))))
            .collect();
        assert!(boxes.len() >= 4, "some labels fit");
        assert!(
            boxes.len() < 12,
            "not all twelve can fit in so tight a grid"
        );
        for (i, a) in &boxes {
            assert!(a.inside(LAYOUT.width, LAYOUT.height));
            for (j, b) in &boxes {
                assert!(i == j || !a.overlaps(b), "labels {i} and {j} overlap");
            }
            for (j, r) in requests.iter().enumerate() {
                assert!(
                    *i == j || !symbol_box(r).overlaps(a),
                    "label {i} covers symbol {j}"
                );
            }
        }
    }

    // Pins the preference for a side and the fallback at the map's edge.
    #[test]
    fn prefers_its_side_and_avoids_edges() {
        let mut south = req(500.0, 250.0, "Nuevo Laredo");
        south.side = 1;
        let p = place(std::slice::from_ref(&south), LAYOUT)[0].unwrap();
        assert!(
            p.dy_em > 0.0,
            "a Mexican city is labelled on the south side"
        );

        let edge = req(990.0, 250.0, "Brownsville");
        let p = place(std::slice::from_ref(&edge), LAYOUT)[0].unwrap();
        assert_eq!(
            p.anchor,
            TextAnchor::End,
            "at the east edge the label goes west"
        );
        assert!(label_box(&edge, p, LAYOUT.font).inside(LAYOUT.width, LAYOUT.height));
    }

    #[test]
    fn boxes_follow_anchor() {
        let r = req(100.0, 100.0, "abcd");
        let start = label_box(
            &r,
            Placement {
                dx_em: 0.0,
                dy_em: 0.0,
                anchor: TextAnchor::Start,
            },
            10.0,
        );
        let end = label_box(
            &r,
            Placement {
                dx_em: 0.0,
                dy_em: 0.0,
                anchor: TextAnchor::End,
            },
            10.0,
        );
        assert!(start.x0 < 100.0 && start.x1 > 100.0 + 4.0 * 0.62 * 10.0 - 0.1);
        assert!(
            (end.x1 - 100.0 - 1.5).abs() < 1e-9,
            "end anchor ends at x plus padding"
        );
    }
}
