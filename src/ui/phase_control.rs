//! The phase control: a native range input (arrow keys, Home and End, touch
//! and pointer as readers expect; PageUp and PageDown move two phases),
//! previous/next buttons, a play/pause button that never starts itself, and
//! the phases as ticks. One is mounted in each language's tree; both share
//! the phase and the player.

use std::time::Duration;

use leptos::prelude::*;

use super::PhaseInfo;

/// How long each phase stays on screen while playing: long enough to read
/// its title and summary.
pub const PLAY_PACE: Duration = Duration::from_secs(8);

/// The control's words, read from the page in one language.
#[derive(Debug)]
pub struct ControlWords {
    pub move_through: String,
    pub previous: String,
    pub next: String,
    pub play: String,
    pub pause: String,
}

/// The phase and playback: one step every [`PLAY_PACE`], stopping at the
/// last phase. Each run of playback has a number; stopping starts a new
/// one, so a tick already scheduled by an old run does nothing (no interval
/// ids: nothing depends on how wide a browser's timer ids are).
#[derive(Clone, Copy)]
pub struct Player {
    pub phase: Signal<usize>,
    pub set_phase: WriteSignal<usize>,
    pub playing: Signal<bool>,
    set_playing: WriteSignal<bool>,
    run: StoredValue<u32>,
    last: usize,
}

impl Player {
    pub fn new(phase: Signal<usize>, set_phase: WriteSignal<usize>, count: usize) -> Self {
        let (playing, set_playing) = signal(false);
        Player {
            phase,
            set_phase,
            playing: playing.into(),
            set_playing,
            run: StoredValue::new(0),
            last: count.saturating_sub(1),
        }
    }

    pub fn last(self) -> usize {
        self.last
    }

    pub fn stop(self) {
        self.run.update_value(|run| *run = run.wrapping_add(1));
        // Only a real change notifies (the play button's words follow it).
        if self.playing.get_untracked() {
            self.set_playing.set(false);
        }
    }

    /// A reader's own move: it always takes over from playback.
    pub fn go(self, index: usize) {
        self.stop();
        self.set_phase.set(index.min(self.last));
    }

    /// Moves `delta` phases, stopping at the first and last.
    pub fn step(self, delta: isize) {
        let count = self.last + 1;
        self.go(crate::timeline::step_within(
            count,
            self.phase.get_untracked(),
            delta,
        ));
    }

    pub fn play(self) {
        if self.phase.get_untracked() >= self.last {
            self.set_phase.set(0);
        }
        self.set_playing.set(true);
        self.schedule(self.run.get_value());
    }

    fn schedule(self, run: u32) {
        set_timeout(
            move || {
                if self.run.try_get_value() != Some(run) {
                    return;
                }
                let next = (self.phase.get_untracked() + 1).min(self.last);
                self.set_phase.set(next);
                if next == self.last {
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
pub fn PhaseControl(
    /// The phases, in story order.
    phases: &'static [PhaseInfo],
    /// The control's words in this tree's language.
    words: &'static ControlWords,
    /// The slider's id (unique on the page).
    slider_id: &'static str,
    /// The phase and playback, shared by both languages.
    player: Player,
) -> impl IntoView {
    let phase = player.phase;
    let info = move || &phases[phase.get().min(phases.len() - 1)];
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let delta = match ev.key().as_str() {
            "PageUp" => 2,
            "PageDown" => -2,
            _ => return,
        };
        ev.prevent_default();
        player.step(delta);
    };
    view! {
        <label class="phase-control__label" for=slider_id>
            {words.move_through.as_str()}
            <span class="phase-control__position">{move || info().position.as_str()}</span>
        </label>
        <div class="phase-control__row">
            <button
                type="button"
                class="step"
                aria-label=words.previous.as_str()
                aria-disabled=move || (phase.get() == 0).to_string()
                on:click=move |_| player.step(-1)
            >
                <span aria-hidden="true">"‹"</span>
            </button>
            <input
                id=slider_id
                type="range"
                min="0"
                max=player.last().to_string()
                step="1"
                prop:value=move || phase.get().to_string()
                aria-valuetext=move || info().valuetext.as_str()
                on:input=move |ev| {
                    if let Ok(index) = event_target_value(&ev).parse::<usize>() {
                        player.go(index);
                    }
                }
                on:keydown=on_key
            />
            <button
                type="button"
                class="step"
                aria-label=words.next.as_str()
                aria-disabled=move || (phase.get() >= player.last()).to_string()
                on:click=move |_| player.step(1)
            >
                <span aria-hidden="true">"›"</span>
            </button>
            <button
                type="button"
                class="play"
                on:click=move |_| if player.playing.get_untracked() { player.stop() } else { player.play() }
            >
                <span class="play__icon" aria-hidden="true">
                    {move || if player.playing.get() { "❚❚" } else { "▶" }}
                </span>
                <span class="play__label">
                    {move || if player.playing.get() { words.pause.as_str() } else { words.play.as_str() }}
                </span>
            </button>
        </div>
        // Pointer shortcut to each phase; keyboard users have the slider.
        <ol class="ticks" aria-hidden="true">
            {phases
                .iter()
                .enumerate()
                .map(|(index, p)| {
                    view! {
                        <li
                            class="tick"
                            class=("tick--current", move || phase.get() == index)
                            on:click=move |_| player.go(index)
                        >
                            <span class="tick__year">{p.year.as_str()}</span>
                            <span class="tick__name">{p.short.as_str()}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
