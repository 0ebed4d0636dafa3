//! The few places the app touches the browser outside the reactive graph:
//! the page's URL, the clipboard, mounting, and what a panic leaves behind.
//! Every call tolerates failure (a sandboxed frame may refuse history or the
//! clipboard); none of them can break the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::App;
use crate::story::Lang;
use crate::text;
use crate::url_state::{self, Theme, UrlState};

/// The query string of the page's own URL ("" if unavailable).
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Rewrites the page's URL for `state` without adding a history entry:
/// inside an iframe a new entry would hijack the host's back button.
pub fn replace_url(state: &UrlState) {
    let query = url_state::merge(&current_query(), state);
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query));
    }
}

/// Puts the language on `<html lang>` and in the document's title, and
/// shows the static story (if visible at all) in the same language.
pub fn set_language(lang: Lang) {
    let document = document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.key());
    }
    document.set_title(text::ui(lang).document_title);
}

/// Forces the theme the URL asked for, or leaves it to the reader's system.
pub fn set_theme(theme: Theme) {
    if let Some(html) = document().document_element() {
        let _ = match theme {
            Theme::Auto => html.remove_attribute("data-theme"),
            forced => html.set_attribute("data-theme", forced.key()),
        };
    }
}

/// A link that reopens the page in `state`, without host-specific parameters.
pub fn share_link(state: &UrlState) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}?{}", url_state::share_query(state))
}

/// Copies text to the clipboard; `false` if the browser refused.
pub async fn copy_text(text: String) -> bool {
    let promise = window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Starts the app: reads the URL, mounts into `#app`, then hides the static
/// story in the same task, so the reader never sees both.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_static_story();
    }));
    let document = document();
    let root = document
        .get_element_by_id("app")
        .expect("the page has an #app element to mount into")
        .unchecked_into::<web_sys::HtmlElement>();
    let initial = url_state::parse(&current_query());
    leptos::mount::mount_to(root, move || view! { <App initial=initial /> }).forget();
    if let Some(fallback) = document.get_element_by_id("static-story") {
        let _ = fallback.set_attribute("hidden", "");
    }
    // For the benchmark (bench/run.mjs): the moment every panel is drawn.
    if let Some(performance) = window().performance() {
        let _ = performance.mark("explainer-ready");
    }
}

/// After a panic the app may be half-drawn: show the static story instead
/// of a broken or blank frame.
fn show_static_story() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(fallback) = document.get_element_by_id("static-story") {
        let _ = fallback.remove_attribute("hidden");
    }
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
}
