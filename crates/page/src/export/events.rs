//! `events.csv`: every event of the story in order, with its phase, when it
//! happened (a date and where it comes from, or the words that stand in for
//! a date no source gives), what happened, any quotation, and its sources.

use super::sourced::with_sources;
use super::table::{csv, Column};
use crate::story::{DateBasis, Dated, Event, Lang, Phase, Quote, When, STORY};
use crate::text;

/// An event with the phase it belongs to.
pub(super) struct EventRow {
    pub(super) phase: &'static Phase,
    pub(super) event: &'static Event,
}

impl EventRow {
    pub(super) fn dated(&self) -> Option<&'static Dated> {
        match &self.event.when {
            When::On(dated) => Some(dated),
            When::Undated(_) => None,
        }
    }

    /// How the date is known, when the source does not state it.
    fn date_note(&self, lang: Lang) -> String {
        self.dated()
            .filter(|d| d.basis != DateBasis::Reported)
            .map_or_else(String::new, |d| d.note.get(lang).to_owned())
    }

    fn undated(&self, lang: Lang) -> String {
        match self.event.when {
            When::On(_) => String::new(),
            When::Undated(words) => words.get(lang).to_owned(),
        }
    }

    /// When it happened, as the page shows it.
    pub(super) fn when(&self, lang: Lang) -> String {
        match &self.event.when {
            When::On(dated) => text::dated(dated, lang),
            When::Undated(words) => words.get(lang).to_owned(),
        }
    }

    /// A part of the event's quotation; empty when it has none.
    fn quote(&self, part: impl Fn(&Quote) -> String) -> String {
        self.event.quote.as_ref().map_or_else(String::new, part)
    }
}

/// The table's own columns; the source columns follow.
const COLUMNS: [Column<EventRow>; 20] = [
    ("event_id", |r| r.event.id.to_owned()),
    ("phase_id", |r| r.phase.id.to_owned()),
    ("phase_title_en", |r| r.phase.title.en.to_owned()),
    ("phase_title_es", |r| r.phase.title.es.to_owned()),
    ("date", |r| {
        r.dated().map_or_else(String::new, |d| d.date.to_string())
    }),
    ("date_basis", |r| {
        r.dated()
            .map_or_else(String::new, |d| d.basis.key().to_owned())
    }),
    ("date_note_en", |r| r.date_note(Lang::En)),
    ("date_note_es", |r| r.date_note(Lang::Es)),
    ("undated_en", |r| r.undated(Lang::En)),
    ("undated_es", |r| r.undated(Lang::Es)),
    ("when_en", |r| r.when(Lang::En)),
    ("when_es", |r| r.when(Lang::Es)),
    ("text_en", |r| r.event.text.en.to_owned()),
    ("text_es", |r| r.event.text.es.to_owned()),
    ("quote_en", |r| r.quote(|q| q.text.en.to_owned())),
    ("quote_es", |r| r.quote(|q| q.text.es.to_owned())),
    ("quote_es_paraphrase", |r| {
        r.quote(|q| q.paraphrase_es.to_string())
    }),
    ("quote_speaker_en", |r| r.quote(|q| q.speaker.en.to_owned())),
    ("quote_speaker_es", |r| r.quote(|q| q.speaker.es.to_owned())),
    ("quote_source_id", |r| {
        r.quote(|q| STORY.source(q.source).key.to_owned())
    }),
];

/// Every event, in the story's order (phase by phase, by date).
pub(super) fn event_rows() -> impl Iterator<Item = EventRow> {
    STORY.phases.iter().flat_map(|phase| {
        phase
            .events
            .iter()
            .map(move |event| EventRow { phase, event })
    })
}

/// The file's contents.
pub fn events_csv() -> String {
    let columns = with_sources(&COLUMNS, |r| r.event.sources);
    csv(&columns, event_rows())
}
