//! The phase control, in the page from the first paint and shown at the
//! first phase: a native range input (arrow keys, Home and End, touch and
//! pointer as readers expect), previous/next buttons, a play/pause button
//! that never starts by itself, and the phases as ticks. What it says per
//! phase is per-phase attributes like the rest of the page; the live layer
//! (`src/ui/phase_control.rs`) wires its events. Until then its inputs are
//! `disabled` and it says it is loading: nothing looks usable that is not.

use leptos::prelude::*;
use protocol::{PhasedAttr, PLAY_ICON};

use super::ids::id;
use super::phased::{each_phase, phased, shown_in};
use crate::story::Lang;
use crate::{text, timeline};

/// The slider, its steps, play/pause and the ticks.
#[component]
pub fn PhaseControl(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    let total = timeline::phase_count();
    let slider = id(lang, "phase-slider");
    let valuetext = phased(vec![(
        PhasedAttr::AriaValuetext,
        each_phase(|i| Some(text::slider_value(i, total, timeline::phase(i), lang))),
    )]);
    view! {
        <section class="phase-control live-only" aria-label=ui.timeline data-play=ui.play data-pause=ui.pause>
            <label class="phase-control__label" for=slider.clone()>
                {ui.move_through}
                <span class="phase-control__loading">{ui.loading}</span>
                {(0..total)
                    .map(|i| {
                        view! {
                            <span class="phase-control__position" {..phased(vec![shown_in(|p| p == i)])}>
                                {text::position(i, total, lang)}
                            </span>
                        }
                    })
                    .collect_view()}
            </label>
            <div class="phase-control__row">
                <StepButton delta=-1 label=ui.previous arrow="‹" at_end=0 />
                <input
                    id=slider
                    type="range"
                    min="0"
                    max=(total - 1).to_string()
                    step="1"
                    value="0"
                    disabled
                    {..valuetext}
                />
                <StepButton delta=1 label=ui.next arrow="›" at_end=total - 1 />
                <button type="button" class="play" disabled>
                    <span class="play__icon" aria-hidden="true">{PLAY_ICON}</span>
                    <span class="play__label">{ui.play}</span>
                </button>
            </div>
            <ol class="ticks" aria-hidden="true">
                {(0..total).map(|i| view! { <Tick index=i lang /> }).collect_view()}
            </ol>
        </section>
    }
}

/// Previous or next: `aria-disabled` (focus stays on it) at the end it
/// cannot move past.
#[component]
fn StepButton(
    /// How many phases it moves: -1 or 1.
    delta: i8,
    /// Its accessible name.
    label: &'static str,
    /// The arrow it shows.
    arrow: &'static str,
    /// The phase it cannot move on from.
    at_end: usize,
) -> impl IntoView {
    let disabled = phased(vec![(
        PhasedAttr::AriaDisabled,
        each_phase(|i| Some((i == at_end).to_string())),
    )]);
    view! {
        <button type="button" class="step" data-step=delta.to_string() aria-label={label} disabled {..disabled}>
            <span aria-hidden="true">{arrow}</span>
        </button>
    }
}

/// A phase on the timeline: where it starts and its short name, marked
/// current in its own phase.
#[component]
fn Tick(index: usize, lang: Lang) -> impl IntoView {
    let phase = timeline::phase(index);
    let class = phased(vec![(
        PhasedAttr::Class,
        each_phase(|p| {
            Some(
                if p == index {
                    "tick tick--current"
                } else {
                    "tick"
                }
                .to_owned(),
            )
        }),
    )]);
    view! {
        <li data-index=index.to_string() {..class}>
            <span class="tick__year">{text::tick_date(phase.span.start, lang)}</span>
            <span class="tick__name">{phase.short_title.get(lang)}</span>
        </li>
    }
}
