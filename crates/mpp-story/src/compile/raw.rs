//! The story file as written, before any check: what `story.toml` and the
//! map geometry file may contain, read with serde. Unknown fields are
//! refused, so a typo in a field name fails the build.

use std::path::Path;

use serde::Deserialize;

use super::StoryError;
use crate::geo::{Frame, Projection};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStory {
    /// The day the story was last updated, "YYYY-MM-DD"; required (the
    /// checker says so by name rather than serde's "missing field").
    #[serde(default)]
    pub(crate) updated: Option<String>,
    #[serde(default)]
    pub(crate) corrections: Vec<RawCorrection>,
    #[serde(default)]
    pub(crate) sources: Vec<RawSource>,
    #[serde(default)]
    pub(crate) phases: Vec<RawPhase>,
    #[serde(default)]
    pub(crate) events: Vec<RawEvent>,
    #[serde(default)]
    pub(crate) figures: Vec<RawFigure>,
    #[serde(default)]
    pub(crate) places: Vec<RawPlace>,
}

/// Reader-facing text, in both languages. A missing `es` (or `en`) fails the
/// build: a reader never gets a blank or the wrong language.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawText {
    #[serde(default)]
    pub(crate) en: String,
    #[serde(default)]
    pub(crate) es: String,
}

/// A source's title: the published headline, kept in its own language, or
/// (when we do not have it) our description, in both languages.
#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum RawTitle {
    Original(String),
    Described(RawText),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub(crate) id: String,
    pub(crate) outlet: RawText,
    pub(crate) title: RawTitle,
    /// True when `title` is the published headline; false when it describes
    /// a document whose headline we do not have.
    pub(crate) headline: bool,
    /// "news", "advocacy" or "government".
    pub(crate) kind: String,
    /// Who a claim from it is attributed to; required for advocacy.
    #[serde(default)]
    pub(crate) attribute_as: String,
    #[serde(default)]
    pub(crate) authors: String,
    pub(crate) date: String,
    #[serde(default)]
    pub(crate) date_basis: Option<String>,
    #[serde(default)]
    pub(crate) date_note: RawText,
    #[serde(default)]
    pub(crate) updated: Option<String>,
    #[serde(default)]
    pub(crate) note: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPhase {
    pub(crate) id: String,
    pub(crate) era: String,
    pub(crate) start: String,
    #[serde(default)]
    pub(crate) start_basis: Option<String>,
    #[serde(default)]
    pub(crate) start_note: RawText,
    pub(crate) end: String,
    pub(crate) short_title: RawText,
    pub(crate) title: RawText,
    pub(crate) summary: RawText,
    pub(crate) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuote {
    /// `en` is the words as published; `es` our translation.
    pub(crate) text: RawText,
    pub(crate) speaker: RawText,
    pub(crate) source: String,
    #[serde(default)]
    pub(crate) paraphrase_es: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEvent {
    pub(crate) id: String,
    pub(crate) phase: String,
    /// Absent when no source dates the event; then `undated` says when.
    #[serde(default)]
    pub(crate) date: Option<String>,
    #[serde(default)]
    pub(crate) date_basis: Option<String>,
    #[serde(default)]
    pub(crate) date_note: RawText,
    #[serde(default)]
    pub(crate) undated: RawText,
    pub(crate) text: RawText,
    pub(crate) sources: Vec<String>,
    #[serde(default)]
    pub(crate) quote: Option<RawQuote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFigure {
    pub(crate) id: String,
    pub(crate) era: String,
    pub(crate) value: u32,
    pub(crate) qualifier: String,
    pub(crate) counter: RawText,
    pub(crate) counted: RawText,
    pub(crate) reported: String,
    pub(crate) source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPlace {
    pub(crate) id: String,
    pub(crate) name: RawText,
    pub(crate) label: RawText,
    pub(crate) kind: String,
    pub(crate) lat: f64,
    pub(crate) lon: f64,
    #[serde(default)]
    pub(crate) role: RawText,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    #[serde(default)]
    pub(crate) states: Vec<RawPlaceState>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPlaceState {
    pub(crate) from: String,
    pub(crate) status: String,
    #[serde(default)]
    pub(crate) first: bool,
    pub(crate) note: RawText,
    pub(crate) sources: Vec<String>,
}

/// A correction to the published story: the day it was published, what the
/// page said that was wrong, and what it says now.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCorrection {
    pub(crate) id: String,
    pub(crate) date: String,
    pub(crate) was: RawText,
    pub(crate) now: RawText,
}

/// `assets/map/geometry.toml`, written by tools/mapgen.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeometryFile {
    pub projection: String,
    pub extent: [f64; 4],
    pub x_min: f64,
    pub y_max: f64,
    pub scale: f64,
    pub width: f64,
    pub height: f64,
    pub paths: GeometryPaths,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeometryPaths {
    pub land_us: String,
    pub land_mx: String,
    pub border: String,
    pub coast: String,
    pub us_states: String,
}

impl GeometryFile {
    /// Reads and checks the map geometry; problems name the file.
    pub fn read(path: &Path) -> Result<GeometryFile, Vec<StoryError>> {
        let label = path.display().to_string();
        let fail = |problem: String| {
            vec![StoryError {
                file: label.clone(),
                entry: "(file)".into(),
                problem,
            }]
        };
        let text = std::fs::read_to_string(path).map_err(|e| fail(format!("cannot read: {e}")))?;
        let geometry: GeometryFile = toml::from_str(&text).map_err(|e| {
            fail(format!(
                "not a valid geometry file: {}",
                e.to_string().replace('\n', " ")
            ))
        })?;
        let p = &geometry.paths;
        for (name, d) in [
            ("land_us", &p.land_us),
            ("land_mx", &p.land_mx),
            ("border", &p.border),
            ("coast", &p.coast),
            ("us_states", &p.us_states),
        ] {
            if !d.starts_with('M') || d.chars().any(|c| !"0123456789 -.Mlz".contains(c)) {
                return Err(vec![StoryError {
                    file: label.clone(),
                    entry: format!("paths.{name}"),
                    problem: "is not SVG path data of the form M x y l dx dy ... z".into(),
                }]);
            }
        }
        if !(geometry.width > 0.0 && geometry.height > 0.0 && geometry.scale > 0.0) {
            return Err(fail("width, height and scale must be positive".into()));
        }
        Projection::new(&geometry.projection).map_err(fail)?;
        Ok(geometry)
    }

    pub(crate) fn frame(&self) -> Frame {
        Frame {
            x_min: self.x_min,
            y_max: self.y_max,
            scale: self.scale,
            width: self.width,
            height: self.height,
        }
    }
}
