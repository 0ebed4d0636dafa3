//! `figures.csv`: every count of people, as reported and as the page
//! words it, one row per figure with its source.

use super::sourced::with_sources;
use super::table::{csv, Column};
use crate::story::{Figure, Lang, STORY};
use crate::text;

/// The table's own columns; the source columns follow.
const COLUMNS: [Column<&Figure>; 12] = [
    ("figure_id", |f| f.id.to_owned()),
    ("era", |f| f.era.key().to_owned()),
    ("value", |f| f.value.to_string()),
    ("qualifier", |f| f.qualifier.key().to_owned()),
    ("lower_bound", |f| f.qualifier.is_lower_bound().to_string()),
    ("figure_en", |f| text::figure(f, Lang::En)),
    ("figure_es", |f| text::figure(f, Lang::Es)),
    ("counter_en", |f| f.counter.en.to_owned()),
    ("counter_es", |f| f.counter.es.to_owned()),
    ("counted_en", |f| f.counted.en.to_owned()),
    ("counted_es", |f| f.counted.es.to_owned()),
    ("reported", |f| f.reported.to_string()),
];

/// The file's contents.
pub fn figures_csv() -> String {
    let columns = with_sources(&COLUMNS, |f| std::slice::from_ref(&f.source));
    csv(&columns, STORY.figures.iter())
}
