//! The map's logic, kept out of the view: which state each place is in for
//! a phase, which port a Mexican city faces, and the symbols' shapes.

use crate::story::{Phase, Place, PlaceKind, PlaceState, PlaceStatus, STORY};

/// The state in force for `place` at the end of `phase`: the latest state
/// that starts on or before the phase's last day. `None` for geography.
pub fn state_in(place: &'static Place, phase: &Phase) -> Option<&'static PlaceState> {
    let end = phase.span.end.last_day_number();
    place
        .states
        .iter()
        .rev()
        .find(|s| s.from.day_number() <= end)
}

/// The status to draw; geography (twin cities) has none.
pub fn status_in(place: &'static Place, phase: &Phase) -> Option<PlaceStatus> {
    state_in(place, phase).map(|s| s.status)
}

/// Whether the place is drawn as the first port set to restart in this
/// phase: while that restart is planned or under way, not once it ended.
pub fn is_first_in(place: &'static Place, phase: &Phase) -> bool {
    state_in(place, phase)
        .is_some_and(|s| s.first && matches!(s.status, PlaceStatus::Planned | PlaceStatus::Active))
}

/// The port a Mexican city faces across the border: the nearest port.
pub fn across_from(place: &Place) -> Option<&'static Place> {
    STORY
        .places
        .iter()
        .filter(|p| p.kind == PlaceKind::Port)
        .min_by(|a, b| distance2(place, a).total_cmp(&distance2(place, b)))
}

fn distance2(a: &Place, b: &Place) -> f32 {
    let dx = (a.lon - b.lon) * a.lat.to_radians().cos();
    let dy = a.lat - b.lat;
    dx * dx + dy * dy
}

/// The first port's star, radius 1.35 symbol units: written out once, and
/// checked by a test against the geometry that made it (`star_points(1.35)`).
pub const STAR_POINTS: &str = "0.00,-1.35 0.36,-0.49 1.28,-0.42 0.58,0.19 0.79,1.09 0.00,0.61 -0.79,1.09 -0.58,0.19 -1.28,-0.42 -0.36,-0.49";
/// The "?" that marks an unclear place, drawn as a stroke (a hook, a stem
/// and a dot made by the round cap of a very short line) in the symbol's
/// unit size, about 1.1 units tall like the cross beside it. A path, not
/// text: the same shape on every platform, and no font or text layout for
/// the browser to find and run for each of the map's symbols.
pub const QUESTION_MARK: &str =
    "M-0.36 -0.2C-0.36 -0.6 0.36 -0.6 0.36 -0.2C0.36 0.04 0 0 0 0.18M0 0.44L0 0.45";
/// An encampment's triangle, circumradius 1.25 (`triangle_points(1.25)`).
pub const TRIANGLE_POINTS: &str = "0.00,-1.25 1.08,0.63 -1.08,0.62";

/// SVG polygon points of a regular star with five points, radius `r`.
#[cfg(test)]
pub fn star_points(r: f32) -> String {
    polygon((0..10).map(|i| {
        let radius = if i % 2 == 0 { r } else { r * 0.45 };
        let angle = std::f32::consts::PI * (f32::from(i as u8) / 5.0 - 0.5);
        (radius * angle.cos(), radius * angle.sin())
    }))
}

/// An upward triangle with circumradius `r`.
#[cfg(test)]
pub fn triangle_points(r: f32) -> String {
    polygon((0..3).map(|i| {
        let angle = std::f32::consts::PI * (2.0 * f32::from(i as u8) / 3.0 - 0.5);
        (r * angle.cos(), r * angle.sin())
    }))
}

#[cfg(test)]
fn polygon(points: impl Iterator<Item = (f32, f32)>) -> String {
    // Adding 0.0 turns a rounded -0.0 into 0.0, so "-0.00" never appears.
    let tidy = |v: f32| (v * 100.0).round() / 100.0 + 0.0;
    let parts: Vec<String> = points
        .map(|(x, y)| format!("{:.2},{:.2}", tidy(x), tidy(y)))
        .collect();
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phase_named(id: &str) -> &'static crate::story::Phase {
        STORY.phases.iter().find(|p| p.id == id).expect(id)
    }

    fn place(id: &str) -> &'static Place {
        STORY.places.iter().find(|p| p.id == id).unwrap()
    }

    fn status(id: &str, phase_id: &str) -> Option<PlaceStatus> {
        status_in(place(id), phase_named(phase_id))
    }

    // Pins the phase-by-phase states the sources support, place by place.
    #[test]
    fn places_follow_the_phases() {
        use PlaceStatus::*;
        let phases = [
            "first-mpp",
            "wind-down",
            "court-order",
            "restart",
            "supreme-court",
            "mexico-refuses",
        ];
        // Every restart port follows the same sourced sequence: named for
        // the restart (the sources never say returns began at a port), not
        // reported after June 2022, refused by Mexico in 2023.
        let port = [
            Some(Inactive),
            Some(Inactive),
            Some(Inactive),
            Some(Planned),
            Some(Unclear),
            Some(Ended),
        ];
        let expect: [(&str, [Option<PlaceStatus>; 6]); 6] = [
            ("el-paso", port),
            ("brownsville", port),
            (
                "matamoros",
                [
                    Some(Active),
                    Some(Ended),
                    Some(Ended),
                    Some(Ended),
                    Some(Ended),
                    Some(Ended),
                ],
            ),
            // Reported in October 2021 only: active in that phase, then
            // not reported (the state lasts only as long as its source).
            (
                "reynosa",
                [
                    Some(Inactive),
                    Some(Inactive),
                    Some(Active),
                    Some(Unclear),
                    Some(Unclear),
                    Some(Unclear),
                ],
            ),
            // "Rebuild" (October 2021) implies it existed: not reported
            // before, planned in that phase, not reported after.
            (
                "laredo-hearings",
                [
                    Some(Unclear),
                    Some(Unclear),
                    Some(Planned),
                    Some(Unclear),
                    Some(Unclear),
                    Some(Unclear),
                ],
            ),
            ("tijuana", [None; 6]),
        ];
        for (id, statuses) in expect {
            for (phase, expected) in phases.iter().zip(statuses) {
                assert_eq!(status(id, phase), expected, "{id} in {phase}");
            }
        }
    }

    // Pins El Paso as the one "first" port, and only while the restart runs.
    #[test]
    fn el_paso_is_first_only_in_the_restart() {
        let restart = phase_named("restart");
        let firsts: Vec<&str> = STORY
            .places
            .iter()
            .filter(|p| is_first_in(p, restart))
            .map(|p| p.id)
            .collect();
        assert_eq!(firsts, ["el-paso"]);
        let later = phase_named("supreme-court");
        assert!(!is_first_in(place("el-paso"), later));
    }

    // Pins that all seven ports named for the December 2021 restart show
    // as planned in that phase, and no port is ever shown as active: no
    // source says returns began at any one of them.
    #[test]
    fn seven_ports_planned_in_the_restart_and_none_active() {
        let restart = phase_named("restart");
        let planned = STORY
            .places
            .iter()
            .filter(|p| {
                p.kind == PlaceKind::Port && status_in(p, restart) == Some(PlaceStatus::Planned)
            })
            .count();
        assert_eq!(planned, 7);
        for phase in STORY.phases.iter() {
            for p in STORY.places.iter().filter(|p| p.kind == PlaceKind::Port) {
                assert_ne!(
                    status_in(p, phase),
                    Some(PlaceStatus::Active),
                    "{} in {}",
                    p.id,
                    phase.id
                );
            }
        }
    }

    // Pins the rule the build enforces, against the story as compiled: no
    // state that asserts something is shown in a phase that starts after
    // the latest of its sources.
    #[test]
    fn no_state_outlives_its_sources() {
        for place in STORY.places {
            for phase in STORY.phases {
                let Some(state) = state_in(place, phase) else {
                    continue;
                };
                let asserts = matches!(state.status, PlaceStatus::Active | PlaceStatus::Planned)
                    || state.first;
                let latest = state
                    .sources
                    .iter()
                    .map(|&id| STORY.source(id).date.date.last_day_number())
                    .max()
                    .unwrap();
                assert!(
                    !asserts || phase.span.start.day_number() <= latest,
                    "{} is {:?} in {} after its last source",
                    place.id,
                    state.status,
                    phase.id
                );
            }
        }
    }

    #[test]
    fn twin_cities_face_their_ports() {
        for (city, port) in [
            ("tijuana", "san-diego"),
            ("mexicali", "calexico"),
            ("nogales-son", "nogales-az"),
            ("ciudad-juarez", "el-paso"),
            ("piedras-negras", "eagle-pass"),
            ("nuevo-laredo", "laredo"),
        ] {
            assert_eq!(across_from(place(city)).map(|p| p.id), Some(port));
        }
    }

    // Pins the map layout the build computed: every place inside the map,
    // and only non-ports moved off their spot.
    #[test]
    fn places_sit_inside_the_map() {
        for p in STORY.places {
            assert!(
                (0.0..=STORY.map.width).contains(&p.x) && (0.0..=STORY.map.height).contains(&p.y),
                "{}",
                p.id
            );
            if p.kind == PlaceKind::Port {
                assert_eq!(
                    (p.symbol_dx, p.symbol_dy),
                    (0.0, 0.0),
                    "{} is an anchor",
                    p.id
                );
                assert!(
                    p.label_wide.is_some(),
                    "port {} is labelled on a wide map",
                    p.id
                );
            }
        }
        // On a narrow map the crowded east leaves no room for every name;
        // most ports must still be named there.
        let named = STORY
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Port && p.label_narrow.is_some())
            .count();
        assert!(named >= 6, "only {named} ports named on a narrow map");
        let west = place("san-diego");
        let east = place("brownsville");
        assert!(west.x < east.x && west.y < east.y);
    }

    // Pins the shape constants the app draws to the geometry that made them.
    #[test]
    fn shape_constants_match_their_geometry() {
        assert_eq!(STAR_POINTS, star_points(1.35));
        assert_eq!(TRIANGLE_POINTS, triangle_points(1.25));
    }

    #[test]
    fn shapes_have_the_right_number_of_points() {
        assert_eq!(star_points(1.0).split(' ').count(), 10);
        assert_eq!(triangle_points(1.0).split(' ').count(), 3);
        assert!(triangle_points(1.0).starts_with("0.00,-1.00"), "apex up");
    }
}
