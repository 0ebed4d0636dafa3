//! One phase of the story: its start, title, summary, citation and events,
//! shown in its own phase only.

use leptos::prelude::*;

use super::citation::Citation;
use super::ids::id;
use super::phased::{listed, shown_in};
use crate::story::{DateBasis, Event, Lang, Phase, When};
use crate::{text, timeline};

/// A phase: the turning point that starts it (and where that date comes
/// from), title, summary, citation and dated events.
#[component]
pub fn PhaseSection(
    /// The phase's position in the story.
    index: usize,
    lang: Lang,
) -> impl IntoView {
    let ui = text::ui(lang);
    let phase: &'static Phase = timeline::phase(index);
    let title_id = id(lang, &format!("phase-title-{}", phase.id));
    let labelled_by = title_id.clone();
    // A start not stated by the sources says where it comes from.
    let basis = text::basis(phase.start.basis, lang);
    let about_start = basis.map(|_| phase.start.note.get(lang));
    view! {
        <section
            class="phase"
            data-phase=phase.id
            data-announce=text::announcement(phase, lang)
            {..listed(vec![shown_in(|i| i == index)])}
            aria-labelledby=labelled_by
        >
            <p class="phase__dates">
                <time datetime=phase.span.start.to_string()>{text::phase_from(phase, lang)}</time>
                {basis
                    .map(|how| {
                        view! { " " <span class="phase__basis">{format!("({how})")}</span> }
                    })}
            </p>
            <h2 class="phase__title" id=title_id>{phase.title.get(lang)}</h2>
            <p class="phase__summary">{phase.summary.get(lang)}</p>
            <div class="phase__cite">
                <Citation sources=phase.sources about_date=about_start lang />
            </div>
            <h3 class="phase__events-heading">{ui.what_happened}</h3>
            <ol class="events">
                {phase.events.iter().map(|event| view! { <EventItem event lang /> }).collect_view()}
            </ol>
        </section>
    }
}

/// One event: when (a date and where it comes from, or words where no
/// source dates it), what happened, and its citation.
#[component]
pub fn EventItem(event: &'static Event, lang: Lang) -> impl IntoView {
    let (when, about) = match event.when {
        When::On(dated) => {
            let basis = text::basis(dated.basis, lang).map(|how| {
                view! { " " <span class="event__basis">{format!("({how})")}</span> }
            });
            let about = (dated.basis != DateBasis::Reported).then(|| dated.note.get(lang));
            (
                view! {
                    <p class="event__when">
                        <time class="event__date" datetime=dated.date.to_string()>
                            {text::date(dated.date, lang)}
                        </time>
                        {basis}
                    </p>
                }
                .into_any(),
                about,
            )
        }
        When::Undated(words) => (
            view! {
                <p class="event__when">
                    <span class="event__date event__date--undated">{words.get(lang)}</span>
                </p>
            }
            .into_any(),
            None,
        ),
    };
    view! {
        <li class="event" data-event=event.id>
            {when}
            <p class="event__text">{event.text.get(lang)}</p>
            <Citation sources=event.sources quote=event.quote.as_ref() about_date=about lang />
        </li>
    }
}
