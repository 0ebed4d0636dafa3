//! The map's projection and frame: longitude and latitude to SVG units.
//!
//! The projection is done by `proj4rs` (a maintained port of PROJ.4), never
//! by hand: an Albers equal-area conic with standard parallels at 25°N and
//! 33°N, which keeps areas true along the whole border. The frame then maps
//! projected metres onto a viewBox 1000 units wide, y pointing down.
//!
//! Used at build time only (the map generator and `build.rs`), so none of
//! this reaches the reader.

use proj4rs::proj::Proj;

/// The projection, as a PROJ string.
pub const ALBERS_BORDER: &str =
    "+proj=aea +lat_1=25 +lat_2=33 +lat_0=29 +lon_0=-107 +datum=WGS84 +units=m +no_defs";

/// The map's extent in degrees: west, east, south, north.
pub const EXTENT: [f64; 4] = [-118.4, -94.0, 24.2, 34.6];

/// The viewBox width; the height follows from the projected extent.
pub const VIEW_WIDTH: f64 = 1000.0;

/// Projects WGS84 degrees to metres with the PROJ string `proj`.
pub struct Projection {
    from: Proj,
    to: Proj,
}

impl Projection {
    pub fn new(proj: &str) -> Result<Self, String> {
        let from = Proj::from_proj_string("+proj=longlat +datum=WGS84 +no_defs")
            .map_err(|e| format!("WGS84: {e:?}"))?;
        let to = Proj::from_proj_string(proj).map_err(|e| format!("{proj}: {e:?}"))?;
        Ok(Self { from, to })
    }

    /// (lon, lat) in degrees to (x, y) in metres, y pointing north.
    pub fn metres(&self, lon: f64, lat: f64) -> (f64, f64) {
        let mut point = (lon.to_radians(), lat.to_radians(), 0.0);
        proj4rs::transform::transform(&self.from, &self.to, &mut point)
            .expect("a point inside the map extent projects");
        (point.0, point.1)
    }
}

/// Where projected metres land in the viewBox.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Projected x (metres) of the left edge.
    pub x_min: f64,
    /// Projected y (metres) of the top edge.
    pub y_max: f64,
    /// ViewBox units per metre.
    pub scale: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// The frame that fits `extent` (west, east, south, north in degrees),
    /// sampling its edges because parallels are curves in a conic projection.
    pub fn fit(projection: &Projection, extent: [f64; 4], width: f64) -> Frame {
        let [west, east, south, north] = extent;
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        let steps = 64;
        for i in 0..=steps {
            let t = f64::from(i) / f64::from(steps);
            let lon = west + (east - west) * t;
            let lat = south + (north - south) * t;
            for (x, y) in [
                projection.metres(lon, south),
                projection.metres(lon, north),
                projection.metres(west, lat),
                projection.metres(east, lat),
            ] {
                xs.push(x);
                ys.push(y);
            }
        }
        let fold = |v: &[f64], f: fn(f64, f64) -> f64, start: f64| v.iter().copied().fold(start, f);
        let (x_min, x_max) = (fold(&xs, f64::min, f64::MAX), fold(&xs, f64::max, f64::MIN));
        let (y_min, y_max) = (fold(&ys, f64::min, f64::MAX), fold(&ys, f64::max, f64::MIN));
        let scale = width / (x_max - x_min);
        Frame {
            x_min,
            y_max,
            scale,
            width,
            height: ((y_max - y_min) * scale).round(),
        }
    }

    /// Metres to viewBox units.
    pub fn to_view(&self, (x, y): (f64, f64)) -> (f64, f64) {
        ((x - self.x_min) * self.scale, (self.y_max - y) * self.scale)
    }
}

/// Degrees straight to viewBox units.
pub fn project(projection: &Projection, frame: &Frame, lon: f64, lat: f64) -> (f64, f64) {
    frame.to_view(projection.metres(lon, lat))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn albers() -> Projection {
        Projection::new(ALBERS_BORDER).unwrap()
    }

    // Pins the projection's origin: lon_0, lat_0 maps to (0, 0).
    #[test]
    fn origin_maps_to_zero() {
        let (x, y) = albers().metres(-107.0, 29.0);
        assert!(x.abs() < 1e-6 && y.abs() < 1e-6, "({x}, {y})");
    }

    // Reference values from Snyder's ellipsoidal Albers formulas (USGS
    // Professional Paper 1395, eqs. 14-3 to 14-12) for this PROJ string,
    // computed independently: the crate must agree to within a metre.
    #[test]
    fn matches_reference_values() {
        let cases = [
            // (lon, lat, x, y) in degrees and metres
            (
                -117.030,
                32.542,
                snyder(-117.030, 32.542).0,
                snyder(-117.030, 32.542).1,
            ),
            (
                -97.498,
                25.902,
                snyder(-97.498, 25.902).0,
                snyder(-97.498, 25.902).1,
            ),
            (
                -106.487,
                31.759,
                snyder(-106.487, 31.759).0,
                snyder(-106.487, 31.759).1,
            ),
        ];
        let p = albers();
        for (lon, lat, x, y) in cases {
            let (px, py) = p.metres(lon, lat);
            assert!(
                (px - x).abs() < 1.0 && (py - y).abs() < 1.0,
                "{lon},{lat}: ({px},{py}) vs ({x},{y})"
            );
        }
        // An anchor independent of both: near the standard parallels, x is
        // about the distance along the parallel, 10.03 degrees of longitude
        // at 32.5 N, or 10.03 * 111.32 km * cos(32.542) = 941 km west.
        let (x, _) = p.metres(-117.030, 32.542);
        let along = 10.03 * 111_320.0 * 32.542_f64.to_radians().cos();
        assert!((x + along).abs() / along < 0.01, "{x} vs -{along}");
    }

    // Pins the equal-area property: one-degree cells at the two standard
    // parallels have the projected areas the ellipsoid gives them.
    #[test]
    fn one_degree_cells_keep_their_area() {
        let p = albers();
        for lat in [25.0, 29.0, 33.0] {
            let a = p.metres(-107.0, lat);
            let b = p.metres(-106.0, lat);
            let c = p.metres(-106.0, lat + 1.0);
            let d = p.metres(-107.0, lat + 1.0);
            let projected = polygon_area(&[a, b, c, d]);
            let truth = ellipsoid_cell_area(lat, lat + 1.0, 1.0);
            let error = (projected - truth).abs() / truth;
            assert!(
                error < 1e-3,
                "cell at {lat}N: {projected} vs {truth} ({error})"
            );
        }
    }

    // Pins the frame: the extent fills the 1000-unit width, y grows south.
    #[test]
    fn frame_fits_the_extent() {
        let p = albers();
        let frame = Frame::fit(&p, EXTENT, VIEW_WIDTH);
        assert_eq!(frame.width, 1000.0);
        assert!((400.0..700.0).contains(&frame.height), "{}", frame.height);
        let (sd_x, sd_y) = project(&p, &frame, -117.030, 32.542);
        let (bv_x, bv_y) = project(&p, &frame, -97.498, 25.902);
        assert!(sd_x < bv_x, "San Diego is west of Brownsville");
        assert!(sd_y < bv_y, "San Diego is north of Brownsville");
        for (x, y) in [(sd_x, sd_y), (bv_x, bv_y)] {
            assert!((0.0..=frame.width).contains(&x) && (0.0..=frame.height).contains(&y));
        }
    }

    fn polygon_area(points: &[(f64, f64)]) -> f64 {
        let n = points.len();
        let twice: f64 = (0..n)
            .map(|i| {
                let (x1, y1) = points[i];
                let (x2, y2) = points[(i + 1) % n];
                x1 * y2 - x2 * y1
            })
            .sum();
        twice.abs() / 2.0
    }

    const A: f64 = 6_378_137.0;
    const F: f64 = 1.0 / 298.257_223_563;

    fn e2() -> f64 {
        F * (2.0 - F)
    }

    /// Snyder's q(φ) for the ellipsoid (eq. 3-12).
    fn q(lat: f64) -> f64 {
        let e2 = e2();
        let e = e2.sqrt();
        let s = lat.to_radians().sin();
        (1.0 - e2)
            * (s / (1.0 - e2 * s * s) - (1.0 / (2.0 * e)) * ((1.0 - e * s) / (1.0 + e * s)).ln())
    }

    /// Area of a cell between two parallels, `dlon` degrees wide, on the ellipsoid.
    fn ellipsoid_cell_area(lat1: f64, lat2: f64, dlon: f64) -> f64 {
        0.5 * A * A * (q(lat2) - q(lat1)) * dlon.to_radians()
    }

    /// Snyder's forward ellipsoidal Albers for lat_1=25, lat_2=33, lat_0=29, lon_0=-107.
    fn snyder(lon: f64, lat: f64) -> (f64, f64) {
        let e2 = e2();
        let m = |phi: f64| {
            let s = phi.to_radians().sin();
            phi.to_radians().cos() / (1.0 - e2 * s * s).sqrt()
        };
        let (m1, m2) = (m(25.0), m(33.0));
        let (q0, q1, q2) = (q(29.0), q(25.0), q(33.0));
        let n = (m1 * m1 - m2 * m2) / (q2 - q1);
        let c = m1 * m1 + n * q1;
        let rho = |qq: f64| A * (c - n * qq).sqrt() / n;
        let rho0 = rho(q0);
        let r = rho(q(lat));
        let theta = n * (lon + 107.0).to_radians();
        (r * theta.sin(), rho0 - r * theta.cos())
    }
}
