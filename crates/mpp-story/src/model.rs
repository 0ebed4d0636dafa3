//! The story's types as the app renders them: `'static` data compiled in by
//! `build.rs`, with every cross-reference already resolved to an index.

use crate::date::{DateSpan, PartialDate};

/// The reader's language: part of the contract with the live layer.
pub use protocol::Lang;

/// Text the reader sees, in English and Spanish (the build requires both).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct L10n {
    pub en: &'static str,
    pub es: &'static str,
}

impl L10n {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }

    pub fn is_empty(self) -> bool {
        self.en.is_empty()
    }
}

/// What kind of document a source is. An advocacy statement is a claim:
/// a fact that cites only advocacy sources names who makes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// Reporting by a news organization.
    News,
    /// A statement by an organization that campaigns on the issue.
    Advocacy,
    /// A statement by a government or one of its agencies.
    Government,
}

impl SourceKind {
    pub const ALL: [SourceKind; 3] = [
        SourceKind::News,
        SourceKind::Advocacy,
        SourceKind::Government,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SourceKind::News => "news",
            SourceKind::Advocacy => "advocacy",
            SourceKind::Government => "government",
        }
    }
}

/// Where a date comes from. A date is as precise as its source; one worked
/// out from the text or taken from public record says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateBasis {
    /// Written in the source as shown.
    Reported,
    /// Worked out from the text, e.g. a weekday named in a dated article.
    WorkedOut,
    /// Not in the sources: public record (e.g. Inauguration Day).
    PublicRecord,
}

impl DateBasis {
    pub const ALL: [DateBasis; 3] = [
        DateBasis::Reported,
        DateBasis::WorkedOut,
        DateBasis::PublicRecord,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DateBasis::Reported => "reported",
            DateBasis::WorkedOut => "worked-out",
            DateBasis::PublicRecord => "public-record",
        }
    }
}

/// A date with where it comes from, and (unless reported) how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dated {
    pub date: PartialDate,
    pub basis: DateBasis,
    /// How the date was worked out or where it is on record; empty when
    /// the source states it.
    pub note: L10n,
}

/// When an event happened: a date, or words where no source gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    On(Dated),
    /// No source dates it; the words say when ("Under the first MPP").
    Undated(L10n),
}

/// Index of a [`Source`] in [`Story::sources`], resolved at build time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SourceId(pub u8);

/// One of the documents the explainer is built from.
#[derive(Debug)]
pub struct Source {
    /// The id used in `story.toml`, e.g. `abc-2023-02-07`.
    pub key: &'static str,
    pub outlet: L10n,
    /// The published headline, or (when `headline` is false) our description
    /// of a document whose headline we do not have.
    pub title: L10n,
    pub headline: bool,
    pub kind: SourceKind,
    /// Who a claim from this source is attributed to in the text (e.g.
    /// "ImmDef"); required for advocacy sources, "" otherwise.
    pub attribute_as: &'static str,
    /// Bylines, or "" when the document names none.
    pub authors: &'static str,
    pub date: Dated,
    pub updated: Option<PartialDate>,
    /// What the reader should know about the document, or "".
    pub note: L10n,
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
    /// Its start is the turning point that opens it; its end is an editorial
    /// boundary (the day before the next phase starts), never shown as a
    /// sourced date.
    pub span: DateSpan,
    /// Where the start date comes from.
    pub start: Dated,
    /// A few words for the slider's tick marks.
    pub short_title: L10n,
    pub title: L10n,
    pub summary: L10n,
    pub sources: &'static [SourceId],
    /// The dated events inside `span`, in date order.
    pub events: &'static [Event],
}

/// Something that happened, dated as precisely as the sources allow.
#[derive(Debug)]
pub struct Event {
    pub id: &'static str,
    pub when: When,
    pub text: L10n,
    pub sources: &'static [SourceId],
    pub quote: Option<Quote>,
}

impl Event {
    /// Its date, if a source gives one.
    pub fn date(&self) -> Option<PartialDate> {
        match self.when {
            When::On(dated) => Some(dated.date),
            When::Undated(_) => None,
        }
    }
}

/// A short quotation with who said it and where it was reported.
#[derive(Debug)]
pub struct Quote {
    pub text: L10n,
    pub speaker: L10n,
    pub source: SourceId,
    /// The English words are already a translation (e.g. by the outlet):
    /// Spanish paraphrases them without quotation marks rather than put
    /// our re-translation in the speaker's mouth.
    pub paraphrase_es: bool,
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
    pub counter: L10n,
    /// What was counted, in the source's terms.
    pub counted: L10n,
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

/// What a place is doing in a phase, as the sources describe it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceStatus {
    /// Not (yet) part of the story in this phase.
    Inactive,
    /// Announced or contracted, not yet operating.
    Planned,
    /// Operating: people are returned, camp, or wait here.
    Active,
    /// The sources do not say what happened here in this phase.
    Unclear,
    /// Closed, emptied or refused.
    Ended,
}

impl PlaceStatus {
    pub const ALL: [PlaceStatus; 5] = [
        PlaceStatus::Inactive,
        PlaceStatus::Planned,
        PlaceStatus::Active,
        PlaceStatus::Unclear,
        PlaceStatus::Ended,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PlaceStatus::Inactive => "inactive",
            PlaceStatus::Planned => "planned",
            PlaceStatus::Active => "active",
            PlaceStatus::Unclear => "unclear",
            PlaceStatus::Ended => "ended",
        }
    }

    pub fn from_key(key: &str) -> Option<PlaceStatus> {
        PlaceStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A place's status from a date on, with the sources that say so.
#[derive(Debug)]
pub struct PlaceState {
    pub from: PartialDate,
    pub status: PlaceStatus,
    /// Marks the first port to restart (El Paso, December 2021).
    pub first: bool,
    pub note: L10n,
    pub sources: &'static [SourceId],
}

/// SVG `text-anchor` of a map label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

impl TextAnchor {
    pub fn svg(self) -> &'static str {
        match self {
            TextAnchor::Start => "start",
            TextAnchor::Middle => "middle",
            TextAnchor::End => "end",
        }
    }
}

/// Where a map label sits, in em of the label's font from the place's
/// anchor, as SVG `dx`/`dy` values written at build time ("0.88em").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelSpot {
    pub dx: &'static str,
    pub dy: &'static str,
    pub anchor: TextAnchor,
}

/// A place on the border map.
#[derive(Debug)]
pub struct Place {
    pub id: &'static str,
    pub name: L10n,
    /// The short name written on the map.
    pub label: L10n,
    pub kind: PlaceKind,
    /// WGS84 degrees.
    pub lat: f32,
    pub lon: f32,
    /// Its role in the story, or "" for plain geography.
    pub role: L10n,
    pub sources: &'static [SourceId],
    /// Where the symbol is anchored, in viewBox units: the place itself, or
    /// the port it would otherwise hide behind.
    pub x: f32,
    pub y: f32,
    /// The symbol's offset from the anchor, in symbol units (0 when the
    /// symbol sits on the place itself).
    pub symbol_dx: f32,
    pub symbol_dy: f32,
    /// `x`/`y` and `symbol_dx`/`symbol_dy` as SVG transforms, written by
    /// the story compiler with the layout that computed them.
    pub transform: &'static str,
    pub symbol_transform: &'static str,
    /// Label placement for narrow and wide maps; `None` means no room, and
    /// the place is named in the table and on focus instead.
    pub label_narrow: Option<LabelSpot>,
    pub label_wide: Option<LabelSpot>,
    /// Status over time, in date order; empty for plain geography.
    pub states: &'static [PlaceState],
}

/// Country and sea names on the map: (text, x, y in viewBox units, shown on
/// narrow maps too). The build keeps place labels clear of them.
pub const AREA_LABELS: [(L10n, u16, u16, bool); 4] = [
    (
        L10n {
            en: "UNITED STATES",
            es: "ESTADOS UNIDOS",
        },
        640,
        70,
        true,
    ),
    (
        L10n {
            en: "MEXICO",
            es: "MÉXICO",
        },
        520,
        400,
        true,
    ),
    (
        L10n {
            en: "Pacific Ocean",
            es: "Océano Pacífico",
        },
        110,
        440,
        false,
    ),
    (
        L10n {
            en: "Gulf of Mexico",
            es: "Golfo de México",
        },
        905,
        478,
        false,
    ),
];

/// The map's outlines as SVG path data, in a `0 0 width height` viewBox.
#[derive(Debug)]
pub struct MapGeometry {
    pub width: f32,
    pub height: f32,
    /// "0 0 width height", written at build time.
    pub view_box: &'static str,
    pub land_us: &'static str,
    pub land_mx: &'static str,
    pub border: &'static str,
    pub coast: &'static str,
    pub us_states: &'static str,
}

/// A correction to the published story, dated to the day it was published.
#[derive(Debug)]
pub struct Correction {
    /// The id used in `story.toml`, e.g. `first-day-entries`.
    pub id: &'static str,
    /// The day the correction was published; always known to the day.
    pub date: PartialDate,
    /// What the page said that was wrong.
    pub was: L10n,
    /// What the page says now.
    pub now: L10n,
}

/// Everything the explainer shows.
#[derive(Debug)]
pub struct Story {
    pub sources: &'static [Source],
    pub phases: &'static [Phase],
    pub figures: &'static [Figure],
    pub places: &'static [Place],
    /// The day the story was last updated; always known to the day.
    pub updated: PartialDate,
    /// Corrections to the published story, oldest first; none after `updated`.
    pub corrections: &'static [Correction],
    pub map: MapGeometry,
}

impl Story {
    pub fn source(&self, id: SourceId) -> &'static Source {
        &self.sources[usize::from(id.0)]
    }
}
