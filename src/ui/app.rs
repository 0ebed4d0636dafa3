//! Starts the live layer on the page the build wrote (one language per
//! page): reads the phases and words from it, keeps the phase as a signal,
//! shows each phase's attributes, wires the phase control, keeps the phase
//! in the language links, and wires the copy link.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use protocol::hooks;
use wasm_bindgen::JsCast;

use super::dom::{self, LiveTree, PhaseInfo};
use super::{browser, copy_link, phase_control, place_picker, Player};
use crate::tap::Tap;
use crate::url_state::{self, UrlState};

/// How long the reader must pause before the URL follows and the phase is
/// announced.
const URL_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// What the app reads from the page once and keeps while the page lives.
struct Page {
    /// The phase ids, in story order (for the URL).
    ids: Vec<String>,
    phases: Vec<PhaseInfo>,
    tree: LiveTree,
}

/// Starts the explainer: the URL's state, both trees made live, and every
/// later change of phase, language or place in focus.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_static_story();
    }));
    // Where the app was too late (embed.js gave up waiting and laid the
    // page out as the static story), the reader keeps the static story.
    if browser::static_story_shown() {
        return;
    }
    // Effects run on the browser's task queue (Leptos's executor; the app
    // mounts no view that would set it up).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let root = dom::tree().expect("the page holds the explainer (#app > main)");
    let phases = dom::phases(&root);
    let count = phases.len();
    assert!(count > 0, "the page lists the phases");
    let lang = dom::page_lang();
    // Shared by the effects below (a plain owned value; it lives as long as
    // the page, and nothing here leaves the main thread).
    let page = Rc::new(RefCell::new(Page {
        ids: phases.iter().map(|p| p.id.clone()).collect(),
        phases,
        tree: LiveTree::read().expect("the tree was found above"),
    }));
    let initial = url_state::parse(&browser::current_query(), &page.borrow().ids);

    let (phase, set_phase) = signal(initial.phase.min(count - 1));
    let phase: Signal<usize> = phase.into();
    let (selected, set_selected) = signal(None::<String>);
    let state = Signal::derive(move || UrlState {
        phase: phase.get(),
        lang,
        theme: initial.theme,
    });
    let player = Player::new(phase, set_phase, count);
    copy_link::wire(&root, state);

    // The phase: every per-phase attribute of the tree.
    let shown = Rc::clone(&page);
    Effect::new(move |_| {
        let index = phase.get();
        shown.borrow_mut().tree.show(index);
    });
    // The language links keep the phase at once (a reader may switch at
    // any moment).
    let linked = Rc::clone(&page);
    Effect::new(move |_| {
        browser::keep_state_in_language_links(&state.get(), &linked.borrow().ids);
    });
    // Once the reader pauses, the URL follows (history.replaceState is the
    // costliest call of a change), and
    // a brief, polite announcement says where they are (title and start),
    // rather than re-reading the whole panel or speaking every step of a
    // run of key presses; none when the page opens.
    let pause_run = StoredValue::new(0u32);
    Effect::new(move |opened: Option<()>| {
        let now = state.get();
        pause_run.update_value(|run| *run = run.wrapping_add(1));
        let run = pause_run.get_value();
        let speak = opened.is_some();
        let page = Rc::clone(&page);
        set_timeout(
            move || {
                if pause_run.try_get_value() != Some(run) {
                    return;
                }
                let page = page.borrow();
                browser::replace_url(&now, &page.ids);
                let said = page.phases.get(now.phase);
                if let (true, Some(said)) = (speak, said) {
                    page.tree.announce(&said.announce);
                }
            },
            URL_PAUSE,
        );
    });
    // The place in focus: its role in the phase shown, and the source.
    Effect::new(move |_| {
        let index = phase.get();
        let Some(id) = selected.get() else { return };
        let Some(root) = dom::tree() else { return };
        if let (Ok(Some(panel)), Some(html)) = (
            root.query_selector(hooks::PLACE_DETAILS),
            dom::place_details(&root, &id, index),
        ) {
            panel.set_inner_html(&html);
        }
    });

    let select = move |_: &web_sys::Event, place: web_sys::Element| {
        let id = place.get_attribute(hooks::PLACE_ID);
        if id.is_some() && selected.get_untracked() != id {
            set_selected.set(id);
        }
    };
    browser::delegate("focusin", hooks::PLACE, select);
    browser::delegate("mouseover", hooks::PLACE, select);
    // A tap near several places asks which one (see place_picker).
    browser::delegate("click", hooks::PLACE, move |ev, place| {
        let (Some(tap), Some(root)) = (ev.dyn_ref::<web_sys::MouseEvent>(), dom::tree()) else {
            return select(ev, place);
        };
        let (x, y) = (f64::from(tap.client_x()), f64::from(tap.client_y()));
        match place_picker::tap_at(&root, x, y) {
            Tap::Away => select(ev, place),
            Tap::Place(id) => {
                if selected.get_untracked().as_deref() != Some(id.as_str()) {
                    set_selected.set(Some(id));
                }
            }
            Tap::Choice(ids) => {
                set_selected.set(None);
                place_picker::ask(&root, &ids, phase.get_untracked());
            }
        }
    });
    browser::delegate("click", hooks::PICK_SELECTOR, move |_, button| {
        set_selected.set(button.get_attribute(hooks::PICK));
    });

    phase_control::wire(player);

    if let Some(app) = dom::app() {
        let _ = app.set_attribute(hooks::STARTED, "");
    }
    // For the benchmark (bench/run.mjs): the moment every panel is live.
    if let Some(performance) = window().performance() {
        let _ = performance.mark("explainer-ready");
    }
}
