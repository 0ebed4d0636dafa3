//! Sources, phases, events and figures: checked, and written as Rust.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::checker::Checker;
use super::emit::{basis_of, date_expr, dated_expr, era_expr, l10n, quote_expr, source_list};
use super::raw::{RawStory, RawText, RawTitle};
use super::STORY_SPAN;
use crate::date::{DateSpan, PartialDate};
use crate::model::{Qualifier, SourceKind};

/// Writes every source as a Rust `Source`.
pub(crate) fn emit_sources(raw: &RawStory, out: &mut String) {
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
}

pub(crate) fn check_sources<'r>(
    raw: &'r RawStory,
    check: &mut Checker<'_>,
) -> HashMap<&'r str, u8> {
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

/// Whether `id` can stand in a link and in a space-separated list as is.
fn is_link_safe(id: &str) -> bool {
    id.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Checks that phases tile 2019-01-01..2023-12-31 in order, with no gap and
/// no overlap; returns each phase's id with its span.
pub(crate) fn check_phases<'r>(
    raw: &'r RawStory,
    check: &mut Checker<'_>,
) -> HashMap<&'r str, (usize, DateSpan)> {
    let mut seen = HashSet::new();
    let mut spans = HashMap::new();
    let mut previous: Option<(&str, PartialDate)> = None;
    for (index, p) in raw.phases.iter().enumerate() {
        let entry = check.unique(&mut seen, "phases", &p.id);
        if !is_link_safe(&p.id) {
            check.fail(
                &entry,
                "id must be lowercase letters, digits and hyphens: it is written in links (?phase=) and in a space-separated list in the page",
            );
        }
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

pub(crate) fn emit_phases(
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

pub(crate) fn emit_figures(
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
