//! The phase control's behaviour. The control itself is in the page
//! (`crates/page`, `components/phase_control.rs`): a native range input (arrow keys, Home
//! and End, touch and pointer as readers expect), previous/next buttons, a
//! play/pause button that never starts itself, and the phases as ticks.
//! Here: PageUp and PageDown move two phases, and every control in the
//! tree moves the one shared phase, through event delegation.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;

use protocol::hooks;

use super::live::Live;
use super::{browser, dom};

/// How long, in milliseconds, each phase stays on screen while playing:
/// long enough to read its title and summary.
pub const PLAY_PACE_MS: i32 = 8_000;

/// Playback: one step every [`PLAY_PACE_MS`], stopping at the last phase.
/// Each run of playback has a number; stopping starts a new one, so a tick
/// already scheduled by an old run does nothing (no interval ids: nothing
/// depends on how wide a browser's timer ids are).
pub struct Player {
    live: Rc<Live>,
    playing: Cell<bool>,
    run: Cell<u32>,
}

impl Player {
    pub fn new(live: Rc<Live>) -> Rc<Player> {
        Rc::new(Player {
            live,
            playing: Cell::new(false),
            run: Cell::new(0),
        })
    }

    fn stop(&self) {
        self.run.set(self.run.get().wrapping_add(1));
        // Only a real change rewrites the play button's words.
        if self.playing.replace(false) {
            dom::show_playing(false);
        }
    }

    /// A reader's own move: it always takes over from playback.
    fn go(&self, index: usize) {
        self.stop();
        self.live.show_phase(index);
    }

    /// Moves `delta` phases, stopping at the first and last.
    fn step(&self, delta: isize) {
        let count = self.live.last() + 1;
        self.go(crate::stepping::step_within(
            count,
            self.live.phase(),
            delta,
        ));
    }

    fn play(self: &Rc<Self>) {
        if self.live.phase() >= self.live.last() {
            self.live.show_phase(0);
        }
        if !self.playing.replace(true) {
            dom::show_playing(true);
        }
        self.schedule(self.run.get());
    }

    fn schedule(self: &Rc<Self>, run: u32) {
        let player = Rc::clone(self);
        browser::after(PLAY_PACE_MS, move || {
            if player.run.get() != run {
                return;
            }
            let next = (player.live.phase() + 1).min(player.live.last());
            player.live.show_phase(next);
            if next == player.live.last() {
                player.stop();
            } else {
                player.schedule(run);
            }
        });
    }
}

/// Wires every phase control on the page to `live`, through a player.
pub fn wire(live: &Rc<Live>) {
    let player = Player::new(Rc::clone(live));
    // The page leaves the control disabled until now: it works from here.
    if let Some(app) = dom::app() {
        for control in dom::all(&app, hooks::CONTROL) {
            for input in dom::all(&control, "[disabled]") {
                let _ = input.remove_attribute("disabled");
            }
        }
    }
    let on = |kind: &str,
              selector: &'static str,
              act: fn(&Rc<Player>, &web_sys::Event, web_sys::Element)| {
        let player = Rc::clone(&player);
        browser::delegate(kind, selector, move |ev, el| act(&player, ev, el));
    };
    on("input", hooks::SLIDER, |player, _, slider| {
        if let Some(index) = slider
            .dyn_ref::<web_sys::HtmlInputElement>()
            .and_then(|s| s.value().parse::<usize>().ok())
        {
            player.go(index);
        }
    });
    on("keydown", hooks::SLIDER, |player, ev, _| {
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
    on("click", hooks::STEP, |player, _, button| {
        if let Some(delta) = number(&button, hooks::STEP_BY) {
            player.step(delta);
        }
    });
    on("click", hooks::TICK, |player, _, tick| {
        if let Some(index) = number(&tick, hooks::TICK_INDEX) {
            player.go(index);
        }
    });
    on("click", hooks::PLAY, |player, _, _| {
        if player.playing.get() {
            player.stop()
        } else {
            player.play()
        }
    });
}

/// An element's numeric attribute.
fn number<T: std::str::FromStr>(el: &web_sys::Element, name: &str) -> Option<T> {
    el.get_attribute(name)?.parse().ok()
}
