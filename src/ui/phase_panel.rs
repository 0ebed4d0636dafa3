//! The current phase: title, dates, summary and its dated events. A phase
//! change rewrites the text nodes and the event list, nothing else.

use leptos::prelude::*;

use super::use_lang;
use crate::{html, text, timeline};

/// Everything the story says about the phase shown.
#[component]
pub fn PhasePanel(
    /// The index of the phase shown.
    phase: Signal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let current = move || timeline::phase(phase.get());
    view! {
        <section class="phase" aria-labelledby="phase-title">
            <p class="phase__dates">
                <time datetime=move || current().span.start.to_string()>{move || text::date(current().span.start, lang)}</time>
                " – "
                <time datetime=move || current().span.end.to_string()>{move || text::date(current().span.end, lang)}</time>
            </p>
            <h2 id="phase-title">{move || current().title.get(lang)}</h2>
            <p class="phase__summary">{move || current().summary.get(lang)}</p>
            <div class="phase__cite" inner_html=move || html::citation(current().sources, None, lang)></div>
            <h3 class="phase__events-heading">{text::ui(lang).what_happened}</h3>
            <ol class="events" inner_html=move || html::events(current(), lang)></ol>
        </section>
    }
}
