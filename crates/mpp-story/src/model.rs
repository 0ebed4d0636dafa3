//! The story's types as the app renders them: `'static` data compiled in by
//! `build.rs`, with every cross-reference already resolved to an index.

use crate::date::{DateSpan, PartialDate};

/// Index of a [`Source`] in [`Story::sources`], resolved at build time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SourceId(pub u8);

/// One of the documents the explainer is built from.
#[derive(Debug)]
pub struct Source {
    /// The id used in `story.toml`, e.g. `abc-2023-02-07`.
    pub key: &'static str,
    pub outlet: &'static str,
    /// The published headline, or (when `headline` is false) our description
    /// of a document whose headline we do not have.
    pub title: &'static str,
    pub headline: bool,
    /// Bylines, or "" when the document names none.
    pub authors: &'static str,
    pub date: PartialDate,
    pub updated: Option<PartialDate>,
    /// What the reader should know about the document, or "".
    pub note: &'static str,
}

/// Whose administration a phase or a count belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Era {
    Trump,
    Biden,
}

impl Era {
    pub const ALL: [Era; 2] = [Era::Trump, Era::Biden];

    pub fn key(self) -> &'static str {
        match self {
            Era::Trump => "trump",
            Era::Biden => "biden",
        }
    }

    pub fn from_key(key: &str) -> Option<Era> {
        Era::ALL.into_iter().find(|era| era.key() == key)
    }
}

/// A stretch of the story between two turning points.
#[derive(Debug)]
pub struct Phase {
    pub id: &'static str,
    pub era: Era,
    pub span: DateSpan,
    /// A few words for the slider's tick marks.
    pub short_title: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub sources: &'static [SourceId],
    /// The dated events inside `span`, in date order.
    pub events: &'static [Event],
}

/// Something that happened on a date, as precise as the sources allow.
#[derive(Debug)]
pub struct Event {
    pub id: &'static str,
    pub date: PartialDate,
    pub text: &'static str,
    pub sources: &'static [SourceId],
    pub quote: Option<Quote>,
}

/// A short quotation with who said it and where it was reported.
#[derive(Debug)]
pub struct Quote {
    pub text: &'static str,
    pub speaker: &'static str,
    pub source: SourceId,
}

/// The word a source put in front of its number; part of the figure's meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    MoreThan,
    Over,
    Around,
    Approximately,
}

impl Qualifier {
    pub const ALL: [Qualifier; 4] = [
        Qualifier::MoreThan,
        Qualifier::Over,
        Qualifier::Around,
        Qualifier::Approximately,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Qualifier::MoreThan => "more-than",
            Qualifier::Over => "over",
            Qualifier::Around => "around",
            Qualifier::Approximately => "approximately",
        }
    }

    pub fn from_key(key: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.key() == key)
    }

    /// Whether the number is a floor ("more than", "over") rather than an estimate.
    pub fn is_lower_bound(self) -> bool {
        matches!(self, Qualifier::MoreThan | Qualifier::Over)
    }
}

/// A count of people sent back to Mexico, exactly as one source reported it.
#[derive(Debug)]
pub struct Figure {
    pub id: &'static str,
    pub era: Era,
    pub value: u32,
    pub qualifier: Qualifier,
    /// Who did the counting, e.g. "Mexico's foreign ministry".
    pub counter: &'static str,
    /// What was counted, in the source's terms.
    pub counted: &'static str,
    pub reported: PartialDate,
    pub source: SourceId,
}

/// What a place is in the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A US port of entry where people were returned to Mexico.
    Port,
    /// A camp of people waiting on the Mexican side.
    Encampment,
    /// A soft-sided immigration hearing facility.
    HearingFacility,
    /// The Mexican city across from a port: geography, not a source's claim.
    TwinCity,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 4] = [
        PlaceKind::Port,
        PlaceKind::Encampment,
        PlaceKind::HearingFacility,
        PlaceKind::TwinCity,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PlaceKind::Port => "port",
            PlaceKind::Encampment => "encampment",
            PlaceKind::HearingFacility => "hearing-facility",
            PlaceKind::TwinCity => "twin-city",
        }
    }

    pub fn from_key(key: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A place on the border map.
#[derive(Debug)]
pub struct Place {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: PlaceKind,
    /// WGS84 degrees.
    pub lat: f32,
    pub lon: f32,
    /// Its role in the story, or "" for plain geography.
    pub role: &'static str,
    pub sources: &'static [SourceId],
}

/// Everything the explainer shows.
#[derive(Debug)]
pub struct Story {
    pub sources: &'static [Source],
    pub phases: &'static [Phase],
    pub figures: &'static [Figure],
    pub places: &'static [Place],
}

impl Story {
    pub fn source(&self, id: SourceId) -> &'static Source {
        &self.sources[usize::from(id.0)]
    }
}
