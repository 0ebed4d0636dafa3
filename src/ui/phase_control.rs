//! The phase control's behaviour. The control itself is in the page
//! (`crates/page`, `components/phase_control.rs`): a native range input (arrow keys, Home
//! and End, touch and pointer as readers expect), previous/next buttons, a
//! play/pause button that never starts itself, and the phases as ticks.
//! Here: PageUp and PageDown move two phases, and every control in either
//! language's tree moves the one shared phase, through event delegation.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use protocol::hooks;

use super::browser;
/// How long each phase stays on screen while playing: long enough to read
/// its title and summary.
pub const PLAY_PACE: Duration = Duration::from_secs(8);

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
        self.go(crate::stepping::step_within(
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

/// Wires every phase control on the page to `player`.
pub fn wire(player: Player) {
    // The page leaves the control disabled until now: it works from here.
    if let Some(app) = super::dom::app() {
        for control in super::dom::all(&app, hooks::CONTROL) {
            for input in super::dom::all(&control, "[disabled]") {
                let _ = input.remove_attribute("disabled");
            }
        }
    }
    browser::delegate("input", hooks::SLIDER, move |_, slider| {
        if let Some(index) = slider
            .dyn_ref::<web_sys::HtmlInputElement>()
            .and_then(|s| s.value().parse::<usize>().ok())
        {
            player.go(index);
        }
    });
    browser::delegate("keydown", hooks::SLIDER, move |ev, _| {
        let Some(key) = ev.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()) else {
            return;
        };
        let delta = match key.as_str() {
            "PageUp" => 2,
            "PageDown" => -2,
            _ => return,
        };
        ev.prevent_default();
        player.step(delta);
    });
    browser::delegate("click", hooks::STEP, move |_, button| {
        if let Some(delta) = number(&button, hooks::STEP_BY) {
            player.step(delta);
        }
    });
    browser::delegate("click", hooks::TICK, move |_, tick| {
        if let Some(index) = number(&tick, hooks::TICK_INDEX) {
            player.go(index);
        }
    });
    browser::delegate("click", hooks::PLAY, move |_, _| {
        if player.playing.get_untracked() {
            player.stop()
        } else {
            player.play()
        }
    });
    // The play button's words follow playback, in both trees.
    Effect::new(move |was: Option<bool>| {
        let playing = player.playing.get();
        if was.is_some_and(|was| was != playing) {
            super::dom::show_playing(playing);
        }
        playing
    });
}

/// An element's numeric attribute.
fn number<T: std::str::FromStr>(el: &web_sys::Element, name: &str) -> Option<T> {
    el.get_attribute(name)?.parse().ok()
}
