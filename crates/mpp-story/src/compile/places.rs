//! Places and their states over time: checked (including the rule that a
//! state lasts only as long as its sources), laid out on the map, and
//! written as Rust.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::checker::Checker;
use super::emit::{date_expr, l10n, source_list};
use super::raw::{GeometryFile, RawPlaceState, RawStory};
use super::{BORDER_REGION, STORY_SPAN};
use crate::date::{DateSpan, PartialDate};
use crate::geo::Projection;
use crate::labels::Placement;
use crate::layout::{self, PlaceInput};
use crate::model::{PlaceKind, PlaceStatus};

pub(crate) fn emit_places(
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
pub(crate) fn check_states_expire(
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
pub(crate) fn place_states(
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

pub(crate) fn spot_expr(p: Option<Placement>) -> String {
    match p {
        None => "None".to_owned(),
        Some(p) => format!(
            "Some(LabelSpot {{ dx: \"{}em\", dy: \"{}em\", anchor: TextAnchor::{:?} }})",
            round(p.dx_em),
            round(p.dy_em),
            p.anchor
        ),
    }
}

/// Two decimals are plenty for viewBox units and em offsets.
pub(crate) fn round(v: f64) -> f32 {
    ((v * 100.0).round() / 100.0) as f32
}
