//! Starts the live layer on the page the build wrote (one language per
//! page): reads the phases and words from it, opens it in the URL's state
//! (`live`), and wires the phase control, the copy link and the map's
//! places to that state.

use std::rc::Rc;

use protocol::hooks;
use wasm_bindgen::JsCast;

use super::dom::{self, LiveTree};
use super::live::{Live, Page};
use super::{browser, copy_link, phase_control, place_picker};
use crate::tap::Tap;
use crate::url_state;

/// Starts the explainer: the URL's state, the tree made live, and every
/// later change of phase or place in focus. It may run before the page is
/// parsed (at assets/start-point.js, right after the phase control: all of
/// `protocol::hooks::AT_START`), so the control works from its first
/// paint. As little as can be is done before the page is live: the page
/// already shows a phase, and its listeners are on `#app` (they work for the
/// map, the phases and the copy link the parser adds inside it later); what
/// a change needs is read after the first frame, once the page is parsed.
pub fn start() {
    // A panic leaves the static story, and says why in the console (the
    // message and where; no JavaScript stack, which console_error_panic_hook
    // added at the cost of its formatting code).
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        browser::show_static_story();
    }));
    // Where the app was too late (embed.js gave up waiting and laid the
    // page out as the static story), the reader keeps the static story.
    if browser::static_story_shown() {
        return;
    }
    let root = dom::tree().expect("the page holds the explainer (#app > main)");
    let ids = dom::phase_ids(&root);
    assert!(!ids.is_empty(), "the page lists the phases");
    let state = url_state::parse(&browser::current_query(), &ids);
    let page = Page {
        tree: LiveTree::open(&root, ids.clone(), dom::phase_shown_before_start(&ids)),
        lang: dom::page_lang(),
        root,
        ids,
    };
    let live = Live::open(page, state);

    wire_places(&live);
    // A language link leads to the phase shown, however quick the reader:
    // brought up to date as it is pressed (any button: a middle click, a
    // context menu's "open in new tab" or "copy link", a drag), focused
    // (the keyboard) or clicked.
    for kind in ["pointerdown", "focusin", "click"] {
        let switching = Rc::clone(&live);
        browser::delegate(kind, hooks::LANG_OPTION, move |_, _| {
            switching.keep_phase_in_language_links();
        });
    }
    copy_link::wire(&live);
    phase_control::wire(&live);

    if let Some(app) = dom::app() {
        let _ = app.set_attribute(hooks::STARTED, "");
    }
    // For the benchmark (bench/run.mjs): the moment the explainer is live.
    if let Some(performance) = browser::window().performance() {
        let _ = performance.mark("explainer-ready");
    }
    // What the first change needs, read once the live page has been drawn
    // and the whole page parsed (the app may start before: assets/
    // start-point.js), or by the first change itself, if the reader is
    // quicker.
    browser::after_next_frame(move || browser::when_parsed(move || live.catch_up()));
}

/// The map's places: focus or pointer puts one in focus; a tap near several
/// asks which one (see place_picker).
fn wire_places(live: &Rc<Live>) {
    let select = |live: &Rc<Live>| {
        let live = Rc::clone(live);
        move |_: &web_sys::Event, place: web_sys::Element| {
            if let Some(id) = place.get_attribute(hooks::PLACE_ID) {
                live.select(Some(id));
            }
        }
    };
    browser::delegate("focusin", hooks::PLACE, select(live));
    browser::delegate("mouseover", hooks::PLACE, select(live));
    let (tapped, on_place) = (Rc::clone(live), select(live));
    browser::delegate("click", hooks::PLACE, move |ev, place| {
        let Some(tap) = ev.dyn_ref::<web_sys::MouseEvent>() else {
            return on_place(ev, place);
        };
        let (x, y) = (f64::from(tap.client_x()), f64::from(tap.client_y()));
        let root = tapped.root();
        match place_picker::tap_at(root, x, y) {
            Tap::Away => on_place(ev, place),
            Tap::Place(id) => tapped.select(Some(id)),
            // Until the place table is parsed there are no names to offer:
            // the place under the finger is taken.
            Tap::Choice(ids) => match place_picker::ask(root, &ids, tapped.phase()) {
                Some(()) => tapped.select(None),
                None => on_place(ev, place),
            },
        }
    });
    let picked = Rc::clone(live);
    browser::delegate("click", hooks::PICK_SELECTOR, move |_, button| {
        picked.select(button.get_attribute(hooks::PICK));
    });
}
