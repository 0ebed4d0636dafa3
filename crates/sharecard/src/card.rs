//! The card as SVG markup in `view!`: the masthead's kicker and title over
//! a band of paper, and under it the page's own map (`STORY.map`) with the
//! story's places as the page's symbols.

use leptos::prelude::*;
use page::map_state::TRIANGLE_POINTS;
use page::palette::LIGHT;
use page::story::{Place, PlaceKind, STORY};
use page::text;

use crate::layout::{self, HEIGHT, WIDTH};
use crate::style;
use crate::Lang;

/// The card in `lang`, as a standalone SVG document of 1200×630.
pub fn card_svg(lang: Lang) -> String {
    let ui = text::ui(lang);
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    let html = view! {
        <svg xmlns="http://www.w3.org/2000/svg" width=WIDTH height=HEIGHT viewBox=view_box lang=lang.key()>
            <title>{ui.document_title}</title>
            <style>{style::css()}</style>
            <Map />
            <Masthead kicker=ui.kicker title=ui.title />
            <CountryNames lang />
        </svg>
    }
    .to_html();
    // The renderer marks hydration boundaries with `<!>`, harmless in HTML
    // but not XML. The card is never hydrated, and the renderer escapes
    // every `<` in text, so each `<!>` is such a marker.
    html.replace("<!>", "")
}

/// The map: the page's outlines and the story's places, scaled to the card.
#[component]
fn Map() -> impl IntoView {
    let g = &STORY.map;
    let places = layout::drawn_places()
        .map(|place| view! { <PlaceSymbol place /> })
        .collect_view();
    view! {
        <g class="map" transform=layout::map_frame().transform()>
            <rect class="map__sea" width=g.width height=g.height />
            <path class="map__land map__land--mx" d=g.land_mx />
            <path class="map__land map__land--us" d=g.land_us />
            <path class="map__states" d=g.us_states />
            <path class="map__coast" d=g.coast />
            <path class="map__border" d=g.border />
            <g class="places">{places}</g>
        </g>
    }
}

/// The countries' names, over the map and the band's fade.
#[component]
fn CountryNames(lang: Lang) -> impl IntoView {
    layout::area_labels()
        .map(|(name, x, y)| {
            view! {
                <text
                    class="card__area"
                    x=x
                    y=y
                    text-anchor="middle"
                    font-size=layout::AREA_SIZE
                    letter-spacing=layout::AREA_SPACING
                >
                    {name.get(lang)}
                </text>
            }
        })
        .collect_view()
}

/// One place's symbol, the page's shape for its kind, drawn as active.
#[component]
fn PlaceSymbol(place: &'static Place) -> impl IntoView {
    let shape = match place.kind {
        PlaceKind::Encampment => {
            view! { <polygon class="symbol" points=TRIANGLE_POINTS /> }.into_any()
        }
        PlaceKind::HearingFacility => view! {
            <rect class="symbol" x="-0.75" y="-0.75" width="1.5" height="1.5" />
        }
        .into_any(),
        PlaceKind::Port | PlaceKind::TwinCity => {
            view! { <circle class="symbol" r="1" /> }.into_any()
        }
    };
    view! {
        <g class="place" data-place=place.id data-status="active" transform=place.transform>
            <g transform=format!("scale({})", layout::SYMBOL_UNIT)>
                <g transform=place.symbol_transform>{shape}</g>
            </g>
        </g>
    }
}

/// The kicker and title on a band of paper that fades into the map.
#[component]
fn Masthead(kicker: &'static str, title: &'static str) -> impl IntoView {
    let paper = LIGHT.paper.hex();
    let solid = format!("{:.3}", layout::BAND_SOLID / layout::BAND_END);
    view! {
        <defs>
            <linearGradient id="card-band" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0" stop-color=paper.clone() />
                <stop offset=solid stop-color=paper.clone() />
                <stop offset="1" stop-color=paper stop-opacity="0" />
            </linearGradient>
        </defs>
        <rect width=WIDTH height=layout::BAND_END fill="url(#card-band)" />
        // The page sets the kicker in capitals with CSS; resvg has no
        // text-transform, so the card does it here.
        <text
            class="card__kicker"
            x=layout::MARGIN
            y=layout::KICKER_BASELINE
            font-size=layout::KICKER_SIZE
            letter-spacing=layout::KICKER_SPACING
        >
            {kicker.to_uppercase()}
        </text>
        <text class="card__title" x=layout::MARGIN y=layout::TITLE_BASELINE font-size=layout::TITLE_SIZE>
            {title}
        </text>
    }
}
