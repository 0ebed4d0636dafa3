//! The current phase: title, dates, summary and its dated events. Only
//! what a phase change alters is reactive.

use leptos::prelude::*;

use super::{use_lang, Citation};
use crate::{text, timeline};

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
                <time datetime=move || current().span.start.to_string()>
                    {move || text::date(current().span.start, lang)}
                </time>
                " – "
                <time datetime=move || current().span.end.to_string()>
                    {move || text::date(current().span.end, lang)}
                </time>
            </p>
            <h2 id="phase-title">{move || current().title.get(lang)}</h2>
            <p class="phase__summary">{move || current().summary.get(lang)}</p>
            {move || view! { <Citation sources=current().sources /> }}
            <h3 class="phase__events-heading">{text::ui(lang).what_happened}</h3>
            <ol class="events">
                <For each=move || current().events.iter() key=|event| event.id let:event>
                    <li class="event" data-event=event.id>
                        <time class="event__date" datetime=event.date.to_string()>{text::date(event.date, lang)}</time>
                        <p class="event__text">{event.text.get(lang)}</p>
                        <Citation sources=event.sources quote=event.quote.as_ref() />
                    </li>
                </For>
            </ol>
        </section>
    }
}
