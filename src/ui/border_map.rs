//! The border map: real outlines, the places of the story drawn by what
//! they are and what they are doing in the phase shown, a legend, details for
//! the place in focus, and the same facts as a table.

use leptos::prelude::*;

use super::{use_lang, Citation};
use crate::map;
use crate::story::{LabelSpot, Lang, Place, PlaceKind, PlaceStatus, AREA_LABELS, STORY};
use crate::{text, timeline};

/// The map of the border, driven by the phase shown.
#[component]
pub fn BorderMap(
    /// The index of the phase shown.
    phase: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    let (selected, set_selected) = signal(None::<usize>);
    let geometry = &STORY.map;
    let description = move || {
        let p = timeline::phase(phase.get());
        format!("{}. {}", text::announcement(p, lang), ui.map_description)
    };
    view! {
        <section class="map" aria-labelledby="map-heading">
            <h2 id="map-heading" class="map__heading">{ui.map_heading}</h2>
            <div class="map__frame">
                <svg class="map__svg" viewBox=geometry.view_box role="group" aria-labelledby="map-title" aria-describedby="map-desc">
                    <title id="map-title">{ui.map_title}</title>
                    <desc id="map-desc">{description}</desc>
                    <rect class="map__sea" width="100%" height="100%" />
                    <path class="map__land map__land--mx" d=geometry.land_mx />
                    <path class="map__land map__land--us" d=geometry.land_us />
                    <path class="map__states" d=geometry.us_states />
                    <path class="map__coast" d=geometry.coast />
                    <path class="map__border" d=geometry.border />
                    {AREA_LABELS
                        .iter()
                        .map(|&(name, x, y, narrow)| {
                            view! {
                                <text class="map__area" class=("map__area--wide-only", !narrow) x=x y=y text-anchor="middle" aria-hidden="true">
                                    {name.get(lang)}
                                </text>
                            }
                        })
                        .collect_view()}
                    {STORY
                        .places
                        .iter()
                        .enumerate()
                        .map(|(index, place)| view! { <PlaceMark place=place index=index phase=phase set_selected=set_selected /> })
                        .collect_view()}
                </svg>
            </div>
            <PlaceDetails selected=selected.into() phase=phase />
            <Legend />
            <PlacesTable phase=phase />
            <p class="map__credit">{ui.map_credit}</p>
        </section>
    }
}

/// One place: its symbol, its label, and the events that select it.
#[component]
fn PlaceMark(
    /// The place drawn.
    place: &'static Place,
    /// Its index in `STORY.places`.
    index: usize,
    /// The index of the phase shown.
    phase: Signal<usize>,
    /// Where focus, hover or a tap records the place in focus.
    set_selected: WriteSignal<Option<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    let current = move || timeline::phase(phase.get());
    let status = move || map::status_in(place, current());
    let first = move || map::is_first_in(place, current());
    let select = move || set_selected.set(Some(index));
    view! {
        <g
            class="place"
            class=("place--first", first)
            data-place=place.id
            data-kind=place.kind.key()
            data-status=move || status().map_or("geography", PlaceStatus::key)
            transform=place.transform
            tabindex="0"
            role="button"
            aria-label=move || place_name(place, status(), lang)
            on:focus=move |_| select()
            on:mouseenter=move |_| select()
            on:click=move |_| select()
        >
            <g class="place__symbol">
                <g transform=place.symbol_transform>
                    <Symbol kind=place.kind status=Signal::derive(status) first=Signal::derive(first) />
                </g>
            </g>
            {label(place, place.label_narrow, "place__label place__label--narrow", lang)}
            {label(place, place.label_wide, "place__label place__label--wide", lang)}
        </g>
    }
}

/// What a place is called for assistive technology: name, kind and status.
pub fn place_name(place: &Place, status: Option<PlaceStatus>, lang: Lang) -> String {
    // The name starts with the words written on the map (WCAG 2.5.3).
    let label = place.label.get(lang);
    let full = place.name.get(lang);
    let name = if full.starts_with(label) {
        full.to_owned()
    } else {
        format!("{label} ({full})")
    };
    let kind = text::place_kind(place.kind, lang);
    match status {
        Some(s) => format!("{name}: {kind}, {}", text::place_status_in_phase(s, lang)),
        None => format!("{name}: {kind}"),
    }
}

fn label(
    place: &'static Place,
    spot: Option<LabelSpot>,
    class: &'static str,
    lang: Lang,
) -> Option<impl IntoView> {
    spot.map(|s| {
        view! {
            <text
                class=class
                class=("place__label--geography", place.kind == PlaceKind::TwinCity)
                dx=s.dx
                dy=s.dy
                text-anchor=s.anchor.svg()
                aria-hidden="true"
            >
                {place.label.get(lang)}
            </text>
        }
    })
}

/// A place's symbol in unit size: shape by kind, fill and marks by status.
#[component]
fn Symbol(
    /// What the place is: circle, triangle, square or dot.
    kind: PlaceKind,
    /// Its status in the phase shown (`None` for geography).
    status: Signal<Option<PlaceStatus>>,
    /// Drawn as a star: the first port to restart.
    first: Signal<bool>,
) -> impl IntoView {
    let class = move || match status.get() {
        None => "symbol symbol--geography",
        Some(PlaceStatus::Inactive) => "symbol symbol--inactive",
        Some(PlaceStatus::Planned) => "symbol symbol--planned",
        Some(PlaceStatus::Active) => "symbol symbol--active",
        Some(PlaceStatus::Unclear) => "symbol symbol--unclear",
        Some(PlaceStatus::Ended) => "symbol symbol--ended",
    };
    let shape = move || match (kind, first.get()) {
        (PlaceKind::Port, true) => {
            view! { <polygon class=class points=map::STAR_POINTS /> }.into_any()
        }
        (PlaceKind::Port, false) => view! { <circle class=class r="1" /> }.into_any(),
        (PlaceKind::Encampment, _) => {
            view! { <polygon class=class points=map::TRIANGLE_POINTS /> }.into_any()
        }
        (PlaceKind::HearingFacility, _) => {
            view! { <rect class=class x="-0.75" y="-0.75" width="1.5" height="1.5" /> }.into_any()
        }
        (PlaceKind::TwinCity, _) => view! { <circle class=class r="0.55" /> }.into_any(),
    };
    // Marks that do not rely on colour: a cross for ended, "?" for unclear.
    let mark = move || match status.get() {
        Some(PlaceStatus::Ended) => Some(
            view! { <path class="symbol__mark" d="M-0.6 -0.6L0.6 0.6M0.6 -0.6L-0.6 0.6" /> }
                .into_any(),
        ),
        Some(PlaceStatus::Unclear) => Some(
            view! { <text class="symbol__mark symbol__q" y="0.45" text-anchor="middle">"?"</text> }
                .into_any(),
        ),
        _ => None,
    };
    // Focus ring and pointer target, a little larger than the symbol, and
    // small enough not to cover the port a symbol sits beside.
    let ring = match kind {
        PlaceKind::Port => "1.5",
        PlaceKind::Encampment => "1.6",
        PlaceKind::HearingFacility => "1.2",
        PlaceKind::TwinCity => "1.0",
    };
    view! {
        <circle class="symbol__focus" r=ring />
        {shape}
        {mark}
    }
}

/// The place in focus: its name, its role in this phase, and the sources.
/// Not a live region: focus already announces the place, and a phase
/// change is announced once, by the slider's live region.
#[component]
fn PlaceDetails(
    /// The index of the place in focus, if any.
    selected: Signal<Option<usize>>,
    /// The index of the phase shown.
    phase: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    view! {
        <div class="place-details">
            {move || match selected.get().and_then(|i| STORY.places.get(i)) {
                None => view! { <p class="place-details__hint">{ui.map_hint}</p> }.into_any(),
                Some(place) => {
                    let p = timeline::phase(phase.get());
                    let body = match map::state_in(place, p) {
                        Some(s) => view! {
                            <p class="place-details__state">
                                <strong>
                                    {format!("{} ({}): {}. ", ui.in_this_phase, p.short_title.get(lang), text::place_status(s.status, lang))}
                                </strong>
                                {s.note.get(lang)}
                            </p>
                            <Citation sources=s.sources />
                        }
                            .into_any(),
                        None => view! { <p class="place-details__state">{across(place, lang)}</p> }.into_any(),
                    };
                    view! {
                        <h3 class="place-details__name" data-place=place.id>{place.name.get(lang)}</h3>
                        <p class="place-details__kind">{text::place_kind(place.kind, lang)}</p>
                        {body}
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// "Across the border from El Paso, Texas. Shown for orientation: …".
fn across(place: &Place, lang: Lang) -> String {
    let ui = text::ui(lang);
    let port = map::across_from(place).map_or("", |port| port.name.get(lang));
    format!("{} {port}. {}", ui.across_from, ui.not_named)
}

/// Explains every symbol, drawn with the same shapes as the map.
#[component]
fn Legend() -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    let item = move |kind: PlaceKind, status: Option<PlaceStatus>, first: bool, words: String| {
        view! {
            <li class="legend__item">
                <svg class="legend__symbol" viewBox="-1.6 -1.6 3.2 3.2" aria-hidden="true" focusable="false">
                    <Symbol kind=kind status=Signal::stored(status) first=Signal::stored(first) />
                </svg>
                <span>{words}</span>
            </li>
        }
    };
    let kind = |k: PlaceKind| {
        format!(
            "{} ({})",
            text::place_kind(k, lang),
            text::place_shape(k, lang)
        )
    };
    let status = |s: PlaceStatus, how: &str| format!("{} ({how})", text::place_status(s, lang));
    view! {
        <div class="legend">
            <h3 class="legend__heading">{ui.legend}</h3>
            <ul class="legend__list">
                {item(PlaceKind::Port, Some(PlaceStatus::Active), false, kind(PlaceKind::Port))}
                {item(PlaceKind::Encampment, Some(PlaceStatus::Active), false, kind(PlaceKind::Encampment))}
                {item(PlaceKind::HearingFacility, Some(PlaceStatus::Planned), false, kind(PlaceKind::HearingFacility))}
                {item(PlaceKind::TwinCity, None, false, kind(PlaceKind::TwinCity))}
                {item(PlaceKind::Port, Some(PlaceStatus::Active), true, ui.legend_first.to_owned())}
                {item(PlaceKind::Port, Some(PlaceStatus::Active), false, status(PlaceStatus::Active, ui.legend_filled))}
                {item(PlaceKind::Port, Some(PlaceStatus::Planned), false, status(PlaceStatus::Planned, ui.legend_dashed))}
                {item(PlaceKind::Port, Some(PlaceStatus::Unclear), false, status(PlaceStatus::Unclear, ui.legend_question))}
                {item(PlaceKind::Port, Some(PlaceStatus::Ended), false, status(PlaceStatus::Ended, ui.legend_cross))}
                {item(PlaceKind::Port, Some(PlaceStatus::Inactive), false, status(PlaceStatus::Inactive, ui.legend_faint))}
                <li class="legend__item">
                    <svg class="legend__symbol" viewBox="0 0 3.2 3.2" aria-hidden="true" focusable="false">
                        <path class="map__border" d="M0 1.6H3.2" />
                    </svg>
                    <span>{ui.legend_border}</span>
                </li>
            </ul>
        </div>
    }
}

/// The map's facts for readers who cannot use the map: every place and its
/// role in the phase shown.
#[component]
fn PlacesTable(
    /// The index of the phase shown.
    phase: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    view! {
        <details class="map-table">
            <summary>{ui.map_table}</summary>
            <table>
                <caption>{move || format!("{}: {}", ui.map_table_caption, timeline::phase(phase.get()).title.get(lang))}</caption>
                <thead>
                    <tr>
                        <th scope="col">{ui.col_place}</th>
                        <th scope="col">{ui.col_kind}</th>
                        <th scope="col">{ui.col_phase}</th>
                        <th scope="col">{ui.col_source}</th>
                    </tr>
                </thead>
                <tbody>
                    {STORY.places.iter().map(|place| view! { <PlaceRow place=place phase=phase /> }).collect_view()}
                </tbody>
            </table>
        </details>
    }
}

/// One place in the table.
#[component]
fn PlaceRow(
    /// The place described.
    place: &'static Place,
    /// The index of the phase shown.
    phase: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let state = move || map::state_in(place, timeline::phase(phase.get()));
    view! {
        <tr data-place=place.id>
            <th scope="row">{place.name.get(lang)}</th>
            <td>{text::place_kind(place.kind, lang)}</td>
            <td data-status=move || state().map_or("geography", |s| s.status.key())>
                {move || match state() {
                    Some(s) => format!("{}. {}", text::place_status(s.status, lang), s.note.get(lang)),
                    None => across(place, lang),
                }}
            </td>
            <td>
                {move || match state() {
                    Some(s) => view! { <Citation sources=s.sources /> }.into_any(),
                    None => view! { <span>{text::ui(lang).geography}</span> }.into_any(),
                }}
            </td>
        </tr>
    }
}
