//! The full list of sources and the credits, at the foot of the page.

use leptos::prelude::*;

use super::use_lang;
use crate::{html, text};

/// Every document the explainer draws on, with outlet, title and date.
#[component]
pub fn SourcesList() -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    view! {
        <footer class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ui.sources_heading}</h2>
            <ol class="sources__list" inner_html=html::sources_list(lang, true)></ol>
            <p class="credits">{ui.credits}</p>
        </footer>
    }
}
