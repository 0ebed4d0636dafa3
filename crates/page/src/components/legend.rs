//! The map's key: every symbol, drawn as on the map, with what it means.

use leptos::prelude::*;

use super::map::Symbol;
use crate::story::{Lang, PlaceKind, PlaceStatus};
use crate::text;

/// The legend.
#[component]
pub fn Legend(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    let kind = |k: PlaceKind| {
        format!(
            "{} ({})",
            text::place_kind(k, lang),
            text::place_shape(k, lang)
        )
    };
    // Each kind, drawn in the state it is most often seen in.
    let kinds = [
        (PlaceKind::Port, "planned"),
        (PlaceKind::Encampment, "active"),
        (PlaceKind::HearingFacility, "planned"),
        (PlaceKind::TwinCity, "geography"),
    ]
    .map(|(k, shown_as)| view! { <LegendItem kind=k status=shown_as first=false words=kind(k) /> });
    let statuses = [
        (PlaceStatus::Active, ui.legend_filled),
        (PlaceStatus::Planned, ui.legend_dashed),
        (PlaceStatus::Unclear, ui.legend_question),
        (PlaceStatus::Ended, ui.legend_cross),
        (PlaceStatus::Inactive, ui.legend_faint),
    ]
    .map(|(s, how)| {
        let words = format!("{} ({how})", text::legend_status(s, lang));
        view! { <LegendItem kind=PlaceKind::Port status=s.key() first=false words /> }
    });
    view! {
        <div class="legend">
            <h3 class="legend__heading">{ui.legend}</h3>
            <ul class="legend__list">
                {kinds.into_iter().collect_view()}
                <LegendItem kind=PlaceKind::Port status="planned" first=true words=ui.legend_first.to_owned() />
                {statuses.into_iter().collect_view()}
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

/// One entry of the key: a symbol in a status, and its meaning.
#[component]
fn LegendItem(
    kind: PlaceKind,
    /// The `data-status` it is drawn in.
    status: &'static str,
    /// Drawn as the first port to restart (a star).
    first: bool,
    words: String,
) -> impl IntoView {
    view! {
        <li class="legend__item">
            <svg
                class="legend__symbol"
                viewBox="-1.6 -1.6 3.2 3.2"
                aria-hidden="true"
                focusable="false"
                data-status=status
                data-first=first.to_string()
            >
                <Symbol kind />
            </svg>
            <span>{words}</span>
        </li>
    }
}
