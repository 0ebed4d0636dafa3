//! Build-time compiler for `assets/story.toml`: parses it, checks every fact
//! against the rules below, and writes Rust source for the app to include.
//!
//! Each problem is reported on one line as `file: entry: problem`, so a bad
//! edit fails the build pointing at the exact entry to fix.

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Write as _};
use std::path::Path;

use serde::Deserialize;

use crate::date::{DateSpan, PartialDate};
use crate::geo::{Frame, Projection};
use crate::labels::{Anchor, Placement};
use crate::layout::{self, PlaceInput};
use crate::model::{DateBasis, Era, PlaceKind, PlaceStatus, Qualifier, SourceKind};

/// The explainer covers these days, inclusive.
pub const STORY_SPAN: (PartialDate, PartialDate) =
    (PartialDate::ymd(2019, 1, 1), PartialDate::ymd(2023, 12, 31));

/// Places must lie in the border region: (south, north) latitude and
/// (west, east) longitude, in degrees.
pub const BORDER_REGION: ((f64, f64), (f64, f64)) = ((24.0, 34.0), (-118.5, -96.0));

/// A quotation longer than this many words is no longer a short quotation.
pub const MAX_QUOTE_WORDS: usize = 30;

/// One problem with one entry of the story file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryError {
    pub file: String,
    /// Which entry, e.g. `events[walkout]`, or `(file)` for the whole file.
    pub entry: String,
    pub problem: String,
}

impl fmt::Display for StoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.problem)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStory {
    #[serde(default)]
    sources: Vec<RawSource>,
    #[serde(default)]
    phases: Vec<RawPhase>,
    #[serde(default)]
    events: Vec<RawEvent>,
    #[serde(default)]
    figures: Vec<RawFigure>,
    #[serde(default)]
    places: Vec<RawPlace>,
}

/// Reader-facing text, in both languages. A missing `es` (or `en`) fails the
/// build: a reader never gets a blank or the wrong language.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawText {
    #[serde(default)]
    en: String,
    #[serde(default)]
    es: String,
}

/// A source's title: the published headline, kept in its own language, or
/// (when we do not have it) our description, in both languages.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawTitle {
    Original(String),
    Described(RawText),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    outlet: RawText,
    title: RawTitle,
    /// True when `title` is the published headline; false when it describes
    /// a document whose headline we do not have.
    headline: bool,
    /// "news", "advocacy" or "government".
    kind: String,
    /// Who a claim from it is attributed to; required for advocacy.
    #[serde(default)]
    attribute_as: String,
    #[serde(default)]
    authors: String,
    date: String,
    #[serde(default)]
    date_basis: Option<String>,
    #[serde(default)]
    date_note: RawText,
    #[serde(default)]
    updated: Option<String>,
    #[serde(default)]
    note: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhase {
    id: String,
    era: String,
    start: String,
    #[serde(default)]
    start_basis: Option<String>,
    #[serde(default)]
    start_note: RawText,
    end: String,
    short_title: RawText,
    title: RawText,
    summary: RawText,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuote {
    /// `en` is the words as published; `es` our translation.
    text: RawText,
    speaker: RawText,
    source: String,
    #[serde(default)]
    paraphrase_es: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: String,
    phase: String,
    /// Absent when no source dates the event; then `undated` says when.
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    date_basis: Option<String>,
    #[serde(default)]
    date_note: RawText,
    #[serde(default)]
    undated: RawText,
    text: RawText,
    sources: Vec<String>,
    #[serde(default)]
    quote: Option<RawQuote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    id: String,
    era: String,
    value: u32,
    qualifier: String,
    counter: RawText,
    counted: RawText,
    reported: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: String,
    name: RawText,
    label: RawText,
    kind: String,
    lat: f64,
    lon: f64,
    #[serde(default)]
    role: RawText,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    states: Vec<RawPlaceState>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaceState {
    from: String,
    status: String,
    #[serde(default)]
    first: bool,
    note: RawText,
    sources: Vec<String>,
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

    fn frame(&self) -> Frame {
        Frame {
            x_min: self.x_min,
            y_max: self.y_max,
            scale: self.scale,
            width: self.width,
            height: self.height,
        }
    }
}

/// Collects problems while checking, each tied to the file and an entry.
struct Checker<'a> {
    file: &'a str,
    errors: Vec<StoryError>,
}

impl Checker<'_> {
    fn fail(&mut self, entry: &str, problem: impl Into<String>) {
        self.errors.push(StoryError {
            file: self.file.to_owned(),
            entry: entry.to_owned(),
            problem: problem.into(),
        });
    }

    /// Required text: both languages present and not blank.
    fn text(&mut self, entry: &str, field: &str, value: &RawText) {
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
    fn optional_text(&mut self, entry: &str, field: &str, value: &RawText) {
        if value.en.trim().is_empty() != value.es.trim().is_empty() {
            self.text(entry, field, value);
        }
    }

    /// Looks `key` up among the values a field may take; an unknown key is
    /// reported with the list of known ones.
    fn known<T: Copy, const N: usize>(
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
    fn plain(&mut self, entry: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(entry, format!("{field} is empty"));
        }
    }

    fn date(&mut self, entry: &str, field: &str, value: &str) -> Option<PartialDate> {
        match PartialDate::parse(value) {
            Ok(date) => Some(date),
            Err(why) => {
                self.fail(entry, format!("{field}: {why}"));
                None
            }
        }
    }

    /// Where a date comes from: `reported` (the default) needs no note;
    /// a date worked out from the text or taken from public record says how.
    fn basis(
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

    fn in_story_span(&mut self, entry: &str, field: &str, date: PartialDate) {
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

    fn sources(&mut self, entry: &str, ids: &[String], known: &HashMap<&str, u8>) -> Vec<u8> {
        if ids.is_empty() {
            self.fail(entry, "cites no source (sources = [] is empty)");
        }
        ids.iter()
            .filter_map(|id| self.source(entry, id, known))
            .collect()
    }

    fn source(&mut self, entry: &str, id: &str, known: &HashMap<&str, u8>) -> Option<u8> {
        let found = known.get(id).copied();
        if found.is_none() {
            self.fail(entry, format!("unknown source id \"{id}\""));
        }
        found
    }

    fn unique<'s>(&mut self, seen: &mut HashSet<&'s str>, kind: &str, id: &'s str) -> String {
        let entry = format!("{kind}[{id}]");
        if id.trim().is_empty() {
            self.fail(&entry, "id is empty");
        } else if !seen.insert(id) {
            self.fail(&entry, format!("duplicate id \"{id}\""));
        }
        entry
    }
}

/// The map geometry that ships with the story.
pub fn default_geometry_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/map/geometry.toml")
}

/// Reads, checks and compiles a story file, with the shipped map geometry.
pub fn compile_file(path: &Path) -> Result<String, Vec<StoryError>> {
    compile_files(path, &default_geometry_path())
}

/// Reads, checks and compiles a story file and a map geometry file.
pub fn compile_files(path: &Path, geometry: &Path) -> Result<String, Vec<StoryError>> {
    let geometry = GeometryFile::read(geometry)?;
    let label = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![StoryError {
            file: label.clone(),
            entry: "(file)".into(),
            problem: format!("cannot read: {e}"),
        }]
    })?;
    compile_str(&label, &text, &geometry)
}

/// Checks and compiles story text; `file` names it in error messages.
pub fn compile_str(
    file: &str,
    text: &str,
    geometry: &GeometryFile,
) -> Result<String, Vec<StoryError>> {
    let raw: RawStory = toml::from_str(text).map_err(|e| {
        vec![StoryError {
            file: file.to_owned(),
            entry: "(file)".into(),
            problem: format!(
                "not a valid story file: {}",
                e.to_string().replace('\n', " ")
            ),
        }]
    })?;
    let mut check = Checker {
        file,
        errors: Vec::new(),
    };
    let mut out = String::new();
    emit_story(&raw, geometry, &mut check, &mut out);
    if check.errors.is_empty() {
        Ok(out)
    } else {
        Err(check.errors)
    }
}

fn emit_story(raw: &RawStory, geometry: &GeometryFile, check: &mut Checker<'_>, out: &mut String) {
    let sources = check_sources(raw, check);
    let phase_ids = check_phases(raw, check);
    for kind in [
        ("sources", raw.sources.is_empty()),
        ("phases", raw.phases.is_empty()),
        ("figures", raw.figures.is_empty()),
    ] {
        if kind.1 {
            check.fail("(file)", format!("has no [[{}]] entries", kind.0));
        }
    }

    out.push_str("// @generated by build.rs from assets/story.toml. Do not edit.\n");
    out.push_str("pub static STORY: Story = Story {\n    sources: &[\n");
    for s in &raw.sources {
        let date = PartialDate::parse(&s.date).ok();
        let updated = s
            .updated
            .as_deref()
            .and_then(|u| PartialDate::parse(u).ok());
        let _ = writeln!(
            out,
            "        Source {{ key: {:?}, outlet: {}, title: {}, headline: {}, kind: SourceKind::{:?}, attribute_as: {:?}, authors: {:?}, date: {}, updated: {}, note: {} }},",
            s.id,
            l10n(&s.outlet),
            match &s.title {
                RawTitle::Original(t) => l10n(&RawText { en: t.clone(), es: t.clone() }),
                RawTitle::Described(t) => l10n(t),
            },
            s.headline,
            SourceKind::ALL.into_iter().find(|k| k.key() == s.kind).unwrap_or(SourceKind::News),
            s.attribute_as,
            s.authors,
            dated_expr(date, basis_of(&s.date_basis), &s.date_note),
            updated.map_or("None".to_owned(), |d| format!("Some({})", date_expr(Some(d)))),
            l10n(&s.note)
        );
    }
    out.push_str("    ],\n    phases: &[\n");
    emit_phases(raw, check, &sources, &phase_ids, out);
    out.push_str("    ],\n    figures: &[\n");
    emit_figures(raw, check, &sources, out);
    out.push_str("    ],\n    places: &[\n");
    emit_places(raw, geometry, check, &sources, out);
    check_states_expire(raw, check, &phase_ids);
    let p = &geometry.paths;
    let _ = writeln!(
        out,
        "    ],\n    map: MapGeometry {{ width: {:?}, height: {:?}, view_box: \"0 0 {} {}\", land_us: {:?}, land_mx: {:?}, border: {:?}, coast: {:?}, us_states: {:?} }},\n}};",
        geometry.width as f32,
        geometry.height as f32,
        geometry.width,
        geometry.height,
        p.land_us,
        p.land_mx,
        p.border,
        p.coast,
        p.us_states
    );
}

fn check_sources<'r>(raw: &'r RawStory, check: &mut Checker<'_>) -> HashMap<&'r str, u8> {
    let mut seen = HashSet::new();
    let mut known = HashMap::new();
    for (index, s) in raw.sources.iter().enumerate() {
        let entry = check.unique(&mut seen, "sources", &s.id);
        let kind = check.known(&entry, "kind", &s.kind, SourceKind::ALL, SourceKind::key);
        if kind == Some(SourceKind::Advocacy) && s.attribute_as.trim().is_empty() {
            check.fail(
                &entry,
                "an advocacy source's statements are claims: set attribute_as to the name the text attributes them to (e.g. \"ImmDef\")",
            );
        }
        check.basis(&entry, "date", &s.date_basis, &s.date_note);
        check.text(&entry, "outlet", &s.outlet);
        check.optional_text(&entry, "note", &s.note);
        match (&s.title, s.headline) {
            (RawTitle::Original(t), true) => check.plain(&entry, "title", t),
            (RawTitle::Described(t), false) => check.text(&entry, "title", t),
            (RawTitle::Original(_), false) => check.fail(
                &entry,
                "title is our description (headline = false), so it needs { en = \"...\", es = \"...\" }",
            ),
            (RawTitle::Described(_), true) => check.fail(
                &entry,
                "title is the published headline (headline = true): keep it as one string, in its own language",
            ),
        }
        if let Some(date) = check.date(&entry, "date", &s.date) {
            check.in_story_span(&entry, "date", date);
        }
        if let Some(updated) = &s.updated {
            check.date(&entry, "updated", updated);
        }
        match u8::try_from(index) {
            Ok(i) => {
                known.insert(s.id.as_str(), i);
            }
            Err(_) => check.fail(&entry, "more than 255 sources"),
        }
    }
    known
}

/// Checks that phases tile 2019-01-01..2023-12-31 in order, with no gap and
/// no overlap; returns each phase's id with its span.
fn check_phases<'r>(
    raw: &'r RawStory,
    check: &mut Checker<'_>,
) -> HashMap<&'r str, (usize, DateSpan)> {
    let mut seen = HashSet::new();
    let mut spans = HashMap::new();
    let mut previous: Option<(&str, PartialDate)> = None;
    for (index, p) in raw.phases.iter().enumerate() {
        let entry = check.unique(&mut seen, "phases", &p.id);
        let start = check.date(&entry, "start", &p.start);
        let end = check.date(&entry, "end", &p.end);
        let (Some(start), Some(end)) = (start, end) else {
            previous = None;
            continue;
        };
        if end.last_day_number() < start.day_number() {
            check.fail(&entry, format!("ends ({end}) before it starts ({start})"));
        }
        match previous {
            None if index == 0 && start.day_number() != STORY_SPAN.0.day_number() => check.fail(
                &entry,
                format!(
                    "the first phase must start on {} but starts {start}",
                    STORY_SPAN.0
                ),
            ),
            Some((prev_id, prev_end)) => {
                let gap = start.day_number() - prev_end.last_day_number() - 1;
                if gap > 0 {
                    check.fail(
                        &entry,
                        format!("starts {start}, leaving a gap of {gap} day(s) after phase \"{prev_id}\" ends {prev_end}"),
                    );
                } else if gap < 0 {
                    check.fail(
                        &entry,
                        format!(
                            "starts {start}, overlapping phase \"{prev_id}\" which ends {prev_end}"
                        ),
                    );
                }
            }
            None => {}
        }
        if index + 1 == raw.phases.len() && end.last_day_number() != STORY_SPAN.1.day_number() {
            check.fail(
                &entry,
                format!("the last phase must end on {} but ends {end}", STORY_SPAN.1),
            );
        }
        previous = Some((p.id.as_str(), end));
        spans.insert(p.id.as_str(), (index, DateSpan { start, end }));
    }
    spans
}

fn emit_phases(
    raw: &RawStory,
    check: &mut Checker<'_>,
    sources: &HashMap<&str, u8>,
    phase_ids: &HashMap<&str, (usize, DateSpan)>,
    out: &mut String,
) {
    // Events grouped by phase, each list in date order.
    let mut by_phase: Vec<Vec<(PartialDate, PartialDate, String)>> =
        vec![Vec::new(); raw.phases.len()];
    let mut seen = HashSet::new();
    for e in &raw.events {
        let entry = check.unique(&mut seen, "events", &e.id);
        check.text(&entry, "text", &e.text);
        let ids = check.sources(&entry, &e.sources, sources);
        let quote = e
            .quote
            .as_ref()
            .and_then(|q| quote_expr(check, &entry, q, sources));
        let Some(&(index, span)) = phase_ids.get(e.phase.as_str()) else {
            check.fail(&entry, format!("unknown phase id \"{}\"", e.phase));
            continue;
        };
        let undated = !e.undated.en.trim().is_empty() || !e.undated.es.trim().is_empty();
        let (date, when) = match (&e.date, undated) {
            (Some(_), true) => {
                check.fail(&entry, "has both a date and `undated` words: keep one");
                continue;
            }
            (None, false) => {
                check.fail(&entry, "has no date: give `date`, or `undated` words saying when (e.g. \"Under the first MPP\") where no source dates it");
                continue;
            }
            (None, true) => {
                check.text(&entry, "undated", &e.undated);
                // Sorted as spanning its whole phase.
                (span.start, format!("When::Undated({})", l10n(&e.undated)))
            }
            (Some(raw_date), false) => {
                let basis = check.basis(&entry, "date", &e.date_basis, &e.date_note);
                let Some(date) = check.date(&entry, "date", raw_date) else {
                    continue;
                };
                check.in_story_span(&entry, "date", date);
                if !span.contains(date) {
                    check.fail(
                        &entry,
                        format!(
                            "date {date} is outside its phase \"{}\" ({} to {})",
                            e.phase, span.start, span.end
                        ),
                    );
                }
                (
                    date,
                    format!("When::On({})", dated_expr(Some(date), basis, &e.date_note)),
                )
            }
        };
        let sort_end = if undated { span.end } else { date };
        let expr = format!(
            "Event {{ id: {:?}, when: {when}, text: {}, sources: {}, quote: {} }}",
            e.id,
            l10n(&e.text),
            source_list(&ids),
            quote.unwrap_or_else(|| "None".to_owned())
        );
        by_phase[index].push((date, sort_end, expr));
    }

    for (index, p) in raw.phases.iter().enumerate() {
        let entry = format!("phases[{}]", p.id);
        let era = era_expr(check, &entry, &p.era);
        check.text(&entry, "short_title", &p.short_title);
        check.text(&entry, "title", &p.title);
        check.text(&entry, "summary", &p.summary);
        let ids = check.sources(&entry, &p.sources, sources);
        let start_basis = check.basis(&entry, "start", &p.start_basis, &p.start_note);
        let span = phase_ids.get(p.id.as_str()).map(|&(_, span)| span);
        let events = &mut by_phase[index];
        events.sort_by_key(|(start, end, _)| (start.day_number(), end.last_day_number()));
        let _ = writeln!(
            out,
            "        Phase {{ id: {:?}, era: {era}, span: DateSpan {{ start: {}, end: {} }}, start: {}, short_title: {}, title: {}, summary: {}, sources: {}, events: &[",
            p.id,
            date_expr(span.map(|s| s.start)),
            date_expr(span.map(|s| s.end)),
            dated_expr(span.map(|s| s.start), start_basis, &p.start_note),
            l10n(&p.short_title),
            l10n(&p.title),
            l10n(&p.summary),
            source_list(&ids),
        );
        for (_, _, expr) in events.iter() {
            let _ = writeln!(out, "            {expr},");
        }
        out.push_str("        ] },\n");
    }
}

fn emit_figures(
    raw: &RawStory,
    check: &mut Checker<'_>,
    sources: &HashMap<&str, u8>,
    out: &mut String,
) {
    let mut seen = HashSet::new();
    for f in &raw.figures {
        let entry = check.unique(&mut seen, "figures", &f.id);
        let era = era_expr(check, &entry, &f.era);
        if f.value == 0 {
            check.fail(&entry, "value is 0");
        }
        let qualifier = check.known(
            &entry,
            "qualifier",
            &f.qualifier,
            Qualifier::ALL,
            Qualifier::key,
        );
        check.text(&entry, "counter", &f.counter);
        check.text(&entry, "counted", &f.counted);
        let reported = check.date(&entry, "reported", &f.reported);
        if let Some(date) = reported {
            check.in_story_span(&entry, "reported", date);
        }
        let source = check.source(&entry, &f.source, sources).unwrap_or(0);
        let _ = writeln!(
            out,
            "        Figure {{ id: {:?}, era: {era}, value: {}, qualifier: Qualifier::{:?}, counter: {}, counted: {}, reported: {}, source: SourceId({source}) }},",
            f.id,
            f.value,
            qualifier.unwrap_or(Qualifier::Around),
            l10n(&f.counter),
            l10n(&f.counted),
            date_expr(reported),
        );
    }
}

fn emit_places(
    raw: &RawStory,
    geometry: &GeometryFile,
    check: &mut Checker<'_>,
    sources: &HashMap<&str, u8>,
    out: &mut String,
) {
    let mut seen = HashSet::new();
    let ((south, north), (west, east)) = BORDER_REGION;
    let mut inputs = Vec::new();
    let mut exprs = Vec::new();
    for p in &raw.places {
        let entry = check.unique(&mut seen, "places", &p.id);
        check.text(&entry, "name", &p.name);
        check.text(&entry, "label", &p.label);
        let kind = check.known(&entry, "kind", &p.kind, PlaceKind::ALL, PlaceKind::key);
        match kind {
            None => {}
            // Twin cities are plain geography; everything else is a claim.
            Some(PlaceKind::TwinCity) => {
                check.optional_text(&entry, "role", &p.role);
                if !p.states.is_empty() {
                    check.fail(&entry, "a twin city is geography and has no states");
                }
            }
            Some(_) => {
                check.text(&entry, "role", &p.role);
                if p.states.is_empty() {
                    check.fail(
                        &entry,
                        "has no [[places.states]]: say what it is in each phase",
                    );
                }
            }
        }
        let ids = if kind == Some(PlaceKind::TwinCity) && p.sources.is_empty() {
            Vec::new()
        } else {
            check.sources(&entry, &p.sources, sources)
        };
        let inside = (south..=north).contains(&p.lat) && (west..=east).contains(&p.lon);
        if !inside {
            check.fail(
                &entry,
                format!(
                    "lat {}, lon {} is outside the border region ({south}..{north} N, {west}..{east} E)",
                    p.lat, p.lon
                ),
            );
        }
        let states = place_states(check, &entry, &p.states, sources);
        inputs.push(PlaceInput {
            kind: kind.unwrap_or(PlaceKind::TwinCity),
            lon: if inside { p.lon } else { -107.0 },
            lat: if inside { p.lat } else { 29.0 },
            // The map is laid out for the longer of the two labels.
            label: if p.label.es.chars().count() > p.label.en.chars().count() {
                p.label.es.clone()
            } else {
                p.label.en.clone()
            },
        });
        exprs.push((p, kind.unwrap_or(PlaceKind::TwinCity), ids, states));
    }
    let Ok(projection) = Projection::new(&geometry.projection) else {
        return;
    };
    let layouts = layout::lay_out(&inputs, &projection, &geometry.frame());
    for ((p, kind, ids, states), l) in exprs.into_iter().zip(layouts) {
        let _ = writeln!(
            out,
            "        Place {{ id: {:?}, name: {}, label: {}, kind: PlaceKind::{:?}, lat: {:?}, lon: {:?}, role: {}, sources: {}, x: {:?}, y: {:?}, symbol_dx: {:?}, symbol_dy: {:?}, transform: {:?}, symbol_transform: {:?}, label_narrow: {}, label_wide: {}, states: &[{}] }},",
            p.id,
            l10n(&p.name),
            l10n(&p.label),
            kind,
            p.lat as f32,
            p.lon as f32,
            l10n(&p.role),
            source_list(&ids),
            round(l.x),
            round(l.y),
            round(l.symbol_dx),
            round(l.symbol_dy),
            format!("translate({} {})", round(l.x), round(l.y)),
            format!("translate({} {})", round(l.symbol_dx), round(l.symbol_dy)),
            spot_expr(l.narrow),
            spot_expr(l.wide),
            states.join(", "),
        );
    }
}

/// A state on the map lasts only as long as a source reports it: a state
/// that asserts something (active, planned, or the first port) may not be
/// shown in a phase that starts after the latest date of the sources it
/// cites. A phase shows the state in force at its end.
fn check_states_expire(
    raw: &RawStory,
    check: &mut Checker<'_>,
    phase_ids: &HashMap<&str, (usize, DateSpan)>,
) {
    let source_dates: HashMap<&str, PartialDate> = raw
        .sources
        .iter()
        .filter_map(|s| Some((s.id.as_str(), PartialDate::parse(&s.date).ok()?)))
        .collect();
    let mut phases: Vec<(&str, DateSpan)> = phase_ids
        .iter()
        .map(|(id, &(_, span))| (*id, span))
        .collect();
    phases.sort_by_key(|(_, span)| span.start.day_number());
    for p in &raw.places {
        let froms: Vec<Option<PartialDate>> = p
            .states
            .iter()
            .map(|s| PartialDate::parse(&s.from).ok())
            .collect();
        for &(phase_id, span) in &phases {
            let end = span.end.last_day_number();
            let Some((i, state)) = p
                .states
                .iter()
                .enumerate()
                .rev()
                .find(|(i, _)| froms[*i].is_some_and(|f| f.day_number() <= end))
            else {
                continue;
            };
            let asserts = matches!(state.status.as_str(), "active" | "planned") || state.first;
            let latest = state
                .sources
                .iter()
                .filter_map(|id| source_dates.get(id.as_str()))
                .max_by_key(|d| d.last_day_number());
            let Some(latest) = latest else { continue };
            if asserts && span.start.day_number() > latest.last_day_number() {
                check.fail(
                    &format!("places[{}].states[{i}]", p.id),
                    format!(
                        "\"{}\" would be shown in phase \"{phase_id}\" (from {}), which starts after its latest source ({latest}); add a state from {} saying what the sources report then (e.g. \"unclear\"), or cite a later source",
                        state.status, span.start, span.start
                    ),
                );
            }
        }
    }
}

/// Checks a place's states (in date order, from 2019, each sourced) and
/// returns them as Rust expressions.
fn place_states(
    check: &mut Checker<'_>,
    entry: &str,
    states: &[RawPlaceState],
    sources: &HashMap<&str, u8>,
) -> Vec<String> {
    let mut previous: Option<PartialDate> = None;
    let mut exprs = Vec::new();
    for (i, s) in states.iter().enumerate() {
        let here = format!("{entry}.states[{i}]");
        check.text(&here, "note", &s.note);
        let ids = check.sources(&here, &s.sources, sources);
        let status = check.known(
            &here,
            "status",
            &s.status,
            PlaceStatus::ALL,
            PlaceStatus::key,
        );
        let Some(from) = check.date(&here, "from", &s.from) else {
            continue;
        };
        check.in_story_span(&here, "from", from);
        if i == 0 && from.day_number() != STORY_SPAN.0.day_number() {
            check.fail(
                &here,
                format!("the first state must start in 2019, not {from}"),
            );
        }
        if let Some(prev) = previous {
            if from.day_number() <= prev.day_number() {
                check.fail(
                    &here,
                    format!("starts {from}, not after the previous state ({prev})"),
                );
            }
        }
        previous = Some(from);
        exprs.push(format!(
            "PlaceState {{ from: {}, status: PlaceStatus::{:?}, first: {}, note: {}, sources: {} }}",
            date_expr(Some(from)),
            status.unwrap_or(PlaceStatus::Inactive),
            s.first,
            l10n(&s.note),
            source_list(&ids)
        ));
    }
    exprs
}

fn spot_expr(p: Option<Placement>) -> String {
    match p {
        None => "None".to_owned(),
        Some(p) => format!(
            "Some(LabelSpot {{ dx: \"{}em\", dy: \"{}em\", anchor: TextAnchor::{} }})",
            round(p.dx_em),
            round(p.dy_em),
            match p.anchor {
                Anchor::Start => "Start",
                Anchor::Middle => "Middle",
                Anchor::End => "End",
            }
        ),
    }
}

/// Two decimals are plenty for viewBox units and em offsets.
fn round(v: f64) -> f32 {
    ((v * 100.0).round() / 100.0) as f32
}

fn quote_expr(
    check: &mut Checker<'_>,
    entry: &str,
    q: &RawQuote,
    sources: &HashMap<&str, u8>,
) -> Option<String> {
    check.text(entry, "quote.text", &q.text);
    check.text(entry, "quote.speaker", &q.speaker);
    let words = q
        .text
        .en
        .split_whitespace()
        .count()
        .max(q.text.es.split_whitespace().count());
    if words > MAX_QUOTE_WORDS {
        check.fail(
            entry,
            format!("quote is {words} words; keep quotations to {MAX_QUOTE_WORDS} words or fewer"),
        );
    }
    let source = check.source(entry, &q.source, sources)?;
    Some(format!(
        "Some(Quote {{ text: {}, speaker: {}, source: SourceId({source}), paraphrase_es: {} }})",
        l10n(&q.text),
        l10n(&q.speaker),
        q.paraphrase_es
    ))
}

fn era_expr(check: &mut Checker<'_>, entry: &str, key: &str) -> String {
    let era = check.known(entry, "era", key, Era::ALL, Era::key);
    format!("Era::{:?}", era.unwrap_or(Era::Trump))
}

fn date_expr(date: Option<PartialDate>) -> String {
    let d = date.unwrap_or(STORY_SPAN.0);
    format!(
        "PartialDate {{ year: {}, month: {}, day: {} }}",
        d.year, d.month, d.day
    )
}

fn basis_of(key: &Option<String>) -> DateBasis {
    key.as_deref()
        .and_then(|k| DateBasis::ALL.into_iter().find(|b| b.key() == k))
        .unwrap_or(DateBasis::Reported)
}

fn dated_expr(date: Option<PartialDate>, basis: DateBasis, note: &RawText) -> String {
    format!(
        "Dated {{ date: {}, basis: DateBasis::{basis:?}, note: {} }}",
        date_expr(date),
        l10n(note)
    )
}

fn l10n(text: &RawText) -> String {
    format!("L10n {{ en: {:?}, es: {:?} }}", text.en, text.es)
}

fn source_list(ids: &[u8]) -> String {
    let items: Vec<String> = ids.iter().map(|i| format!("SourceId({i})")).collect();
    format!("&[{}]", items.join(", "))
}
