//! The few places the app touches the browser outside the page's content:
//! the URL, the document's language and title, the clipboard, and what a
//! panic leaves behind. Every call tolerates failure (a sandboxed frame may
//! refuse history or the clipboard); none of them can break the page.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use protocol::hooks;
use protocol::Lang;

use super::dom;
use crate::url_state::{self, UrlState};

/// The query string of the page's own URL ("" if unavailable).
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Rewrites the page's URL for `state` without adding a history entry:
/// inside an iframe a new entry would hijack the host's back button.
pub fn replace_url(state: &UrlState, ids: &[String]) {
    let query = url_state::merge(&current_query(), state, ids);
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&query));
    }
}

/// Puts the language on `<html lang>` and the tree's title on the document.
pub fn set_language(lang: Lang, title: &str) {
    let document = document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.key());
    }
    if !title.is_empty() {
        document.set_title(title);
    }
}

/// A link that reopens the page in `state`, without host-specific parameters.
pub fn share_link(state: &UrlState, ids: &[String]) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}?{}", url_state::share_query(state, ids))
}

/// Copies text to the clipboard, then calls `done(true)`, or `done(false)`
/// if the browser refused.
pub fn copy_text(text: &str, done: impl Fn(bool) + Copy + 'static) {
    let promise = window().navigator().clipboard().write_text(text);
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done(true));
    let refused = Closure::<dyn FnMut(JsValue)>::new(move |_| done(false));
    let _ = promise.then2(&ok, &refused);
    // One settles, once: two small closures per click are left to the GC.
    ok.forget();
    refused.forget();
}

/// Calls `handler` with the event and the element matching `selector` it
/// happened in, for every `kind` event inside `#app`.
pub fn delegate(
    kind: &str,
    selector: &'static str,
    handler: impl Fn(&web_sys::Event, web_sys::Element) + 'static,
) {
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
