//! The border map: real outlines, the places of the story drawn by what
//! they are and what they are doing in the phase shown, a legend, details for
//! the place in focus, and the same facts as a table. The drawing is fixed
//! HTML (`html::map_base`, `html::place_mark`); a phase change only sets
//! each place's `data-status`, `data-first` and name, and the stylesheet
//! redraws the symbols.

use leptos::prelude::*;

use super::use_lang;
use crate::story::{Lang, Place, PlaceStatus, STORY};
use crate::{html, map, text, timeline};

/// The map of the border, driven by the phase shown.
#[component]
pub fn BorderMap(
    /// The index of the phase shown.
    phase: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    let (selected, set_selected) = signal(None::<usize>);
    // The table's rows are written only while it is open: a phase change
    // need not rebuild 17 rows nobody sees.
    let (table_open, set_table_open) = signal(false);
    let description = move || {
        format!(
            "{}. {}",
            text::announcement(timeline::phase(phase.get()), lang),
            ui.map_description
        )
    };
    let details = move || match selected.get().and_then(|i| STORY.places.get(i)) {
        None => format!(
            "<p class=\"place-details__hint\">{}</p>",
            html::escape(ui.map_hint)
        ),
        Some(place) => html::place_details(place, timeline::phase(phase.get()), lang),
    };
    view! {
        <section class="map" aria-labelledby="map-heading">
            <h2 id="map-heading" class="map__heading">{ui.map_heading}</h2>
            <div class="map__frame">
                // The fixed drawing in a layer of its own, so a phase change
                // repaints only the places drawn over it.
                <svg class="map__base" viewBox=STORY.map.view_box aria-hidden="true" focusable="false" inner_html=html::map_base(lang)></svg>
                <svg class="map__svg" viewBox=STORY.map.view_box role="group" aria-labelledby="map-title" aria-describedby="map-desc">
                    <title id="map-title">{ui.map_title}</title>
                    <desc id="map-desc">{description}</desc>
                    {STORY
                        .places
                        .iter()
                        .enumerate()
                        .map(|(index, place)| view! { <PlaceMark place=place index=index phase=phase set_selected=set_selected /> })
                        .collect_view()}
                </svg>
            </div>
            // Not a live region: focus already announces the place, and a
            // phase change is announced once, by the slider's live region.
            <div class="place-details" inner_html=details></div>
            <div class="legend">
                <h3 class="legend__heading">{ui.legend}</h3>
                <ul class="legend__list" inner_html=html::legend(lang)></ul>
            </div>
            <details
                class="map-table"
                on:toggle=move |ev| {
                    use wasm_bindgen::JsCast;
                    let open = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open());
                    set_table_open.set(open);
                }
            >
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
                    <tbody inner_html=move || {
                        if table_open.get() { html::table_rows(timeline::phase(phase.get()), lang) } else { String::new() }
                    }></tbody>
                </table>
            </details>
            <p class="map__credit">{ui.map_credit}</p>
        </section>
    }
}

/// One place: its symbol and labels (fixed), its status (reactive), and the
/// events that select it.
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
    let status = Memo::new(move |_| map::status_in(place, timeline::phase(phase.get())));
    let first = move || map::is_first_in(place, timeline::phase(phase.get()));
    let select = move || set_selected.set(Some(index));
    view! {
        <g
            class="place"
            data-place=place.id
            data-kind=place.kind.key()
            data-status=move || status.get().map_or("geography", PlaceStatus::key)
            data-first=move || if first() { "true" } else { "false" }
            transform=place.transform
            tabindex="0"
            role="button"
            aria-label=move || place_name(place, status.get(), lang)
            on:focus=move |_| select()
            on:mouseenter=move |_| select()
            on:click=move |_| select()
            inner_html=html::place_mark(place, lang)
        ></g>
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
