//! `places.csv`: every place in every phase, one row per (phase, place),
//! with the status the map draws there, as the page words it, the note and
//! the sources of the state in force. A Mexican city across the border is
//! geography, not a claim: its status is "geography" and it cites nothing.

use super::sourced::with_sources;
use super::table::{csv, Column};
use crate::map_state;
use crate::story::{Lang, Phase, Place, PlaceState, SourceId, STORY};
use crate::text;

/// The status key of a place that has no states: plain geography.
pub const GEOGRAPHY: &str = "geography";

/// A place in a phase, with the state the map shows it in.
pub(super) struct PlaceInPhase {
    pub(super) phase: &'static Phase,
    pub(super) place: &'static Place,
    /// `None` for geography.
    pub(super) state: Option<&'static PlaceState>,
}

impl PlaceInPhase {
    pub(super) fn status(&self) -> &'static str {
        self.state.map_or(GEOGRAPHY, |s| s.status.key())
    }

    /// The status as the map's table words it.
    pub(super) fn status_shown(&self, lang: Lang) -> String {
        match self.state {
            Some(s) => text::place_status(s.status, self.place.kind, lang).to_owned(),
            None => text::ui(lang).geography.to_owned(),
        }
    }

    /// What the map's table says beside the status.
    pub(super) fn note(&self, lang: Lang) -> String {
        match self.state {
            Some(s) => s.note.get(lang).to_owned(),
            None => text::across(self.place, lang),
        }
    }

    pub(super) fn first(&self) -> bool {
        map_state::is_first_in(self.place, self.phase)
    }

    pub(super) fn sources(&self) -> &'static [SourceId] {
        self.state.map_or(&[], |s| s.sources)
    }
}

/// The table's own columns; the source columns follow.
const COLUMNS: [Column<PlaceInPhase>; 18] = [
    ("phase_id", |r| r.phase.id.to_owned()),
    ("phase_title_en", |r| r.phase.title.en.to_owned()),
    ("phase_title_es", |r| r.phase.title.es.to_owned()),
    ("place_id", |r| r.place.id.to_owned()),
    ("place_name_en", |r| r.place.name.en.to_owned()),
    ("place_name_es", |r| r.place.name.es.to_owned()),
    ("kind", |r| r.place.kind.key().to_owned()),
    ("kind_en", |r| {
        text::place_kind(r.place.kind, Lang::En).to_owned()
    }),
    ("kind_es", |r| {
        text::place_kind(r.place.kind, Lang::Es).to_owned()
    }),
    ("lat", |r| r.place.lat.to_string()),
    ("lon", |r| r.place.lon.to_string()),
    ("status", |r| r.status().to_owned()),
    ("status_en", |r| r.status_shown(Lang::En)),
    ("status_es", |r| r.status_shown(Lang::Es)),
    ("first", |r| r.first().to_string()),
    ("state_from", |r| {
        r.state.map_or_else(String::new, |s| s.from.to_string())
    }),
    ("note_en", |r| r.note(Lang::En)),
    ("note_es", |r| r.note(Lang::Es)),
];

/// Every place in every phase: phase by phase, places in the story's order.
pub(super) fn place_rows() -> impl Iterator<Item = PlaceInPhase> {
    STORY.phases.iter().flat_map(|phase| {
        STORY.places.iter().map(move |place| PlaceInPhase {
            phase,
            place,
            state: map_state::state_in(place, phase),
        })
    })
}

/// The file's contents.
pub fn places_csv() -> String {
    let columns = with_sources(&COLUMNS, PlaceInPhase::sources);
    csv(&columns, place_rows())
}
