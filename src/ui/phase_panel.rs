//! The current phase: title, dates, summary and its dated events.

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
                    {move || text::date(current().span.start, lang.get())}
                </time>
                " – "
                <time datetime=move || current().span.end.to_string()>
                    {move || text::date(current().span.end, lang.get())}
                </time>
            </p>
            <h2 id="phase-title">{move || current().title.get(lang.get())}</h2>
            <p class="phase__summary">{move || current().summary.get(lang.get())}</p>
            {move || view! { <Citation sources=current().sources /> }}
            <h3 class="phase__events-heading">{move || text::ui(lang.get()).what_happened}</h3>
            <ol class="events">
                <For each=move || current().events.iter() key=|event| event.id let:event>
                    <li class="event" data-event=event.id>
                        <time class="event__date" datetime=event.date.to_string()>
                            {move || text::date(event.date, lang.get())}
                        </time>
                        <p class="event__text">{move || event.text.get(lang.get())}</p>
                        <Citation sources=event.sources quote=event.quote.as_ref() />
                    </li>
                </For>
            </ol>
        </section>
    }
}
