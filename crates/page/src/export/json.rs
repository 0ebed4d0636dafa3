//! `story.json`: the whole story in one document, its shape written as the
//! types below (docs/data.md describes it field by field). Items cite
//! sources by id; `sources` holds each one in full. Text the page shows is
//! given in both languages, as `{ "en": …, "es": … }`; a field that does not
//! apply is `null`, never an empty string.

use serde::Serialize;

use super::events::{event_rows, EventRow};
use super::places::{place_rows, PlaceInPhase};
use crate::story::{
    Correction, DateBasis, Dated, Figure, L10n, Lang, Phase, Place, PlaceState, Source, SourceId,
    When, STORY,
};
use crate::text;

/// Which shape this is: raised when a field changes meaning or goes away.
pub const VERSION: u32 = 1;

/// Text in both languages.
#[derive(Serialize)]
pub struct Text {
    pub en: String,
    pub es: String,
}

impl Text {
    fn of(words: L10n) -> Text {
        Text::by(|lang| words.get(lang).to_owned())
    }

    /// The page's wording in each language.
    fn by(words: impl Fn(Lang) -> String) -> Text {
        Text {
            en: words(Lang::En),
            es: words(Lang::Es),
        }
    }

    /// `None` for text the story leaves empty.
    fn unless_empty(words: L10n) -> Option<Text> {
        (!words.is_empty()).then(|| Text::of(words))
    }
}

/// The document.
#[derive(Serialize)]
pub struct Document {
    pub about: About,
    pub sources: Vec<SourceEntry>,
    pub phases: Vec<PhaseEntry>,
    pub events: Vec<EventEntry>,
    pub figures: Vec<FigureEntry>,
    pub places: Vec<PlaceEntry>,
    /// Corrections to the published story, oldest first; may be empty.
    pub corrections: Vec<CorrectionEntry>,
}

/// What the file is and how to credit it.
#[derive(Serialize)]
pub struct About {
    pub title: Text,
    pub version: u32,
    pub languages: [&'static str; 2],
    pub credit: Text,
    /// The day the story was last updated (ISO).
    pub updated: String,
}

/// A correction, as the page lists it.
#[derive(Serialize)]
pub struct CorrectionEntry {
    pub id: &'static str,
    /// The day it was published (ISO).
    pub date: String,
    /// What the page said that was wrong.
    pub was: Text,
    /// What the page says now.
    pub now: Text,
}

#[derive(Serialize)]
pub struct SourceEntry {
    pub id: &'static str,
    pub kind: &'static str,
    pub outlet: Text,
    /// The published headline, or our description of the document.
    pub title: Text,
    pub headline: bool,
    /// As the page shows it: a headline in quotation marks, a description
    /// in brackets.
    pub title_shown: Text,
    pub authors: Option<&'static str>,
    pub attribute_as: Option<&'static str>,
    pub date: String,
    pub date_basis: &'static str,
    pub date_note: Option<Text>,
    pub updated: Option<String>,
    pub dates_shown: Text,
    pub note: Option<Text>,
}

#[derive(Serialize)]
pub struct PhaseEntry {
    pub id: &'static str,
    pub era: &'static str,
    pub short_title: Text,
    pub title: Text,
    pub summary: Text,
    pub start: String,
    pub start_basis: &'static str,
    pub start_note: Option<Text>,
    pub start_shown: Text,
    /// The day before the next phase starts: our boundary, not a sourced date.
    pub editorial_end: String,
    pub events: Vec<&'static str>,
    pub sources: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct EventEntry {
    pub id: &'static str,
    pub phase: &'static str,
    pub date: Option<String>,
    pub date_basis: Option<&'static str>,
    pub date_note: Option<Text>,
    pub undated: Option<Text>,
    pub when_shown: Text,
    pub text: Text,
    pub quote: Option<QuoteEntry>,
    pub sources: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct QuoteEntry {
    pub text: Text,
    pub speaker: Text,
    pub paraphrase_es: bool,
    pub source: &'static str,
}

#[derive(Serialize)]
pub struct FigureEntry {
    pub id: &'static str,
    pub era: &'static str,
    pub value: u32,
    pub qualifier: &'static str,
    pub lower_bound: bool,
    pub figure: Text,
    pub counter: Text,
    pub counted: Text,
    pub reported: String,
    pub sources: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct PlaceEntry {
    pub id: &'static str,
    pub kind: &'static str,
    pub kind_shown: Text,
    pub name: Text,
    pub label: Text,
    pub lat: f64,
    pub lon: f64,
    pub role: Option<Text>,
    pub sources: Vec<&'static str>,
    /// What the page says of plain geography (a Mexican city across the
    /// border), which has no states.
    pub geography_note: Option<Text>,
    pub states: Vec<StateEntry>,
    /// One per phase, in order: the state the map shows, by its index in
    /// `states` (`None` for geography).
    pub phases: Vec<PlacePhaseEntry>,
}

#[derive(Serialize)]
pub struct StateEntry {
    pub from: String,
    pub status: &'static str,
    pub first: bool,
    pub note: Text,
    pub sources: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct PlacePhaseEntry {
    pub phase: &'static str,
    pub status: &'static str,
    pub status_shown: Text,
    pub first: bool,
    pub state: Option<usize>,
}

fn ids(sources: &[SourceId]) -> Vec<&'static str> {
    sources.iter().map(|&id| STORY.source(id).key).collect()
}

/// How a date is known, unless the source states it.
fn date_note(dated: &Dated) -> Option<Text> {
    (dated.basis != DateBasis::Reported).then(|| Text::of(dated.note))
}

/// A coordinate as written in the story: the `f32`'s shortest decimal
/// (32.542), not its binary expansion as an `f64` (32.54199981689453).
fn degrees(value: f32) -> f64 {
    value.to_string().parse().unwrap_or(f64::from(value))
}

fn source(s: &'static Source) -> SourceEntry {
    SourceEntry {
        id: s.key,
        kind: s.kind.key(),
        outlet: Text::of(s.outlet),
        title: Text::of(s.title),
        headline: s.headline,
        title_shown: Text::by(|lang| text::source_title(s, lang)),
        authors: (!s.authors.is_empty()).then_some(s.authors),
        attribute_as: (!s.attribute_as.is_empty()).then_some(s.attribute_as),
        date: s.date.date.to_string(),
        date_basis: s.date.basis.key(),
        date_note: date_note(&s.date),
        updated: s.updated.map(|d| d.to_string()),
        dates_shown: Text::by(|lang| text::source_dates(s, lang)),
        note: Text::unless_empty(s.note),
    }
}

fn phase(p: &'static Phase) -> PhaseEntry {
    PhaseEntry {
        id: p.id,
        era: p.era.key(),
        short_title: Text::of(p.short_title),
        title: Text::of(p.title),
        summary: Text::of(p.summary),
        start: p.start.date.to_string(),
        start_basis: p.start.basis.key(),
        start_note: date_note(&p.start),
        start_shown: Text::by(|lang| text::phase_from(p, lang)),
        editorial_end: p.span.end.to_string(),
        events: p.events.iter().map(|e| e.id).collect(),
        sources: ids(p.sources),
    }
}

fn event(row: EventRow) -> EventEntry {
    let e = row.event;
    EventEntry {
        id: e.id,
        phase: row.phase.id,
        date: row.dated().map(|d| d.date.to_string()),
        date_basis: row.dated().map(|d| d.basis.key()),
        date_note: row.dated().and_then(date_note),
        undated: match e.when {
            When::On(_) => None,
            When::Undated(words) => Some(Text::of(words)),
        },
        when_shown: Text::by(|lang| row.when(lang)),
        text: Text::of(e.text),
        quote: e.quote.as_ref().map(|q| QuoteEntry {
            text: Text::of(q.text),
            speaker: Text::of(q.speaker),
            paraphrase_es: q.paraphrase_es,
            source: STORY.source(q.source).key,
        }),
        sources: ids(e.sources),
    }
}

fn figure(f: &'static Figure) -> FigureEntry {
    FigureEntry {
        id: f.id,
        era: f.era.key(),
        value: f.value,
        qualifier: f.qualifier.key(),
        lower_bound: f.qualifier.is_lower_bound(),
        figure: Text::by(|lang| text::figure(f, lang)),
        counter: Text::of(f.counter),
        counted: Text::of(f.counted),
        reported: f.reported.to_string(),
        sources: ids(std::slice::from_ref(&f.source)),
    }
}

fn state(s: &'static PlaceState) -> StateEntry {
    StateEntry {
        from: s.from.to_string(),
        status: s.status.key(),
        first: s.first,
        note: Text::of(s.note),
        sources: ids(s.sources),
    }
}

fn in_phase(row: &PlaceInPhase) -> PlacePhaseEntry {
    PlacePhaseEntry {
        phase: row.phase.id,
        status: row.status(),
        status_shown: Text::by(|lang| row.status_shown(lang)),
        first: row.first(),
        state: row
            .state
            .and_then(|state| row.place.states.iter().position(|s| std::ptr::eq(s, state))),
    }
}

fn place(p: &'static Place, rows: &[PlaceInPhase]) -> PlaceEntry {
    PlaceEntry {
        id: p.id,
        kind: p.kind.key(),
        kind_shown: Text::by(|lang| text::place_kind(p.kind, lang).to_owned()),
        name: Text::of(p.name),
        label: Text::of(p.label),
        lat: degrees(p.lat),
        lon: degrees(p.lon),
        role: Text::unless_empty(p.role),
        sources: ids(p.sources),
        geography_note: p
            .states
            .is_empty()
            .then(|| Text::by(|lang| text::across(p, lang))),
        states: p.states.iter().map(state).collect(),
        phases: rows
            .iter()
            .filter(|r| std::ptr::eq(r.place, p))
            .map(in_phase)
            .collect(),
    }
}

/// The whole story as one value.
pub fn document() -> Document {
    let rows: Vec<PlaceInPhase> = place_rows().collect();
    Document {
        about: About {
            title: Text::by(|lang| text::ui(lang).document_title.to_owned()),
            version: VERSION,
            languages: Lang::ALL.map(Lang::key),
            credit: Text::by(credit),
            updated: STORY.updated.to_string(),
        },
        sources: STORY.sources.iter().map(source).collect(),
        phases: STORY.phases.iter().map(phase).collect(),
        events: event_rows().map(event).collect(),
        figures: STORY.figures.iter().map(figure).collect(),
        places: STORY.places.iter().map(|p| place(p, &rows)).collect(),
        corrections: STORY.corrections.iter().map(correction).collect(),
    }
}

fn correction(c: &Correction) -> CorrectionEntry {
    CorrectionEntry {
        id: c.id,
        date: c.date.to_string(),
        was: Text::of(c.was),
        now: Text::of(c.now),
    }
}

/// How to credit the data: the facts are the sources', the wording ours.
fn credit(lang: Lang) -> String {
    let outlets: Vec<&str> = STORY.sources.iter().map(|s| s.outlet.get(lang)).collect();
    match lang {
        Lang::En => format!(
            "Facts from the sources named with each item ({}); text written for the explainer “{}”. Credit the explainer and the sources.",
            outlets.join("; "),
            text::ui(lang).title
        ),
        Lang::Es => format!(
            "Datos de las fuentes citadas en cada elemento ({}); texto escrito para la guía «{}». Cite la guía y las fuentes.",
            outlets.join("; "),
            text::ui(lang).title
        ),
    }
}

/// The file's contents: the document, indented, ending in a newline.
pub fn story_json() -> String {
    let mut out = serde_json::to_string_pretty(&document()).expect("plain data serializes");
    out.push('\n');
    out
}
