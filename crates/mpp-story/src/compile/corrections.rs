//! When the story was last updated, and its corrections: checked, and
//! written as Rust. A correction says what the page said that was wrong and
//! what it says now, in both languages, dated to the day it was published.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::checker::Checker;
use super::emit::{date_expr, l10n};
use super::raw::RawStory;
use crate::date::PartialDate;

/// `updated` belongs to the whole file, so its problems are reported
/// under `(file)`, as the file's other problems are.
const FILE: &str = "(file)";

/// Checks `updated`: present, a full date, and not before the latest source
/// (the story cannot have been updated before a document it cites).
pub(crate) fn check_updated(raw: &RawStory, check: &mut Checker<'_>) -> Option<PartialDate> {
    let Some(text) = &raw.updated else {
        check.fail(
            FILE,
            "updated is missing: give the day the story was last updated, as updated = \"YYYY-MM-DD\" at the top of the file",
        );
        return None;
    };
    let updated = check.day(FILE, "updated", text)?;
    let latest = raw
        .sources
        .iter()
        .filter_map(|s| {
            let dates = [Some(s.date.as_str()), s.updated.as_deref()];
            dates
                .into_iter()
                .flatten()
                .filter_map(|d| PartialDate::parse(d).ok())
                .max_by_key(|d| d.last_day_number())
                .map(|d| (s.id.as_str(), d))
        })
        .max_by_key(|(_, d)| d.last_day_number());
    if let Some((id, date)) = latest {
        if updated.day_number() < date.last_day_number() {
            check.fail(
                FILE,
                format!("updated {updated} is before the latest source, sources[{id}] ({date})"),
            );
        }
    }
    Some(updated)
}

/// Checks every correction (id, day, both texts; in date order; none later
/// than `updated`) and writes each as a Rust `Correction`.
pub(crate) fn emit_corrections(
    raw: &RawStory,
    check: &mut Checker<'_>,
    updated: Option<PartialDate>,
    out: &mut String,
) {
    let mut seen = HashSet::new();
    let mut previous: Option<(String, PartialDate)> = None;
    for c in &raw.corrections {
        let entry = check.unique(&mut seen, "corrections", &c.id);
        check.text(&entry, "was", &c.was);
        check.text(&entry, "now", &c.now);
        let date = check.day(&entry, "date", &c.date);
        if let Some(date) = date {
            if let Some((prev_entry, prev)) = &previous {
                if date.day_number() < prev.day_number() {
                    check.fail(
                        &entry,
                        format!("date {date} is before that of {prev_entry} ({prev}): list corrections in date order, oldest first"),
                    );
                }
            }
            if let Some(updated) = updated {
                if date.day_number() > updated.day_number() {
                    check.fail(
                        &entry,
                        format!("date {date} is after updated ({updated}): a correction is an update, so move updated to its day or later"),
                    );
                }
            }
            previous = Some((entry.clone(), date));
        }
        let _ = writeln!(
            out,
            "        Correction {{ id: {:?}, date: {}, was: {}, now: {} }},",
            c.id,
            date_expr(date),
            l10n(&c.was),
            l10n(&c.now)
        );
    }
}
