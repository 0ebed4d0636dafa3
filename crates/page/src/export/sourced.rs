//! The source columns every CSV row carries: who published each source, its
//! title as the page shows it, its date and where that date comes from.
//! A row citing several sources keeps one row: each column lists one entry
//! per source, in the same order, joined by [`SEPARATOR`], so a count of
//! rows is a count of facts (and a figure is never listed twice).

use super::table::Column;
use crate::story::{DateBasis, Lang, Source, SourceId, STORY};
use crate::text;

/// Between two sources' entries in one cell. No source text contains it
/// (a test checks), so splitting a cell on it gives one entry per source.
pub const SEPARATOR: &str = " | ";

/// How a column writes a row's cell, own or source column alike.
pub type Cell<T> = Box<dyn Fn(&T) -> String>;

/// One source's entry in each source column.
const SOURCE_FIELDS: [Column<Source>; 10] = [
    ("source_ids", |s| s.key.to_owned()),
    ("source_kinds", |s| s.kind.key().to_owned()),
    ("source_outlets_en", |s| s.outlet.en.to_owned()),
    ("source_outlets_es", |s| s.outlet.es.to_owned()),
    ("source_titles_en", |s| text::source_title(s, Lang::En)),
    ("source_titles_es", |s| text::source_title(s, Lang::Es)),
    ("source_dates", |s| s.date.date.to_string()),
    ("source_date_bases", |s| s.date.basis.key().to_owned()),
    ("source_date_notes_en", |s| date_note(s, Lang::En)),
    ("source_date_notes_es", |s| date_note(s, Lang::Es)),
];

/// How a source's date is known; empty when the source states it.
fn date_note(s: &Source, lang: Lang) -> String {
    match s.date.basis {
        DateBasis::Reported => String::new(),
        _ => s.date.note.get(lang).to_owned(),
    }
}

/// The cells of the source columns for a row citing `ids`.
fn cells(ids: &[SourceId], field: fn(&Source) -> String) -> String {
    let entries: Vec<String> = ids.iter().map(|&id| field(STORY.source(id))).collect();
    entries.join(SEPARATOR)
}

/// A table's own columns followed by the source columns, which read the
/// row's sources with `sources`.
pub fn with_sources<T: 'static>(
    own: &[Column<T>],
    sources: fn(&T) -> &'static [SourceId],
) -> Vec<(&'static str, Cell<T>)> {
    let mut columns: Vec<(&'static str, Cell<T>)> = own
        .iter()
        .map(|&(name, cell)| (name, Box::new(cell) as Cell<T>))
        .collect();
    for (name, field) in SOURCE_FIELDS {
        columns.push((name, Box::new(move |row: &T| cells(sources(row), field))));
    }
    columns
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins that the separator is unambiguous: no entry of any source holds
    // it, so splitting a cell on it gives back one entry per source.
    #[test]
    fn no_source_text_holds_the_separator() {
        for source in STORY.sources {
            for (name, field) in SOURCE_FIELDS {
                let entry = field(source);
                assert!(!entry.contains(SEPARATOR), "{name} of {}", source.key);
            }
        }
    }

    // Pins the shape of a multi-source cell: one entry per source, in the
    // order the story cites them, an empty entry kept in its place.
    #[test]
    fn several_sources_share_one_cell_in_order() {
        let reported = STORY
            .sources
            .iter()
            .position(|s| s.date.basis == DateBasis::Reported)
            .expect("a source with a reported date");
        let worked_out = STORY
            .sources
            .iter()
            .position(|s| s.date.basis != DateBasis::Reported)
            .expect("a source with a date not stated as written");
        let ids = [reported, worked_out].map(|i| SourceId(i as u8));
        let keys = cells(&ids, |s| s.key.to_owned());
        assert_eq!(
            keys,
            format!(
                "{} | {}",
                STORY.sources[reported].key, STORY.sources[worked_out].key
            )
        );
        let notes = cells(&ids, |s| date_note(s, Lang::En));
        assert_eq!(
            notes,
            format!(" | {}", STORY.sources[worked_out].date.note.en),
            "a reported date has an empty note, kept in its place"
        );
        let split: Vec<&str> = notes.split(SEPARATOR).collect();
        assert_eq!(split.len(), 2);
        assert_eq!(split[0], "");
    }
}
