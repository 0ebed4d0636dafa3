//! The few places the app touches the browser outside the page's content:
//! the URL, timers, the clipboard, event delegation, and what a panic
//! leaves behind. Every call tolerates failure (a sandboxed frame may
//! refuse history or the clipboard); none of them can break the page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Window};

use protocol::hooks;

use super::dom;
use crate::url_state::{self, UrlState};

/// The page's window. The app runs only in a page, where there is one.
pub fn window() -> Window {
    web_sys::window().expect("the app runs in a window")
}

/// The page's document.
pub fn document() -> Document {
    window().document().expect("the window has a document")
}

/// The query string of the page's own URL ("" if unavailable).
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's own fragment (`#…`, e.g. WordPress's `#?secret=…`), or "".
fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Rewrites the page's URL for `state` without adding a history entry
/// (inside an iframe a new entry would hijack the host's back button),
/// keeping its other parameters and its fragment. A frame that may not
/// touch its history (an opaque sandbox) keeps its URL.
pub fn replace_url(state: &UrlState, ids: &[String]) {
    let query = url_state::merge(&current_query(), state, ids);
    let fragment = current_fragment();
    if let Ok(history) = window().history() {
        let url = [query.as_str(), fragment.as_str()].concat();
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The query (with its `?`) that the language links carry for `state`: a
/// reader who switches keeps the phase. Each link leads to a page in its
/// own language, so the state names none (a `lang` would send the reader
/// back); the fragment (WordPress's secret) is added by embed.js on the
/// click.
pub fn language_link_query(state: &UrlState, ids: &[String]) -> String {
    let elsewhere = UrlState {
        lang: Default::default(),
        ..*state
    };
    ["?", &url_state::share_query(&elsewhere, ids)].concat()
}

/// Whether the page is laid out as the static story (`<html class="no-app">`):
/// embed.js gave up waiting for the app, or the app cannot run here.
pub fn static_story_shown() -> bool {
    document()
        .document_element()
        .is_some_and(|html| html.class_list().contains(hooks::NO_APP))
}

/// A link that reopens the page in `state`, without host-specific parameters.
pub fn share_link(state: &UrlState, ids: &[String]) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    [
        origin.as_str(),
        &path,
        "?",
        &url_state::share_query(state, ids),
    ]
    .concat()
}

/// Runs `then` once, after `ms` milliseconds, on the browser's task queue.
pub fn after(ms: i32, then: impl FnOnce() + 'static) {
    after_boxed(ms, Box::new(then));
}

// One copy of the timer's glue for every caller (boxed, not generic): the
// browser compiles each function of the wasm on its first call, so fewer
// copies mean less to compile as the app starts.
fn after_boxed(ms: i32, then: Box<dyn FnOnce()>) {
    let callback = Closure::once_into_js(then);
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
}

/// Runs `then` once, in a task after the browser's next frame.
pub fn after_next_frame(then: impl FnOnce() + 'static) {
    let frame = Closure::once_into_js(move || after(0, then));
    let _ = window().request_animation_frame(frame.unchecked_ref());
}

/// Whether the page is parsed (its ready state is past "loading": from
/// just before DOMContentLoaded).
pub fn page_parsed() -> bool {
    document().ready_state() != "loading"
}

/// Runs `then` once the page is parsed: now, or at DOMContentLoaded.
pub fn when_parsed(then: impl FnOnce() + 'static) {
    if page_parsed() {
        then();
    } else {
        let parsed = Closure::once_into_js(then);
        let _ =
            document().add_event_listener_with_callback("DOMContentLoaded", parsed.unchecked_ref());
    }
}

/// Asks the browser to put `text` on the clipboard: the promise of its
/// answer, or `None` where there is no clipboard to ask (some frames have
/// no clipboard object at all, and calling it would throw; others have one
/// their host's permissions policy forbids, and asking would only log a
/// violation).
pub fn write_clipboard(text: &str) -> Option<js_sys::Promise> {
    let clipboard = window().navigator().clipboard();
    if JsValue::from(clipboard.clone()).is_undefined() || !policy_allows("clipboard-write") {
        return None;
    }
    Some(clipboard.write_text(text))
}

/// Whether the document's permissions policy allows `feature`, where the
/// browser can say (Chromium's `document.featurePolicy`); elsewhere, yes.
fn policy_allows(feature: &str) -> bool {
    let policy = js_sys::Reflect::get(&document(), &JsValue::from_str("featurePolicy"))
        .unwrap_or(JsValue::UNDEFINED);
    let allows = js_sys::Reflect::get(&policy, &JsValue::from_str("allowsFeature"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match allows {
        Some(allows) => allows
            .call1(&policy, &JsValue::from_str(feature))
            .map_or(true, |answer| answer.as_bool() != Some(false)),
        None => true,
    }
}

/// Calls `handler` with the event and the element matching `selector` it
/// happened in, for every `kind` event inside `#app`.
pub fn delegate(
    kind: &str,
    selector: &'static str,
    handler: impl Fn(&web_sys::Event, web_sys::Element) + 'static,
) {
    delegate_boxed(kind, selector, Box::new(handler));
}

/// What a delegated listener calls: the event and the element it matched.
type Handler = Box<dyn Fn(&web_sys::Event, web_sys::Element)>;

// One copy of the listener's glue for every kind of event (see after_boxed).
fn delegate_boxed(kind: &str, selector: &'static str, handler: Handler) {
    let Some(app) = dom::app() else {
        return;
    };
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(selector).ok().flatten());
        if let Some(el) = target {
            handler(&ev, el);
        }
    });
    let _ = app.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    listener.forget();
}

/// After a panic the app may be half-done: lay the page out as the static
/// story (every phase shown, controls hidden) rather than leave it broken.
pub fn show_static_story() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.class_list().add_1(hooks::NO_APP);
    }
    if let Some(app) = document.get_element_by_id(hooks::APP_ID) {
        for phase in dom::all(&app, hooks::PHASE) {
            let _ = phase.remove_attribute("hidden");
        }
    }
}
