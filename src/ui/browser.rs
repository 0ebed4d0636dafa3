//! The few places the app touches the browser outside the page's content:
//! the URL, the document's language and title, the clipboard, and what a
//! panic leaves behind. Every call tolerates failure (a sandboxed frame may
//! refuse history or the clipboard); none of them can break the page.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use protocol::hooks;

use super::dom;
use crate::url_state::{self, UrlState};

/// The query string of the page's own URL ("" if unavailable).
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's own fragment (`#…`, e.g. WordPress's `#?secret=…`), or "".
pub fn current_fragment() -> String {
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

/// Points the language links at `state`: a reader who switches keeps the
/// phase. Each link leads to a page in its own language, so the state it
/// carries names none (a `lang` would send the reader back); the fragment
/// (WordPress's secret) is added by embed.js on the click.
pub fn keep_state_in_language_links(state: &UrlState, ids: &[String]) {
    let elsewhere = UrlState {
        lang: Default::default(),
        ..*state
    };
    let shared = format!("?{}", url_state::share_query(&elsewhere, ids));
    dom::keep_state_in_language_links(&shared);
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
    format!("{origin}{path}?{}", url_state::share_query(state, ids))
}

/// Copies text to the clipboard, then calls `done(true)`, or `done(false)`
/// if the browser refused (or has no clipboard here, as in some sandboxed
/// frames). Awaited as a future, so nothing is left behind per click.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let clipboard = window().navigator().clipboard();
    // Some frames have no clipboard object at all: calling it would throw;
    // others have one their host's permissions policy forbids (asking
    // would only log a violation).
    if JsValue::from(clipboard.clone()).is_undefined() || !policy_allows("clipboard-write") {
        done(false);
        return;
    }
    let promise = clipboard.write_text(text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
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
