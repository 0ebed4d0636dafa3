//! Moving through the story: which phase is shown, and where a step leads.
//!
//! Phase positions are plain indices into `STORY.phases`; every function
//! here clamps, so no input can select a phase that does not exist.

use crate::story::{Era, Phase, STORY};

/// How many phases the slider has.
pub fn phase_count() -> usize {
    STORY.phases.len()
}

/// The index of the last phase.
fn last_index() -> usize {
    phase_count().saturating_sub(1)
}

/// Any index, clamped to a real phase.
pub fn clamp(index: usize) -> usize {
    index.min(last_index())
}

/// The phase at `index`, clamped.
pub fn phase(index: usize) -> &'static Phase {
    &STORY.phases[clamp(index)]
}

/// The administration the phase at `index` belongs to.
pub fn era_at(index: usize) -> Era {
    phase(index).era
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::PartialDate;

    /// The index of the phase with this id.
    fn index_of(id: &str) -> Option<usize> {
        STORY.phases.iter().position(|p| p.id == id)
    }

    /// The phase a given day falls in, if inside 2019–2023.
    fn phase_at(day: PartialDate) -> Option<usize> {
        STORY.phases.iter().position(|p| p.span.contains_day(day))
    }

    // Pins the six phases named in the brief, in story order.
    #[test]
    fn phases_are_the_six_turning_points_in_order() {
        let ids: Vec<&str> = STORY.phases.iter().map(|p| p.id).collect();
        assert_eq!(
            ids,
            [
                "first-mpp",
                "wind-down",
                "court-order",
                "restart",
                "supreme-court",
                "mexico-refuses"
            ]
        );
    }

    // Pins phase_at against the boundaries the sources give.
    #[test]
    fn phase_at_known_days() {
        let at = |y, m, d| phase_at(PartialDate::ymd(y, m, d)).map(|i| STORY.phases[i].id);
        assert_eq!(at(2019, 1, 1), Some("first-mpp"));
        assert_eq!(at(2021, 1, 19), Some("first-mpp"));
        assert_eq!(at(2021, 1, 20), Some("wind-down"));
        assert_eq!(at(2021, 10, 16), Some("court-order"));
        assert_eq!(at(2021, 12, 2), Some("restart"));
        assert_eq!(at(2022, 6, 30), Some("supreme-court"));
        assert_eq!(at(2023, 2, 6), Some("mexico-refuses"));
        assert_eq!(at(2023, 12, 31), Some("mexico-refuses"));
        assert_eq!(at(2018, 12, 31), None);
        assert_eq!(at(2024, 1, 1), None);
    }

    // Pins that every day of 2019–2023 is in exactly one phase, and that
    // the runtime lookup finds that phase (the build checks the spans too;
    // this guards `phase_at` against drift). Day by day, so a gap and an
    // overlap of the same length cannot cancel out.
    #[test]
    fn every_day_is_in_exactly_one_phase() {
        let mut days = 0;
        for year in 2019..=2023 {
            for month in 1..=12 {
                for d in 1..=crate::story::date::days_in_month(year, month) {
                    let day = PartialDate::ymd(year, month, d);
                    let holding: Vec<usize> = (0..STORY.phases.len())
                        .filter(|&i| STORY.phases[i].span.contains_day(day))
                        .collect();
                    assert_eq!(
                        holding.len(),
                        1,
                        "{year}-{month}-{d} is in phases {holding:?}"
                    );
                    assert_eq!(phase_at(day), Some(holding[0]), "{year}-{month}-{d}");
                    days += 1;
                }
            }
        }
        assert_eq!(days, 365 * 5 + 1, "2019–2023 has one leap day");
    }

    // Pins that dated events sit inside their phase and in date order (an
    // undated event spans its phase and may sit anywhere in it).
    #[test]
    fn events_are_inside_their_phase_in_order() {
        for phase in STORY.phases {
            assert!(!phase.events.is_empty(), "{} has no events", phase.id);
            let dates: Vec<_> = phase.events.iter().filter_map(|e| e.date()).collect();
            for pair in dates.windows(2) {
                assert!(pair[0].day_number() <= pair[1].day_number());
            }
            for date in dates {
                assert!(phase.span.contains(date), "{date} outside {}", phase.id);
            }
        }
    }

    #[test]
    fn index_of_and_eras() {
        assert_eq!(index_of("restart"), Some(3));
        assert_eq!(index_of("nope"), None);
        assert_eq!(era_at(0), Era::Trump);
        assert!((1..phase_count()).all(|i| era_at(i) == Era::Biden));
    }
}
