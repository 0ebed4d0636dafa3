//! The phase control: a native range input, so arrow keys, Home and End,
//! touch and pointer all work as readers expect, plus previous/next buttons.

use leptos::prelude::*;

use crate::{story::STORY, text, timeline};

/// Chooses which phase of the story the page shows.
#[component]
pub fn PhaseSlider(
    /// The index of the phase shown.
    phase: Signal<usize>,
    /// Where a move through the story is written.
    set_phase: WriteSignal<usize>,
) -> impl IntoView {
    let total = timeline::phase_count();
    let go = move |index: usize| set_phase.set(timeline::clamp(index));
    let at_start = move || phase.get() == 0;
    let at_end = move || phase.get() == timeline::last_index();

    view! {
        <section class="phase-control" aria-label="Timeline">
            <label class="phase-control__label" for="phase-slider">
                "Move through the story: "
                <span class="phase-control__position">
                    {move || text::position(phase.get(), total)}
                </span>
            </label>
            <div class="phase-control__row">
                <button
                    type="button"
                    class="step"
                    aria-label="Previous phase"
                    aria-disabled=move || at_start().to_string()
                    on:click=move |_| go(timeline::step(phase.get_untracked(), -1))
                >
                    <span aria-hidden="true">"‹"</span>
                </button>
                <input
                    id="phase-slider"
                    type="range"
                    min="0"
                    max=timeline::last_index().to_string()
                    step="1"
                    prop:value=move || phase.get().to_string()
                    aria-valuetext=move || {
                        let index = phase.get();
                        text::slider_value(index, total, timeline::phase(index))
                    }
                    on:input=move |ev| {
                        if let Ok(index) = event_target_value(&ev).parse::<usize>() {
                            go(index);
                        }
                    }
                />
                <button
                    type="button"
                    class="step"
                    aria-label="Next phase"
                    aria-disabled=move || at_end().to_string()
                    on:click=move |_| go(timeline::step(phase.get_untracked(), 1))
                >
                    <span aria-hidden="true">"›"</span>
                </button>
            </div>
            // Pointer shortcut to each phase; keyboard users have the slider.
            <ol class="ticks" aria-hidden="true">
                {STORY
                    .phases
                    .iter()
                    .enumerate()
                    .map(|(index, p)| {
                        view! {
                            <li
                                class="tick"
                                class=("tick--current", move || phase.get() == index)
                                on:click=move |_| go(index)
                            >
                                <span class="tick__year">{p.span.start.year}</span>
                                <span class="tick__name">{p.short_title}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
