//! The phase control: a native range input (arrow keys, Home and End, touch
//! and pointer as readers expect; PageUp and PageDown move two phases),
//! previous/next buttons, and a play/pause button that never starts itself.

use std::time::Duration;

use leptos::prelude::*;

use super::use_lang;
use crate::{story::STORY, text, timeline};

/// How long each phase stays on screen while playing: long enough to read
/// its title and summary.
pub const PLAY_PACE: Duration = Duration::from_secs(8);

/// Playback: one step every [`PLAY_PACE`], stopping at the last phase.
#[derive(Clone, Copy)]
struct Player {
    phase: Signal<usize>,
    set_phase: WriteSignal<usize>,
    set_playing: WriteSignal<bool>,
    run: StoredValue<u32>,
}

impl Player {
    fn stop(self) {
        self.run.update_value(|run| *run = run.wrapping_add(1));
        self.set_playing.set(false);
    }

    /// Schedules the next step of run `run`.
    fn schedule(self, run: u32) {
        set_timeout(
            move || {
                // A stopped run, or a slider redrawn (e.g. for a new
                // language) since: nothing to do.
                if self.run.try_get_value() != Some(run) {
                    return;
                }
                let next = timeline::step(self.phase.get_untracked(), 1);
                self.set_phase.set(next);
                if next == timeline::last_index() {
                    self.stop();
                } else {
                    self.schedule(run);
                }
            },
            PLAY_PACE,
        );
    }
}

/// Chooses which phase of the story the page shows.
#[component]
pub fn PhaseSlider(
    /// The index of the phase shown.
    phase: Signal<usize>,
    /// Where a move through the story is written.
    set_phase: WriteSignal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    let total = timeline::phase_count();
    let (playing, set_playing) = signal(false);
    // Each run of playback has a number; stopping starts a new one, so a
    // tick already scheduled by an old run does nothing. (No interval ids:
    // nothing depends on how wide a browser's timer ids are.)
    let run = StoredValue::new(0u32);
    let player = Player {
        phase,
        set_phase,
        set_playing,
        run,
    };
    let stop = move || player.stop();
    // A reader's own move always takes over from playback.
    let go = move |index: usize| {
        stop();
        set_phase.set(timeline::clamp(index));
    };
    let play = move || {
        if phase.get_untracked() == timeline::last_index() {
            set_phase.set(0);
        }
        set_playing.set(true);
        player.schedule(run.get_value());
    };
    on_cleanup(stop);
    let at_start = move || phase.get() == 0;
    let at_end = move || phase.get() == timeline::last_index();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let delta = match ev.key().as_str() {
            "PageUp" => 2,
            "PageDown" => -2,
            _ => return,
        };
        ev.prevent_default();
        go(timeline::step(phase.get_untracked(), delta));
    };

    view! {
        <section class="phase-control" aria-label=ui.timeline>
            <label class="phase-control__label" for="phase-slider">
                {ui.move_through}
                <span class="phase-control__position">
                    {move || text::position(phase.get(), total, lang)}
                </span>
            </label>
            <div class="phase-control__row">
                <button
                    type="button"
                    class="step"
                    aria-label=ui.previous
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
                        text::slider_value(index, total, timeline::phase(index), lang)
                    }
                    on:input=move |ev| {
                        if let Ok(index) = event_target_value(&ev).parse::<usize>() {
                            go(index);
                        }
                    }
                    on:keydown=on_key
                />
                <button
                    type="button"
                    class="step"
                    aria-label=ui.next
                    aria-disabled=move || at_end().to_string()
                    on:click=move |_| go(timeline::step(phase.get_untracked(), 1))
                >
                    <span aria-hidden="true">"›"</span>
                </button>
                <button
                    type="button"
                    class="play"
                    on:click=move |_| if playing.get_untracked() { stop() } else { play() }
                >
                    <span class="play__icon" aria-hidden="true">
                        {move || if playing.get() { "❚❚" } else { "▶" }}
                    </span>
                    <span class="play__label">
                        {move || if playing.get() { ui.pause } else { ui.play }}
                    </span>
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
                                <span class="tick__name">{p.short_title.get(lang)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
