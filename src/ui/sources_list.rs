//! The full list of sources and the credits, at the foot of the page.

use leptos::prelude::*;

use super::citation::SourceReference;
use super::use_lang;
use crate::story::STORY;
use crate::text;

/// Every document the explainer draws on, with outlet, title and date.
#[component]
pub fn SourcesList() -> impl IntoView {
    let ui = text::ui(use_lang());
    view! {
        <footer class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ui.sources_heading}</h2>
            <ol class="sources__list">
                {STORY
                    .sources
                    .iter()
                    .map(|s| view! { <li id=format!("source-{}", s.key)><SourceReference source=s /></li> })
                    .collect_view()}
            </ol>
            <p class="credits">{ui.credits}</p>
        </footer>
    }
}
