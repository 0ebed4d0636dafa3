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
    let ui = move || text::ui(lang.get());
    let (selected, set_selected) = signal(None::<usize>);
    let geometry = &STORY.map;
    let view_box = format!("0 0 {} {}", geometry.width, geometry.height);
    let description = move || {
        let p = timeline::phase(phase.get());
        format!(
            "{}. {}",
            text::announcement(p, lang.get()),
            ui().map_description
        )
    };
    view! {
        <section class="map" aria-labelledby="map-heading">
            <h2 id="map-heading" class="map__heading">{move || ui().map_heading}</h2>
            <div class="map__frame">
                <svg
                    class="map__svg"
                    viewBox=view_box
                    role="group"
                    aria-labelledby="map-title"
                    aria-describedby="map-desc"
                >
                    <title id="map-title">{move || ui().map_title}</title>
                    <desc id="map-desc">{description}</desc>
                    <rect class="map__sea" width=geometry.width height=geometry.height />
                    <path class="map__land map__land--mx" d=geometry.land_mx />
                    <path class="map__land map__land--us" d=geometry.land_us />
                    <path class="map__states" d=geometry.us_states />
                    <path class="map__coast" d=geometry.coast />
                    <path class="map__border" d=geometry.border />
                    {AREA_LABELS
                        .iter()
                        .map(|&(name, x, y, narrow)| {
                            view! {
                                <text
                                    class="map__area"
                                    class=("map__area--wide-only", !narrow)
                                    x=x
                                    y=y
                                    text-anchor="middle"
                                    aria-hidden="true"
                                >
                                    {move || name.get(lang.get())}
                                </text>
                            }
                        })
                        .collect_view()}
                    {STORY
                        .places
                        .iter()
                        .enumerate()
                        .map(|(index, place)| {
                            view! { <PlaceMark place=place index=index phase=phase set_selected=set_selected /> }
                        })
                        .collect_view()}
                </svg>
            </div>
            <PlaceDetails selected=selected.into() phase=phase />
            <Legend />
            <PlacesTable phase=phase />
            <p class="map__credit">{move || ui().map_credit}</p>
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
    let status_key = move || status().map_or("geography", PlaceStatus::key);
    let accessible_name = move || place_name(place, status(), lang.get());
    let select = move || set_selected.set(Some(index));
    view! {
        <g
            class="place"
            class=("place--first", first)
            data-place=place.id
            data-kind=place.kind.key()
            data-status=status_key
            transform=format!("translate({} {})", place.x, place.y)
            tabindex="0"
            role="button"
            aria-label=accessible_name
            on:focus=move |_| select()
            on:mouseenter=move |_| select()
            on:click=move |_| select()
        >
            <g class="place__symbol">
                <g transform=format!("translate({} {})", place.symbol_dx, place.symbol_dy)>
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
    match (status, lang) {
        (Some(s), Lang::En) => format!(
            "{name}: {kind}, {} in this phase",
            text::place_status(s, lang).to_lowercase()
        ),
        (Some(s), Lang::Es) => format!(
            "{name}: {kind}, {} en esta fase",
            text::place_status(s, lang).to_lowercase()
        ),
        (None, _) => format!("{name}: {kind}"),
    }
}

fn label(
    place: &'static Place,
    spot: Option<LabelSpot>,
    class: &'static str,
    lang: Signal<Lang>,
) -> Option<impl IntoView> {
    spot.map(|s| {
        view! {
            <text
                class=class
                class=("place__label--geography", place.kind == PlaceKind::TwinCity)
                dx=format!("{}em", s.dx_em)
                dy=format!("{}em", s.dy_em)
                text-anchor=s.anchor.svg()
                aria-hidden="true"
            >
                {move || place.label.get(lang.get())}
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
    let class = move || {
        format!(
            "symbol symbol--{}",
            status.get().map_or("geography", PlaceStatus::key)
        )
    };
    let shape = move || match (kind, first.get()) {
        (PlaceKind::Port, true) => {
            view! { <polygon class=class points=map::star_points(1.35) /> }.into_any()
        }
        (PlaceKind::Port, false) => view! { <circle class=class r="1" /> }.into_any(),
        (PlaceKind::Encampment, _) => {
            view! { <polygon class=class points=map::triangle_points(1.25) /> }.into_any()
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
    view! {
        <div class="place-details">
            {move || {
                let lang = lang.get();
                let ui = text::ui(lang);
                match selected.get().and_then(|i| STORY.places.get(i)) {
                    None => view! { <p class="place-details__hint">{ui.map_hint}</p> }.into_any(),
                    Some(place) => {
                        let p = timeline::phase(phase.get());
                        let state = map::state_in(place, p);
                        view! {
                            <h3 class="place-details__name" data-place=place.id>{place.name.get(lang)}</h3>
                            <p class="place-details__kind">{text::place_kind(place.kind, lang)}</p>
                            {match state {
                                Some(s) => view! {
                                    <p class="place-details__state">
                                        <strong>{format!("{} ({}): {}. ", ui.in_this_phase, p.short_title.get(lang), text::place_status(s.status, lang))}</strong>
                                        {s.note.get(lang)}
                                    </p>
                                    <Citation sources=s.sources />
                                }
                                    .into_any(),
                                None => {
                                    let port = map::across_from(place).map_or("", |port| port.name.get(lang));
                                    view! {
                                        <p class="place-details__state">
                                            {format!("{} {port}. {}", ui.across_from, ui.not_named)}
                                        </p>
                                    }
                                        .into_any()
                                }
                            }}
                        }
                            .into_any()
                    }
                }
            }}
        </div>
    }
}

/// Explains every symbol, drawn with the same shapes as the map.
#[component]
fn Legend() -> impl IntoView {
    let lang = use_lang();
    let item = move |kind: PlaceKind,
                     status: Option<PlaceStatus>,
                     first: bool,
                     words: Box<dyn Fn(Lang) -> String + Send + Sync>| {
        view! {
            <li class="legend__item">
                <svg class="legend__symbol" viewBox="-1.6 -1.6 3.2 3.2" aria-hidden="true" focusable="false">
                    <Symbol kind=kind status=Signal::derive(move || status) first=Signal::derive(move || first) />
                </svg>
                <span>{move || words(lang.get())}</span>
            </li>
        }
    };
    let kind = |k: PlaceKind| -> Box<dyn Fn(Lang) -> String + Send + Sync> {
        Box::new(move |l| format!("{} ({})", text::place_kind(k, l), text::place_shape(k, l)))
    };
    let status = |s: PlaceStatus,
                  how: fn(&text::Ui) -> &'static str|
     -> Box<dyn Fn(Lang) -> String + Send + Sync> {
        Box::new(move |l| format!("{} ({})", text::place_status(s, l), how(text::ui(l))))
    };
    view! {
        <div class="legend">
            <h3 class="legend__heading">{move || text::ui(lang.get()).legend}</h3>
            <ul class="legend__list">
                {item(PlaceKind::Port, Some(PlaceStatus::Active), false, kind(PlaceKind::Port))}
                {item(PlaceKind::Encampment, Some(PlaceStatus::Active), false, kind(PlaceKind::Encampment))}
                {item(PlaceKind::HearingFacility, Some(PlaceStatus::Planned), false, kind(PlaceKind::HearingFacility))}
                {item(PlaceKind::TwinCity, None, false, kind(PlaceKind::TwinCity))}
                {item(PlaceKind::Port, Some(PlaceStatus::Active), true, Box::new(|l| text::ui(l).legend_first.to_owned()))}
                {item(PlaceKind::Port, Some(PlaceStatus::Active), false, status(PlaceStatus::Active, |u| u.legend_filled))}
                {item(PlaceKind::Port, Some(PlaceStatus::Planned), false, status(PlaceStatus::Planned, |u| u.legend_dashed))}
                {item(PlaceKind::Port, Some(PlaceStatus::Unclear), false, status(PlaceStatus::Unclear, |u| u.legend_question))}
                {item(PlaceKind::Port, Some(PlaceStatus::Ended), false, status(PlaceStatus::Ended, |u| u.legend_cross))}
                {item(PlaceKind::Port, Some(PlaceStatus::Inactive), false, status(PlaceStatus::Inactive, |u| u.legend_faint))}
                <li class="legend__item">
                    <svg class="legend__symbol" viewBox="0 0 3.2 3.2" aria-hidden="true" focusable="false">
                        <path class="map__border" d="M0 1.6H3.2" />
                    </svg>
                    <span>{move || text::ui(lang.get()).legend_border}</span>
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
    let ui = move || text::ui(lang.get());
    view! {
        <details class="map-table">
            <summary>{move || ui().map_table}</summary>
            <table>
                <caption>
                    {move || format!("{}: {}", ui().map_table_caption, timeline::phase(phase.get()).title.get(lang.get()))}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{move || ui().col_place}</th>
                        <th scope="col">{move || ui().col_kind}</th>
                        <th scope="col">{move || ui().col_phase}</th>
                        <th scope="col">{move || ui().col_source}</th>
                    </tr>
                </thead>
                <tbody>
                    {STORY
                        .places
                        .iter()
                        .map(|place| {
                            let state = move || map::state_in(place, timeline::phase(phase.get()));
                            view! {
                                <tr data-place=place.id>
                                    <th scope="row">{move || place.name.get(lang.get())}</th>
                                    <td>{move || text::place_kind(place.kind, lang.get())}</td>
                                    <td data-status=move || state().map_or("geography", |s| s.status.key())>
                                        {move || {
                                            let lang = lang.get();
                                            match state() {
                                                Some(s) => format!("{}. {}", text::place_status(s.status, lang), s.note.get(lang)),
                                                None => format!(
                                                    "{} {}. {}",
                                                    text::ui(lang).across_from,
                                                    map::across_from(place).map_or("", |p| p.name.get(lang)),
                                                    text::ui(lang).not_named
                                                ),
                                            }
                                        }}
                                    </td>
                                    <td>
                                        {move || match state() {
                                            Some(s) => view! { <Citation sources=s.sources /> }.into_any(),
                                            None => view! { <span>{move || ui().geography}</span> }.into_any(),
                                        }}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </details>
    }
}
