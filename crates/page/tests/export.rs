//! The data download, read back as a reader would: every CSV with a real
//! CSV parser (`csv`), the JSON with `serde_json`, each checked against the
//! story and the page's own wording; the quoting rule against the parser;
//! the hook binary against a temporary site folder; and docs/data.md
//! against the columns and fields it describes.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use page::export::{self, SEPARATOR};
use page::map_state;
use page::story::{DateBasis, Lang, Source, SourceId, When, STORY};
use page::text;
use proptest::prelude::*;
use serde_json::Value;

/// A parsed CSV file: its header and its rows, each cell by column name.
struct Table {
    header: Vec<String>,
    rows: Vec<HashMap<String, String>>,
}

impl Table {
    /// Parses with a strict reader: every record must have the header's
    /// number of fields.
    fn parse(contents: &str) -> Table {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(contents.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("a header row")
            .iter()
            .map(str::to_owned)
            .collect();
        let rows = reader
            .records()
            .map(|record| {
                let record = record.expect("a well-formed record");
                header
                    .iter()
                    .cloned()
                    .zip(record.iter().map(str::to_owned))
                    .collect()
            })
            .collect();
        Table { header, rows }
    }
}

/// A cell, which must exist.
fn cell<'a>(row: &'a HashMap<String, String>, column: &str) -> &'a str {
    row.get(column)
        .unwrap_or_else(|| panic!("no column {column}"))
}

/// One source column's expected cell: an entry per source, joined.
fn joined(ids: &[SourceId], field: impl Fn(&Source) -> String) -> String {
    let entries: Vec<String> = ids.iter().map(|&id| field(STORY.source(id))).collect();
    entries.join(SEPARATOR)
}

/// Checks a row's source columns against the sources it cites.
fn check_sources(row: &HashMap<String, String>, ids: &[SourceId], what: &str) {
    let note = |s: &Source, lang: Lang| match s.date.basis {
        DateBasis::Reported => String::new(),
        _ => s.date.note.get(lang).to_owned(),
    };
    let expected: [(&str, String); 10] = [
        ("source_ids", joined(ids, |s| s.key.to_owned())),
        ("source_kinds", joined(ids, |s| s.kind.key().to_owned())),
        ("source_outlets_en", joined(ids, |s| s.outlet.en.to_owned())),
        ("source_outlets_es", joined(ids, |s| s.outlet.es.to_owned())),
        (
            "source_titles_en",
            joined(ids, |s| text::source_title(s, Lang::En)),
        ),
        (
            "source_titles_es",
            joined(ids, |s| text::source_title(s, Lang::Es)),
        ),
        ("source_dates", joined(ids, |s| s.date.date.to_string())),
        (
            "source_date_bases",
            joined(ids, |s| s.date.basis.key().to_owned()),
        ),
        ("source_date_notes_en", joined(ids, |s| note(s, Lang::En))),
        ("source_date_notes_es", joined(ids, |s| note(s, Lang::Es))),
    ];
    for (column, value) in expected {
        assert_eq!(cell(row, column), value, "{what}: {column}");
    }
    let listed = cell(row, "source_ids");
    let count = if listed.is_empty() {
        0
    } else {
        listed.split(SEPARATOR).count()
    };
    assert_eq!(count, ids.len(), "{what}: one entry per source");
}

// Pins figures.csv: one row per figure, in the story's order, with its
// number, the page's own wording of it in both languages ("more than
// 71,000" / "más de 71,000"), who counted what, when, and its source.
#[test]
fn figures_csv_matches_the_story() {
    let table = Table::parse(&export::figures_csv());
    assert_eq!(table.rows.len(), STORY.figures.len());
    for (f, row) in STORY.figures.iter().zip(&table.rows) {
        assert_eq!(cell(row, "figure_id"), f.id);
        assert_eq!(cell(row, "era"), f.era.key());
        assert_eq!(cell(row, "value").parse::<u32>(), Ok(f.value), "{}", f.id);
        assert_eq!(cell(row, "qualifier"), f.qualifier.key());
        assert_eq!(
            cell(row, "lower_bound"),
            f.qualifier.is_lower_bound().to_string()
        );
        assert_eq!(cell(row, "figure_en"), text::figure(f, Lang::En));
        assert_eq!(cell(row, "figure_es"), text::figure(f, Lang::Es));
        assert_eq!(cell(row, "counter_en"), f.counter.en);
        assert_eq!(cell(row, "counter_es"), f.counter.es);
        assert_eq!(cell(row, "counted_en"), f.counted.en);
        assert_eq!(cell(row, "counted_es"), f.counted.es);
        assert_eq!(cell(row, "reported"), f.reported.to_string());
        check_sources(row, std::slice::from_ref(&f.source), f.id);
    }
    // The wording carries its comma through the quoting.
    assert!(table
        .rows
        .iter()
        .any(|r| cell(r, "figure_en").contains(',')));
}

// Pins events.csv: every event of every phase, in order, with its text in
// both languages, its date as precise as the data ("2021-10" stays
// "2021-10") and where the date comes from, or, for an event no source
// dates, an empty date and the words that stand in for it.
#[test]
fn events_csv_matches_the_story() {
    let table = Table::parse(&export::events_csv());
    let events: Vec<_> = STORY
        .phases
        .iter()
        .flat_map(|p| p.events.iter().map(move |e| (p, e)))
        .collect();
    assert_eq!(table.rows.len(), events.len());
    let (mut undated, mut not_reported) = (0, 0);
    for ((phase, e), row) in events.iter().zip(&table.rows) {
        assert_eq!(cell(row, "event_id"), e.id);
        assert_eq!(cell(row, "phase_id"), phase.id);
        assert_eq!(cell(row, "phase_title_en"), phase.title.en);
        assert_eq!(cell(row, "phase_title_es"), phase.title.es);
        assert_eq!(cell(row, "text_en"), e.text.en);
        assert_eq!(cell(row, "text_es"), e.text.es);
        match e.when {
            When::On(dated) => {
                assert_eq!(cell(row, "date"), dated.date.to_string(), "{}", e.id);
                assert_eq!(cell(row, "date_basis"), dated.basis.key());
                let note = if dated.basis == DateBasis::Reported {
                    ["", ""]
                } else {
                    not_reported += 1;
                    [dated.note.en, dated.note.es]
                };
                assert_eq!([cell(row, "date_note_en"), cell(row, "date_note_es")], note);
                assert_eq!([cell(row, "undated_en"), cell(row, "undated_es")], ["", ""]);
                assert_eq!(cell(row, "when_en"), text::dated(&dated, Lang::En));
                assert_eq!(cell(row, "when_es"), text::dated(&dated, Lang::Es));
            }
            When::Undated(words) => {
                undated += 1;
                assert_eq!([cell(row, "date"), cell(row, "date_basis")], ["", ""]);
                assert_eq!(cell(row, "undated_en"), words.en);
                assert_eq!(cell(row, "undated_es"), words.es);
                assert_eq!(cell(row, "when_en"), words.en);
            }
        }
        match &e.quote {
            Some(q) => {
                assert_eq!(cell(row, "quote_en"), q.text.en);
                assert_eq!(cell(row, "quote_es"), q.text.es);
                assert_eq!(cell(row, "quote_speaker_es"), q.speaker.es);
                assert_eq!(cell(row, "quote_source_id"), STORY.source(q.source).key);
                assert_eq!(
                    cell(row, "quote_es_paraphrase"),
                    q.paraphrase_es.to_string()
                );
            }
            None => assert_eq!(cell(row, "quote_en"), ""),
        }
        check_sources(row, e.sources, e.id);
        assert!(!e.sources.is_empty(), "{} cites a source", e.id);
    }
    assert!(undated > 0, "the story has an undated event to check");
    assert!(not_reported > 0, "the story has a worked-out date to check");
}

// Pins places.csv: one row per place per phase, phase by phase, with the
// status the map draws (`map_state::status_in`, "geography" for a Mexican
// city across the border), that status as the page words it, the note and
// the sources of the state in force.
#[test]
fn places_csv_has_every_place_in_every_phase() {
    let table = Table::parse(&export::places_csv());
    assert_eq!(table.rows.len(), STORY.phases.len() * STORY.places.len());
    let mut rows = table.rows.iter();
    for phase in STORY.phases {
        for place in STORY.places {
            let row = rows.next().expect("a row");
            let what = format!("{} in {}", place.id, phase.id);
            assert_eq!(cell(row, "phase_id"), phase.id);
            assert_eq!(cell(row, "phase_title_es"), phase.title.es);
            assert_eq!(cell(row, "place_id"), place.id);
            assert_eq!(cell(row, "place_name_en"), place.name.en);
            assert_eq!(cell(row, "place_name_es"), place.name.es);
            assert_eq!(cell(row, "kind"), place.kind.key());
            assert_eq!(cell(row, "kind_es"), text::place_kind(place.kind, Lang::Es));
            assert_eq!(cell(row, "lat").parse::<f32>(), Ok(place.lat));
            assert_eq!(cell(row, "lon").parse::<f32>(), Ok(place.lon));
            let status = map_state::status_in(place, phase);
            assert_eq!(
                cell(row, "status"),
                status.map_or(export::GEOGRAPHY, |s| s.key()),
                "{what}"
            );
            assert_eq!(
                cell(row, "first"),
                map_state::is_first_in(place, phase).to_string()
            );
            match map_state::state_in(place, phase) {
                Some(state) => {
                    for lang in Lang::ALL {
                        let words = text::place_status(state.status, place.kind, lang);
                        assert_eq!(cell(row, &format!("status_{}", lang.key())), words);
                        let note = state.note.get(lang);
                        assert_eq!(cell(row, &format!("note_{}", lang.key())), note);
                    }
                    assert_eq!(cell(row, "state_from"), state.from.to_string());
                    check_sources(row, state.sources, &what);
                }
                None => {
                    assert_eq!(cell(row, "status_en"), text::ui(Lang::En).geography);
                    assert_eq!(cell(row, "status_es"), text::ui(Lang::Es).geography);
                    assert_eq!(cell(row, "note_es"), text::across(place, Lang::Es));
                    assert_eq!(cell(row, "state_from"), "");
                    check_sources(row, &[], &what);
                }
            }
        }
    }
    assert!(
        table
            .rows
            .iter()
            .any(|r| cell(r, "status") == export::GEOGRAPHY),
        "twin cities are listed as geography"
    );
}

/// A JSON array, which must exist.
fn array<'a>(value: &'a Value, key: &str) -> &'a Vec<Value> {
    value[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is an array"))
}

/// `{ "en": …, "es": … }`.
fn words(value: &Value) -> [&str; 2] {
    [value["en"].as_str().unwrap(), value["es"].as_str().unwrap()]
}

fn keys(ids: &[SourceId]) -> Vec<&'static str> {
    ids.iter().map(|&id| STORY.source(id).key).collect()
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

// Pins story.json against the story: every source with its kind and date
// basis, every phase with its start and the start's basis and note, every
// event with its date or undated words, every figure as worded, every
// place with its states and the state the map shows in each phase.
#[test]
fn story_json_matches_the_story() {
    let doc: Value = serde_json::from_str(&export::story_json()).expect("valid JSON");
    assert_eq!(doc["about"]["version"], export::VERSION);
    assert!(words(&doc["about"]["credit"])[0].contains("ABC News"));
    assert_eq!(doc["about"]["updated"], STORY.updated.to_string());
    let corrections = array(&doc, "corrections");
    assert_eq!(corrections.len(), STORY.corrections.len());
    for (c, v) in STORY.corrections.iter().zip(corrections) {
        assert_eq!(v["id"], c.id);
        assert_eq!(v["date"], c.date.to_string());
        assert_eq!(words(&v["was"]), [c.was.en, c.was.es]);
        assert_eq!(words(&v["now"]), [c.now.en, c.now.es]);
    }

    let sources = array(&doc, "sources");
    assert_eq!(sources.len(), STORY.sources.len());
    for (s, v) in STORY.sources.iter().zip(sources) {
        assert_eq!(v["id"], s.key);
        assert_eq!(v["kind"], s.kind.key());
        assert_eq!(words(&v["outlet"]), [s.outlet.en, s.outlet.es]);
        assert_eq!(words(&v["title"]), [s.title.en, s.title.es]);
        assert_eq!(v["headline"], s.headline);
        assert_eq!(v["date"], s.date.date.to_string());
        assert_eq!(v["date_basis"], s.date.basis.key());
        match s.date.basis {
            DateBasis::Reported => assert!(v["date_note"].is_null()),
            _ => assert_eq!(words(&v["date_note"]), [s.date.note.en, s.date.note.es]),
        }
    }

    let phases = array(&doc, "phases");
    assert_eq!(phases.len(), STORY.phases.len());
    for (p, v) in STORY.phases.iter().zip(phases) {
        assert_eq!(v["id"], p.id);
        assert_eq!(words(&v["title"]), [p.title.en, p.title.es]);
        assert_eq!(words(&v["summary"]), [p.summary.en, p.summary.es]);
        assert_eq!(v["start"], p.start.date.to_string());
        assert_eq!(v["start_basis"], p.start.basis.key());
        assert_eq!(
            v["start_note"].is_null(),
            p.start.basis == DateBasis::Reported
        );
        assert_eq!(words(&v["start_shown"])[0], text::phase_from(p, Lang::En));
        let events: Vec<&str> = p.events.iter().map(|e| e.id).collect();
        assert_eq!(strings(&v["events"]), events);
        assert_eq!(strings(&v["sources"]), keys(p.sources));
    }

    let events = array(&doc, "events");
    let all: Vec<_> = STORY
        .phases
        .iter()
        .flat_map(|p| p.events.iter().map(move |e| (p, e)))
        .collect();
    assert_eq!(events.len(), all.len());
    for ((p, e), v) in all.iter().zip(events) {
        assert_eq!(v["id"], e.id);
        assert_eq!(v["phase"], p.id);
        assert_eq!(words(&v["text"]), [e.text.en, e.text.es]);
        match e.when {
            When::On(d) => {
                assert_eq!(v["date"], d.date.to_string());
                assert_eq!(v["date_basis"], d.basis.key());
                assert!(v["undated"].is_null());
            }
            When::Undated(w) => {
                assert!(v["date"].is_null() && v["date_basis"].is_null());
                assert_eq!(words(&v["undated"]), [w.en, w.es]);
            }
        }
        assert_eq!(v["quote"].is_null(), e.quote.is_none());
        assert_eq!(strings(&v["sources"]), keys(e.sources));
    }

    let figures = array(&doc, "figures");
    assert_eq!(figures.len(), STORY.figures.len());
    for (f, v) in STORY.figures.iter().zip(figures) {
        assert_eq!(v["id"], f.id);
        assert_eq!(v["value"], f.value);
        assert_eq!(v["qualifier"], f.qualifier.key());
        assert_eq!(
            words(&v["figure"]),
            [text::figure(f, Lang::En), text::figure(f, Lang::Es)]
        );
        assert_eq!(v["reported"], f.reported.to_string());
        assert_eq!(strings(&v["sources"]), [STORY.source(f.source).key]);
    }

    let places = array(&doc, "places");
    assert_eq!(places.len(), STORY.places.len());
    for (place, v) in STORY.places.iter().zip(places) {
        assert_eq!(v["id"], place.id);
        assert_eq!(v["kind"], place.kind.key());
        assert_eq!(v["lat"].as_f64().map(|x| x as f32), Some(place.lat));
        assert_eq!(v["lat"].to_string(), place.lat.to_string(), "as written");
        let states = array(v, "states");
        assert_eq!(states.len(), place.states.len());
        for (s, sv) in place.states.iter().zip(states) {
            assert_eq!(sv["from"], s.from.to_string());
            assert_eq!(sv["status"], s.status.key());
            assert_eq!(words(&sv["note"]), [s.note.en, s.note.es]);
            assert_eq!(strings(&sv["sources"]), keys(s.sources));
        }
        assert_eq!(v["geography_note"].is_null(), !place.states.is_empty());
        let per_phase = array(v, "phases");
        assert_eq!(per_phase.len(), STORY.phases.len());
        for (phase, pv) in STORY.phases.iter().zip(per_phase) {
            assert_eq!(pv["phase"], phase.id);
            let status = map_state::status_in(place, phase);
            assert_eq!(pv["status"], status.map_or(export::GEOGRAPHY, |s| s.key()));
            assert_eq!(pv["first"], map_state::is_first_in(place, phase));
            // The index points at the state the map shows.
            let shown = pv["state"]
                .as_u64()
                .map(|i| place.states[i as usize].status);
            assert_eq!(shown, status, "{} in {}", place.id, phase.id);
        }
    }
}

// Pins the CSV framing every file shares: UTF-8 without a byte-order mark,
// a CRLF after every record (the last one too) and nowhere else outside
// quotes, and no cell a spreadsheet would run as a formula.
#[test]
fn csv_files_are_crlf_utf8_without_bom() {
    for (name, contents) in export::FILES {
        if !name.ends_with(".csv") {
            continue;
        }
        let contents = contents();
        assert!(!contents.starts_with('\u{feff}'), "{name} has no BOM");
        assert!(contents.ends_with("\r\n"), "{name} ends its last record");
        let mut quoted = false;
        let bytes = contents.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'"' => quoted = !quoted,
                b'\r' if !quoted => assert_eq!(bytes.get(i + 1), Some(&b'\n'), "{name}"),
                b'\n' if !quoted => assert_eq!(bytes[i - 1], b'\r', "{name}"),
                _ => {}
            }
        }
        assert!(!quoted, "{name} closes every quote");
        let table = Table::parse(&contents);
        for row in &table.rows {
            for value in row.values() {
                let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
                assert!(
                    !formula || value.parse::<f64>().is_ok(),
                    "{name}: {value:?} would be read as a formula"
                );
            }
        }
    }
}

// Pins the quoting rule against a real parser: fields holding commas,
// quotes, CR, LF or nothing at all come back exactly as written.
#[test]
fn awkward_fields_round_trip_through_a_parser() {
    let fields = [
        "a, b",
        "say \"no\"",
        "\"",
        "two\nlines",
        "cr\rand crlf\r\n",
        "",
        " spaced ",
        "“curly” and ‘single’ quotes, Quédate",
        "ends with a quote\"",
    ];
    assert_eq!(parse_record(&fields), fields);
}

/// A record written with `export::quote`, read back with the parser.
fn parse_record(fields: &[&str]) -> Vec<String> {
    // A leading fixed field: a record of one empty field is a blank line.
    let quoted: Vec<String> = std::iter::once("x")
        .chain(fields.iter().copied())
        .map(|f| export::quote(f).into_owned())
        .collect();
    let line = format!("{}\r\n", quoted.join(","));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 1, "{line:?} is one record");
    records[0].iter().skip(1).map(str::to_owned).collect()
}

proptest! {
    // Pins the quoting rule for any text at all, not only the cases above.
    #[test]
    fn any_fields_round_trip(fields in proptest::collection::vec(".*", 1..5)) {
        let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
        prop_assert_eq!(parse_record(&refs), fields);
    }
}

/// A fresh folder for one test's site.
fn site(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("export-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The hook as Trunk runs it, without Trunk's variable unless given.
fn hook() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_export_data"));
    command.env_remove("TRUNK_STAGING_DIR");
    command
}

fn check_written(site: &Path) {
    let written: BTreeSet<String> = std::fs::read_dir(site.join("data"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let expected: BTreeSet<String> = ["events.csv", "figures.csv", "places.csv", "story.json"]
        .map(str::to_owned)
        .into();
    assert_eq!(written, expected);
    for (name, contents) in export::FILES {
        let on_disk = std::fs::read_to_string(site.join("data").join(name)).unwrap();
        assert_eq!(on_disk, contents(), "{name}");
    }
}

// Pins the post-build hook: the built binary writes the four files into
// `data/` of the folder it is given, or of `$TRUNK_STAGING_DIR`, and
// fails with a message when it has neither.
#[test]
fn the_hook_writes_the_four_files() {
    let given = site("argument");
    let status = hook().arg(&given).status().expect("the hook runs");
    assert!(status.success());
    check_written(&given);

    let staging = site("staging");
    let status = hook()
        .env("TRUNK_STAGING_DIR", &staging)
        .status()
        .expect("the hook runs");
    assert!(status.success());
    check_written(&staging);

    let output = hook().output().expect("the hook runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("export_data:"));
}

/// Every key of every object in a JSON value.
fn json_keys(value: &Value, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                into.insert(key.clone());
                json_keys(v, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| json_keys(v, into)),
        _ => {}
    }
}

// Pins docs/data.md to the files: every CSV column and every JSON field
// is described there (by its name in backticks).
#[test]
fn the_docs_describe_every_column_and_field() {
    let docs_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/data.md");
    let docs = std::fs::read_to_string(&docs_path).expect("docs/data.md");
    let mut names = BTreeSet::new();
    for (name, contents) in export::FILES {
        let contents = contents();
        if name.ends_with(".csv") {
            names.extend(Table::parse(&contents).header);
        } else {
            json_keys(&serde_json::from_str(&contents).unwrap(), &mut names);
        }
        assert!(docs.contains(&format!("`{name}`")), "{name} is described");
    }
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !docs.contains(&format!("`{n}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/data.md does not describe {missing:?}"
    );
}
