//! Plane geometry for the generator, in viewBox units: clipping to the map
//! rectangle, Douglas-Peucker simplification and compact SVG path encoding.

pub type Pt = (f64, f64);

/// Clips a closed ring to the rectangle [0, w] x [0, h] (Sutherland-Hodgman).
pub fn clip_polygon(ring: &[Pt], w: f64, h: f64) -> Vec<Pt> {
    type Edge = (fn(Pt, f64) -> bool, fn(Pt, Pt, f64) -> Pt, f64);
    let edges: [Edge; 4] = [
        (|p, _| p.0 >= 0.0, |a, b, _| at_x(a, b, 0.0), 0.0),
        (|p, w| p.0 <= w, |a, b, w| at_x(a, b, w), w),
        (|p, _| p.1 >= 0.0, |a, b, _| at_y(a, b, 0.0), 0.0),
        (|p, h| p.1 <= h, |a, b, h| at_y(a, b, h), h),
    ];
    let mut out: Vec<Pt> = ring.to_vec();
    for (inside, cross, limit) in edges {
        let input = std::mem::take(&mut out);
        for (i, &current) in input.iter().enumerate() {
            let previous = input[(i + input.len() - 1) % input.len()];
            match (inside(current, limit), inside(previous, limit)) {
                (true, true) => out.push(current),
                (true, false) => {
                    out.push(cross(previous, current, limit));
                    out.push(current);
                }
                (false, true) => out.push(cross(previous, current, limit)),
                (false, false) => {}
            }
        }
        if out.is_empty() {
            break;
        }
    }
    out
}

/// Clips an open line to the rectangle, returning the runs inside it.
pub fn clip_polyline(line: &[Pt], w: f64, h: f64) -> Vec<Vec<Pt>> {
    let mut runs = Vec::new();
    let mut run: Vec<Pt> = Vec::new();
    for pair in line.windows(2) {
        match clip_segment(pair[0], pair[1], w, h) {
            Some((a, b)) => {
                if run.last() != Some(&a) {
                    if run.len() >= 2 {
                        runs.push(std::mem::take(&mut run));
                    }
                    run = vec![a];
                }
                run.push(b);
            }
            None => {
                if run.len() >= 2 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
        }
    }
    if run.len() >= 2 {
        runs.push(run);
    }
    runs
}

/// Liang-Barsky segment clipping.
fn clip_segment(a: Pt, b: Pt, w: f64, h: f64) -> Option<(Pt, Pt)> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [(-dx, a.0), (dx, w - a.0), (-dy, a.1), (dy, h - a.1)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then_some((
        (a.0 + t0 * dx, a.1 + t0 * dy),
        (a.0 + t1 * dx, a.1 + t1 * dy),
    ))
}

fn at_x(a: Pt, b: Pt, x: f64) -> Pt {
    (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0))
}

fn at_y(a: Pt, b: Pt, y: f64) -> Pt {
    (a.0 + (b.0 - a.0) * (y - a.1) / (b.1 - a.1), y)
}

/// Douglas-Peucker: drops points closer than `tolerance` to the simplified line.
pub fn simplify(points: &[Pt], tolerance: f64) -> Vec<Pt> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (mut worst, mut index) = (0.0, 0);
        for i in first + 1..last {
            let d = distance_to_segment(points[i], points[first], points[last]);
            if d > worst {
                (worst, index) = (d, i);
            }
        }
        if worst > tolerance {
            keep[index] = true;
            stack.push((first, index));
            stack.push((index, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

fn distance_to_segment(p: Pt, a: Pt, b: Pt) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    let t = if length2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0)
    };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - x).powi(2) + (p.1 - y).powi(2)).sqrt()
}

/// Area of a ring (shoelace formula), unsigned.
pub fn ring_area(ring: &[Pt]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        .abs()
        / 2.0
}

/// Encodes runs as one SVG path: absolute moves, relative integer steps,
/// `z` for closed rings. Coordinates are rounded to whole units (~2.3 km).
pub fn encode_path(runs: &[(Vec<Pt>, bool)]) -> String {
    let mut d = String::new();
    for (points, closed) in runs {
        let rounded: Vec<(i64, i64)> = points
            .iter()
            .map(|p| (p.0.round() as i64, p.1.round() as i64))
            .collect();
        let mut deduped: Vec<(i64, i64)> = Vec::with_capacity(rounded.len());
        for p in rounded {
            if deduped.last() != Some(&p) {
                deduped.push(p);
            }
        }
        if deduped.len() < 2 {
            continue;
        }
        let (x, y) = deduped[0];
        d.push_str(&format!("M{x} {y}l"));
        let mut first = true;
        for pair in deduped.windows(2) {
            let (dx, dy) = (pair[1].0 - pair[0].0, pair[1].1 - pair[0].1);
            if !first && dx >= 0 {
                d.push(' ');
            }
            first = false;
            d.push_str(&format!("{dx}"));
            if dy >= 0 {
                d.push(' ');
            }
            d.push_str(&format!("{dy}"));
        }
        if *closed {
            d.push('z');
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins polygon clipping: a square half outside keeps its inside half.
    #[test]
    fn clips_polygon_to_rectangle() {
        let square = [(-5.0, 0.0), (5.0, 0.0), (5.0, 10.0), (-5.0, 10.0)];
        let clipped = clip_polygon(&square, 100.0, 100.0);
        assert!((ring_area(&clipped) - 50.0).abs() < 1e-9);
        assert!(clipped.iter().all(|p| p.0 >= 0.0));
        assert!(clip_polygon(&[(-9.0, -9.0), (-8.0, -9.0), (-8.0, -8.0)], 10.0, 10.0).is_empty());
    }

    // Pins line clipping: a line leaving and re-entering gives two runs.
    #[test]
    fn clips_polyline_into_runs() {
        let line = [
            (1.0, 1.0),
            (5.0, 1.0),
            (15.0, 1.0),
            (15.0, 5.0),
            (5.0, 5.0),
            (2.0, 5.0),
        ];
        let runs = clip_polyline(&line, 10.0, 10.0);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0], vec![(1.0, 1.0), (5.0, 1.0), (10.0, 1.0)]);
        assert_eq!(runs[1], vec![(10.0, 5.0), (5.0, 5.0), (2.0, 5.0)]);
    }

    #[test]
    fn simplifies_within_tolerance() {
        let wiggly: Vec<Pt> = (0..=100)
            .map(|i| (f64::from(i), if i % 2 == 0 { 0.0 } else { 0.2 }))
            .collect();
        let simple = simplify(&wiggly, 0.5);
        assert_eq!(simple, vec![(0.0, 0.0), (100.0, 0.0)]);
        let corner = [(0.0, 0.0), (5.0, 5.0), (10.0, 0.0)];
        assert_eq!(simplify(&corner, 0.5).len(), 3, "a real corner survives");
    }

    #[test]
    fn encodes_compact_relative_paths() {
        let d = encode_path(&[
            (vec![(0.4, 0.0), (10.0, 0.0), (10.0, 5.2)], true),
            (vec![(1.0, 1.0), (1.2, 1.1)], false),
        ]);
        assert_eq!(
            d, "M0 0l10 0 0 5z",
            "the second run rounds to one point and is dropped"
        );
    }
}
