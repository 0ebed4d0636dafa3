//! What a tap on the map means where symbols crowd together (the live
//! layer's `ui::place_picker` measures, this decides): one place, or a
//! choice among the places within a finger's reach. Pure, tested natively.

/// How far (CSS pixels) from a place's symbol a tap still means it: half
/// of a 32 px finger target.
pub const REACH: f64 = 16.0;

/// How much nearer (CSS pixels) than any other a place must be for a tap
/// to mean it without asking.
const CLEAR_LEAD: f64 = 8.0;

/// What a tap at (`x`, `y`) on the map means.
#[derive(Debug, PartialEq)]
pub enum Tap {
    /// No symbol within reach (a key press, a tap on the map's edge): the
    /// place the event came from.
    Away,
    /// Clearly this place, whichever symbol is drawn on top there.
    Place(String),
    /// Several places within reach, nearest first: the reader chooses.
    Choice(Vec<String>),
}

/// The decision, from each place's distance to the tap.
pub fn read_tap(near: Vec<(f64, String)>) -> Tap {
    // Nearest first, by insertion: a handful of places, and no sort
    // routine in the wasm.
    let mut within: Vec<(f64, String)> = Vec::new();
    for (distance, id) in near {
        if distance <= REACH {
            let at = within
                .iter()
                .position(|(d, _)| *d > distance)
                .unwrap_or(within.len());
            within.insert(at, (distance, id));
        }
    }
    match within.as_slice() {
        [] => Tap::Away,
        [(_, only)] => Tap::Place(only.clone()),
        [(first, id), (second, _), ..] if second - first >= CLEAR_LEAD => Tap::Place(id.clone()),
        _ => Tap::Choice(within.into_iter().map(|(_, id)| id).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(places: &[(f64, &str)]) -> Tap {
        read_tap(
            places
                .iter()
                .map(|(d, id)| (*d, (*id).to_owned()))
                .collect(),
        )
    }

    // Pins the reading of a tap: out of reach, one place, one clearly
    // nearest, or a choice among the crowded ones, nearest first.
    #[test]
    fn a_tap_means_one_place_or_asks() {
        assert_eq!(at(&[(30.0, "a")]), Tap::Away);
        assert_eq!(at(&[(12.0, "a"), (40.0, "b")]), Tap::Place("a".into()));
        assert_eq!(at(&[(1.0, "b"), (10.0, "a")]), Tap::Place("b".into()));
        assert_eq!(
            at(&[(6.0, "b"), (4.0, "a"), (15.0, "c")]),
            Tap::Choice(vec!["a".into(), "b".into(), "c".into()])
        );
    }
}
