//! The full list of sources and the credits, at the foot of the page.

use leptos::prelude::*;

use super::citation::SourceReference;
use super::use_lang;
use crate::story::STORY;
use crate::text;

/// Every document the explainer draws on, with outlet, title and date.
#[component]
pub fn SourcesList() -> impl IntoView {
    let lang = use_lang();
    view! {
        <footer class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{move || text::ui(lang.get()).sources_heading}</h2>
            <ol class="sources__list">
                {STORY
                    .sources
                    .iter()
                    .map(|s| view! { <li id=format!("source-{}", s.key)><SourceReference source=s /></li> })
                    .collect_view()}
            </ol>
            <p class="credits">{move || text::ui(lang.get()).credits}</p>
        </footer>
    }
}
