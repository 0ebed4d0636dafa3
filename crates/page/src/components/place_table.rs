//! The map as a table, for readers who cannot use the map: for each place,
//! one row per distinct role it plays, shown in the phases it plays it. The
//! live layer builds a place's details from its row of the phase shown,
//! finding the cells by what they hold (`protocol::hooks::PlaceCell`).

use leptos::prelude::*;
use protocol::hooks::PlaceCell;

use super::citation::Citation;
use super::map::PhaseCaption;
use super::phased::{phased, shown_in};
use crate::map_state;
use crate::story::{Lang, Place, PlaceState, STORY};
use crate::text;

/// The table, closed by default.
#[component]
pub fn PlaceTable(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    view! {
        <details class="map-table">
            <summary>{ui.map_table}</summary>
            <table>
                <caption>
                    <PhaseCaption lang />
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ui.col_place}</th>
                        <th scope="col">{ui.col_kind}</th>
                        <th scope="col">{ui.col_phase}</th>
                        <th scope="col">{ui.col_source}</th>
                    </tr>
                </thead>
                <tbody>
                    {STORY.places.iter().map(|place| view! { <PlaceRows place lang /> }).collect_view()}
                </tbody>
            </table>
        </details>
    }
}

/// A place's rows: one per state it is shown in (one for geography), each
/// shown in the phases that show that state.
#[component]
fn PlaceRows(place: &'static Place, lang: Lang) -> impl IntoView {
    let states: Vec<Option<&'static PlaceState>> = STORY
        .phases
        .iter()
        .map(|phase| map_state::state_in(place, phase))
        .collect();
    let same = |a: Option<&PlaceState>, b: Option<&PlaceState>| match (a, b) {
        (Some(a), Some(b)) => std::ptr::eq(a, b),
        (None, None) => true,
        _ => false,
    };
    let mut rows: Vec<Option<&'static PlaceState>> = Vec::new();
    for &state in &states {
        if !rows.iter().any(|&r| same(r, state)) {
            rows.push(state);
        }
    }
    rows.into_iter()
        .map(|state| {
            let shown = phased(vec![shown_in(|i| same(states[i], state))]);
            view! {
                <tr data-place=place.id {..shown}>
                    <PlaceCells place state lang />
                </tr>
            }
        })
        .collect_view()
}

/// A row's cells: name, kind, role in the phase, and its source.
#[component]
fn PlaceCells(
    place: &'static Place,
    state: Option<&'static PlaceState>,
    lang: Lang,
) -> impl IntoView {
    let [name, kind, role, source] = PlaceCell::ALL.map(PlaceCell::key);
    let (status, words, cite) = match state {
        Some(s) => (
            s.status.key(),
            view! {
                <strong>{format!("{}.", text::place_status(s.status, place.kind, lang))}</strong>
                {format!(" {}", s.note.get(lang))}
            }
            .into_any(),
            view! { <Citation sources=s.sources lang /> }.into_any(),
        ),
        None => (
            "geography",
            text::across(place, lang).into_any(),
            view! { <span>{text::ui(lang).geography}</span> }.into_any(),
        ),
    };
    view! {
        <th scope="row" data-cell=name>{place.name.get(lang)}</th>
        <td data-cell=kind>{text::place_kind(place.kind, lang)}</td>
        <td data-cell=role data-status=status>{words}</td>
        <td data-cell=source>{cite}</td>
    }
}
