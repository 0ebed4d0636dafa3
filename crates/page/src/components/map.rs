//! The map: its fixed drawing, the places with their status in each phase,
//! the details panel the live layer fills, the legend, the same facts as a
//! table, and the credit. Coordinates come from the build (`build.rs` laid
//! out every place and label); the view only draws them.

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use protocol::PhasedAttr;

use super::ids::id;
use super::legend::Legend;
use super::phased::{each_phase, phased, shown_in};
use super::place_table::PlaceTable;
use crate::map_state::{self, QUESTION_MARK, STAR_POINTS, TRIANGLE_POINTS};
use crate::story::{Lang, Place, PlaceKind, PlaceStatus, AREA_LABELS, STORY};
use crate::{text, timeline};

/// The id of the map's outlines, drawn once per page ([`MapGeometry`]) and
/// used by both languages' maps.
pub const MAP_GEOMETRY_ID: &str = "map-geometry";

/// The map's outlines (sea, land, state lines, coast, border), once for the
/// page, as a `<symbol>` both maps `<use>`.
#[component]
pub fn MapGeometry() -> impl IntoView {
    let g = &STORY.map;
    view! {
        <svg class="map-geometry" hidden aria-hidden="true" focusable="false">
            <symbol id=MAP_GEOMETRY_ID viewBox=g.view_box>
                <rect class="map__sea" width="100%" height="100%" />
                <path class="map__land map__land--mx" d=g.land_mx />
                <path class="map__land map__land--us" d=g.land_us />
                <path class="map__states" d=g.us_states />
                <path class="map__coast" d=g.coast />
                <path class="map__border" d=g.border />
            </symbol>
        </svg>
    }
}

/// The map in one language: its heading, the drawing and the details of
/// the place in focus.
#[component]
pub fn MapSection(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    let view_box = STORY.map.view_box;
    let (heading, title, desc) = (
        id(lang, "map-heading"),
        id(lang, "map-title"),
        id(lang, "map-desc"),
    );
    let (labelled_by, title_ref, desc_ref) = (heading.clone(), title.clone(), desc.clone());
    view! {
        <section class="map live-only" aria-labelledby=labelled_by>
            <h2 id=heading class="map__heading">{ui.map_heading}</h2>
            <div class="map__frame">
                <svg class="map__base" viewBox=view_box aria-hidden="true" focusable="false">
                    <MapBase lang />
                </svg>
                <svg class="map__svg" viewBox=view_box role="group" aria-labelledby=title_ref aria-describedby=desc_ref>
                    <title id=title>{ui.map_title}</title>
                    <desc id=desc>{ui.map_description}</desc>
                    {STORY.places.iter().map(|place| view! { <PlaceMark place lang /> }).collect_view()}
                </svg>
            </div>
            <div class="place-details" {..custom_attribute(protocol::hooks::PICK_QUESTION, ui.pick_place)}>
                <p class="place-details__hint">{ui.map_hint}</p>
            </div>
        </section>
    }
}

/// The map's key, its table and its credit: after the phase's text on a
/// phone (the map, then the phase, then how to read the map), under the
/// map beside the text on a wider screen.
#[component]
pub fn MapKey(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    view! {
        <div class="map-key live-only">
            <Legend lang />
            <PlaceTable lang />
            <p class="map__credit">{ui.map_credit}</p>
        </div>
    }
}

/// The map's fixed drawing in one language: the outlines and the names of
/// countries and seas.
#[component]
fn MapBase(lang: Lang) -> impl IntoView {
    view! {
        <use href=format!("#{MAP_GEOMETRY_ID}") width="100%" height="100%" />
        {AREA_LABELS
            .iter()
            .map(|(name, x, y, narrow)| {
                let class = if *narrow { "map__area" } else { "map__area map__area--wide-only" };
                view! {
                    <text class=class x=x.to_string() y=y.to_string() text-anchor="middle" aria-hidden="true">
                        {name.get(lang)}
                    </text>
                }
            })
            .collect_view()}
    }
}

/// One place on the map: its symbol and labels, and per phase its status,
/// first-port flag and accessible name.
#[component]
fn PlaceMark(place: &'static Place, lang: Lang) -> impl IntoView {
    let status = |i: usize| map_state::status_in(place, timeline::phase(i));
    let per_phase = phased(vec![
        (
            PhasedAttr::DataStatus,
            each_phase(|i| Some(status(i).map_or("geography", PlaceStatus::key).to_owned())),
        ),
        (
            PhasedAttr::DataFirst,
            each_phase(|i| Some(map_state::is_first_in(place, timeline::phase(i)).to_string())),
        ),
        (
            PhasedAttr::AriaLabel,
            each_phase(|i| Some(text::place_name(place, status(i), lang))),
        ),
    ]);
    let geography = place.kind == PlaceKind::TwinCity;
    let labels = [(place.label_narrow, "narrow"), (place.label_wide, "wide")]
        .into_iter()
        .filter_map(|(spot, layout)| spot.map(|s| (s, layout)))
        .map(|(spot, layout)| {
            let class = format!(
                "place__label place__label--{layout}{}",
                if geography { " place__label--geography" } else { "" }
            );
            view! {
                <text class=class dx=spot.dx dy=spot.dy text-anchor=spot.anchor.svg() aria-hidden="true">
                    {place.label.get(lang)}
                </text>
            }
        })
        .collect_view();
    view! {
        <g
            class="place"
            data-place=place.id
            data-kind=place.kind.key()
            transform=place.transform
            tabindex="0"
            role="button"
            {..per_phase}
        >
            <g class="place__symbol">
                <g transform=place.symbol_transform>
                    <Symbol kind=place.kind />
                </g>
            </g>
            {labels}
        </g>
    }
}

/// A map symbol in unit size, with every variant its place can take; the
/// stylesheet shows the one that fits the `data-status` and `data-first` of
/// the place (or legend entry) around it.
#[component]
pub fn Symbol(kind: PlaceKind) -> impl IntoView {
    // The focus ring doubles as the pointer target.
    let ring = match kind {
        PlaceKind::Port => "1.5",
        PlaceKind::Encampment => "1.6",
        PlaceKind::HearingFacility => "1.2",
        PlaceKind::TwinCity => "1.0",
    };
    let base = match kind {
        PlaceKind::Port => view! { <circle class="symbol shape--base" r="1" /> }.into_any(),
        PlaceKind::Encampment => {
            view! { <polygon class="symbol shape--base" points=TRIANGLE_POINTS /> }.into_any()
        }
        PlaceKind::HearingFacility => view! {
            <rect class="symbol shape--base" x="-0.75" y="-0.75" width="1.5" height="1.5" />
        }
        .into_any(),
        PlaceKind::TwinCity => view! { <circle class="symbol shape--base" r="0.55" /> }.into_any(),
    };
    let star = (kind == PlaceKind::Port)
        .then(|| view! { <polygon class="symbol shape--star" points=STAR_POINTS /> });
    // Marks that do not rely on colour: a cross for ended, "?" for unclear.
    view! {
        <circle class="symbol__focus" r=ring />
        {base}
        {star}
        <path class="symbol__mark mark--cross" d="M-0.6 -0.6L0.6 0.6M0.6 -0.6L-0.6 0.6" />
        <path class="symbol__mark mark--q" d=QUESTION_MARK />
    }
}

/// The caption of the map's table: which phase it shows.
#[component]
pub fn PhaseCaption(lang: Lang) -> impl IntoView {
    view! {
        {format!("{}: ", text::ui(lang).map_table_caption)}
        {STORY
            .phases
            .iter()
            .enumerate()
            .map(|(index, phase)| {
                view! { <span {..phased(vec![shown_in(|i| i == index)])}>{phase.title.get(lang)}</span> }
            })
            .collect_view()}
    }
}
