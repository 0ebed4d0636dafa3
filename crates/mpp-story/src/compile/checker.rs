//! Collects the problems of a story file, each tied to the file and an
//! entry, and the checks every kind of entry shares: both languages filled,
//! known keys, dates, where a date comes from, sources cited, unique ids.

use std::collections::{HashMap, HashSet};

use super::raw::RawText;
use super::{StoryError, STORY_SPAN};
use crate::date::{DateSpan, PartialDate, Precision};
use crate::model::DateBasis;

/// Collects problems while checking, each tied to the file and an entry.
pub(crate) struct Checker<'a> {
    pub(crate) file: &'a str,
    pub(crate) errors: Vec<StoryError>,
}

impl Checker<'_> {
    pub(crate) fn fail(&mut self, entry: &str, problem: impl Into<String>) {
        self.errors.push(StoryError {
            file: self.file.to_owned(),
            entry: entry.to_owned(),
            problem: problem.into(),
        });
    }

    /// Required text: both languages present and not blank.
    pub(crate) fn text(&mut self, entry: &str, field: &str, value: &RawText) {
        for (lang, text) in [("en", &value.en), ("es", &value.es)] {
            if text.trim().is_empty() {
                self.fail(
                    entry,
                    format!(
                        "{field}.{lang} is empty or missing (every text needs English and Spanish)"
                    ),
                );
            }
        }
    }

    /// Optional text: absent in both languages, or present in both.
    pub(crate) fn optional_text(&mut self, entry: &str, field: &str, value: &RawText) {
        if value.en.trim().is_empty() != value.es.trim().is_empty() {
            self.text(entry, field, value);
        }
    }

    /// Looks `key` up among the values a field may take; an unknown key is
    /// reported with the list of known ones.
    pub(crate) fn known<T: Copy, const N: usize>(
        &mut self,
        entry: &str,
        field: &str,
        key: &str,
        all: [T; N],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        let found = all.into_iter().find(|&value| name(value) == key);
        if found.is_none() {
            self.fail(
                entry,
                format!(
                    "unknown {field} \"{key}\" (expected one of: {})",
                    all.map(name).join(", ")
                ),
            );
        }
        found
    }

    /// A plain string that must not be blank (ids, headlines).
    pub(crate) fn plain(&mut self, entry: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(entry, format!("{field} is empty"));
        }
    }

    pub(crate) fn date(&mut self, entry: &str, field: &str, value: &str) -> Option<PartialDate> {
        match PartialDate::parse(value) {
            Ok(date) => Some(date),
            Err(why) => {
                self.fail(entry, format!("{field}: {why}"));
                None
            }
        }
    }

    /// A date known to the day, "YYYY-MM-DD": when the story was updated or
    /// corrected is never "in November".
    pub(crate) fn day(&mut self, entry: &str, field: &str, value: &str) -> Option<PartialDate> {
        let date = self.date(entry, field, value)?;
        if date.precision() != Precision::Day {
            self.fail(
                entry,
                format!("{field}: \"{value}\" is not a full date: give the day, as YYYY-MM-DD"),
            );
            return None;
        }
        Some(date)
    }

    /// Where a date comes from: `reported` (the default) needs no note;
    /// a date worked out from the text or taken from public record says how.
    pub(crate) fn basis(
        &mut self,
        entry: &str,
        field: &str,
        basis: &Option<String>,
        note: &RawText,
    ) -> DateBasis {
        let basis = match basis.as_deref() {
            None => DateBasis::Reported,
            Some(key) => self
                .known(
                    entry,
                    &format!("{field}_basis"),
                    key,
                    DateBasis::ALL,
                    DateBasis::key,
                )
                .unwrap_or(DateBasis::Reported),
        };
        let noted = !note.en.trim().is_empty() || !note.es.trim().is_empty();
        match basis {
            DateBasis::Reported if noted => self.fail(
                entry,
                format!("{field}_note explains a date the source states; remove it, or set {field}_basis to \"worked-out\" or \"public-record\""),
            ),
            DateBasis::Reported => {}
            _ => self.text(entry, &format!("{field}_note (how the date is known)"), note),
        }
        basis
    }

    pub(crate) fn in_story_span(&mut self, entry: &str, field: &str, date: PartialDate) {
        let span = DateSpan {
            start: STORY_SPAN.0,
            end: STORY_SPAN.1,
        };
        if !span.contains(date) {
            self.fail(
                entry,
                format!("{field} {date} is outside the story's years 2019–2023"),
            );
        }
    }

    pub(crate) fn sources(
        &mut self,
        entry: &str,
        ids: &[String],
        known: &HashMap<&str, u8>,
    ) -> Vec<u8> {
        if ids.is_empty() {
            self.fail(entry, "cites no source (sources = [] is empty)");
        }
        ids.iter()
            .filter_map(|id| self.source(entry, id, known))
            .collect()
    }

    pub(crate) fn source(
        &mut self,
        entry: &str,
        id: &str,
        known: &HashMap<&str, u8>,
    ) -> Option<u8> {
        let found = known.get(id).copied();
        if found.is_none() {
            self.fail(entry, format!("unknown source id \"{id}\""));
        }
        found
    }

    pub(crate) fn unique<'s>(
        &mut self,
        seen: &mut HashSet<&'s str>,
        kind: &str,
        id: &'s str,
    ) -> String {
        let entry = format!("{kind}[{id}]");
        if id.trim().is_empty() {
            self.fail(&entry, "id is empty");
        } else if !seen.insert(id) {
            self.fail(&entry, format!("duplicate id \"{id}\""));
        }
        entry
    }
}
