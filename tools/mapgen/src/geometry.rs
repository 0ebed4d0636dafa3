//! Plane geometry for the generator, in viewBox units: what is inside the
//! map rectangle, simplified, and written as compact SVG path data.
//!
//! The `geo` crate does the geometry (clipping with its BooleanOps,
//! Ramer-Douglas-Peucker simplification, areas). Two small things stay by
//! hand because no crate does them: `stitch`, which puts clipped lines back
//! together, and `encode_path`, which writes whole-unit, relative path data.

use geo::{Area, BooleanOps, LineString, MultiLineString, MultiPolygon, Polygon, Rect, Simplify};

/// The map rectangle [0, width] x [0, height].
pub fn frame(width: f64, height: f64) -> Rect {
    Rect::new((0.0, 0.0), (width, height))
}

/// The land inside `frame`: each piece clipped to it, pieces smaller than
/// `min_area` square units dropped (measured before simplifying, so a speck
/// is judged by its real size), the rest simplified within `tolerance`.
pub fn land_in(frame: Rect, land: &MultiPolygon, min_area: f64, tolerance: f64) -> Vec<Polygon> {
    land.intersection(&frame.to_polygon())
        .into_iter()
        .filter(|piece| piece.unsigned_area() >= min_area)
        .map(|piece| piece.simplify(tolerance))
        .collect()
}

/// The runs of `line` inside `frame`, each simplified within `tolerance`.
/// A line that leaves and comes back gives one run per visit.
pub fn runs_in(frame: Rect, line: &LineString, tolerance: f64) -> Vec<LineString> {
    let pieces = frame
        .to_polygon()
        .clip(&MultiLineString(vec![line.clone()]), false)
        .0;
    stitch(pieces)
        .into_iter()
        .filter(|run| run.0.len() >= 2)
        .map(|run| run.simplify(tolerance))
        .collect()
}

/// Joins clipped pieces of one line back into runs. geo's line clipping (by
/// i_overlay) keeps each piece's direction but cuts wherever its sweep does,
/// at any vertex, and returns the pieces out of order; left so, every cut
/// would cost a move in the path and pin a point simplification could drop.
/// geo has no line merging (GEOS's LineMerger, in C++, is the usual one), so:
/// a piece starting exactly where another ends continues it. The two share
/// the clipper's snapped vertex, so the test is exact.
fn stitch(mut pieces: Vec<LineString>) -> Vec<LineString> {
    let mut runs = Vec::new();
    while !pieces.is_empty() {
        // A run begins with a piece nothing leads into (or any, on a loop).
        let first = (0..pieces.len())
            .find(|&i| !pieces.iter().any(|p| p.0.last() == pieces[i].0.first()))
            .unwrap_or(0);
        let mut run = pieces.swap_remove(first);
        while let Some(next) = pieces.iter().position(|p| p.0.first() == run.0.last()) {
            run.0.extend(pieces.swap_remove(next).0.into_iter().skip(1));
        }
        runs.push(run);
    }
    runs
}

/// Encodes lines as one SVG path: an absolute move, then relative steps,
/// with coordinates rounded to whole units (about 2.3 km), and `z` ending
/// each one if `closed`. Pieces that round to nothing are left out.
pub fn encode_path<'a>(pieces: impl IntoIterator<Item = &'a LineString>, closed: bool) -> String {
    let mut d = String::new();
    for piece in pieces {
        let mut points: Vec<(i64, i64)> = Vec::with_capacity(piece.0.len());
        for c in piece.coords() {
            let p = (c.x.round() as i64, c.y.round() as i64);
            if points.last() != Some(&p) {
                points.push(p);
            }
        }
        // `z` draws the closing step, so a ring need not repeat its start.
        if closed && points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        if points.len() < if closed { 3 } else { 2 } {
            continue;
        }
        let (x, y) = points[0];
        d.push_str(&format!("M{x} {y}l"));
        for (i, pair) in points.windows(2).enumerate() {
            let (dx, dy) = (pair[1].0 - pair[0].0, pair[1].1 - pair[0].1);
            // A minus sign separates numbers by itself; only others need a space.
            if i > 0 && dx >= 0 {
                d.push(' ');
            }
            d.push_str(&dx.to_string());
            if dy >= 0 {
                d.push(' ');
            }
            d.push_str(&dy.to_string());
        }
        if closed {
            d.push('z');
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{coord, polygon, Distance, Euclidean};

    fn line(points: &[(f64, f64)]) -> LineString {
        LineString::from(points.to_vec())
    }

    // Pins polygon clipping: a square half outside keeps its inside half;
    // land wholly outside, or too small, is dropped.
    #[test]
    fn clips_land_to_the_frame() {
        let half_out =
            polygon![(x: -5.0, y: 0.0), (x: 5.0, y: 0.0), (x: 5.0, y: 10.0), (x: -5.0, y: 10.0)];
        let outside = polygon![(x: -9.0, y: -9.0), (x: -8.0, y: -9.0), (x: -8.0, y: -8.0)];
        let speck = polygon![(x: 50.0, y: 50.0), (x: 51.0, y: 50.0), (x: 51.0, y: 51.0)];
        let land = MultiPolygon(vec![half_out, outside, speck]);
        let pieces = land_in(frame(100.0, 100.0), &land, 1.0, 0.0);
        assert_eq!(pieces.len(), 1, "only the clipped square is left");
        assert!((pieces[0].unsigned_area() - 50.0).abs() < 1e-6);
        assert!(pieces[0].exterior().coords().all(|c| c.x >= 0.0));
    }

    // Pins line clipping: a line leaving and re-entering gives two runs, each
    // in its own direction (collinear points may go; 1e-9 drops them).
    #[test]
    fn clips_a_line_into_runs() {
        let path = line(&[
            (1.0, 1.0),
            (5.0, 1.0),
            (15.0, 1.0),
            (15.0, 5.0),
            (5.0, 5.0),
            (2.0, 5.0),
        ]);
        let runs = runs_in(frame(10.0, 10.0), &path, 1e-9);
        assert_eq!(
            runs,
            [
                line(&[(1.0, 1.0), (10.0, 1.0)]),
                line(&[(10.0, 5.0), (2.0, 5.0)])
            ]
        );
    }

    // Pins simplification: noise within the tolerance goes, every dropped
    // point stays within the tolerance of the result, a real corner stays.
    #[test]
    fn simplifies_within_tolerance() {
        let wiggly: Vec<(f64, f64)> = (0..=100)
            .map(|i| (f64::from(i), if i % 2 == 0 { 1.0 } else { 1.2 }))
            .collect();
        let runs = runs_in(frame(200.0, 200.0), &line(&wiggly), 0.5);
        assert_eq!(runs, [line(&[(0.0, 1.0), (100.0, 1.0)])]);
        let corner = line(&[(1.0, 1.0), (5.0, 5.0), (10.0, 1.0)]);
        assert_eq!(runs_in(frame(20.0, 20.0), &corner, 0.5)[0].0.len(), 3);
        let coast: Vec<(f64, f64)> = (0..=60)
            .map(|i| {
                let t = f64::from(i) / 10.0;
                (
                    5.0 + 3.0 * t.cos(),
                    5.0 + 3.0 * t.sin() + 0.3 * (7.0 * t).sin(),
                )
            })
            .collect();
        let runs = runs_in(frame(10.0, 10.0), &line(&coast), 0.4);
        assert_eq!(runs.len(), 1, "a line wholly inside stays one run");
        let simple = &runs[0];
        assert_eq!(
            simple.0.first(),
            coast.first().map(|&(x, y)| coord! { x: x, y: y }).as_ref()
        );
        assert!(simple.0.len() < coast.len() / 2, "{}", simple.0.len());
        for &(x, y) in &coast {
            let d = Euclidean.distance(&geo::Point::new(x, y), simple);
            assert!(d <= 0.4 + 1e-9, "({x}, {y}) is {d} away");
        }
    }

    #[test]
    fn encodes_compact_relative_paths() {
        let ring = line(&[(0.4, 0.0), (10.0, 0.0), (10.0, 5.2), (0.0, 0.0)]);
        assert_eq!(
            encode_path([&ring], true),
            "M0 0l10 0 0 5z",
            "z closes the ring; its repeated start is not written"
        );
        let run = line(&[(5.0, 5.0), (3.0, 5.0), (3.0, 2.0), (6.0, 2.0)]);
        let dot = line(&[(1.0, 1.0), (1.2, 1.1)]);
        assert_eq!(
            encode_path([&run, &dot], false),
            "M5 5l-2 0 0-3 3 0",
            "minus signs need no space; a run rounding to one point is dropped"
        );
    }
}
