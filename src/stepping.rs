//! Where a step of the phase control leads: every move clamps, so no input
//! can select a phase that does not exist.

/// Moves `delta` phases from `index` among `count` phases, stopping at the
/// first and last.
pub fn step_within(count: usize, index: usize, delta: isize) -> usize {
    let last = count.saturating_sub(1);
    index.min(last).saturating_add_signed(delta).min(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins that stepping never leaves the range, whatever the delta.
    #[test]
    fn step_clamps_at_both_ends() {
        let last = 5;
        assert_eq!(step_within(6, 0, -1), 0);
        assert_eq!(step_within(6, 0, 1), 1);
        assert_eq!(step_within(6, last, 1), last);
        assert_eq!(step_within(6, 2, 2), 4);
        assert_eq!(step_within(6, 1, -5), 0);
        assert_eq!(step_within(6, usize::MAX, isize::MIN), 0);
        assert_eq!(step_within(6, 0, isize::MAX), last);
        assert_eq!(step_within(0, 3, 1), 0, "no phases: stays at 0");
    }
}
