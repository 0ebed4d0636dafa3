//! The list of every source, each with an id to link to, and the credits.

use leptos::prelude::*;

use super::citation::SourceReference;
use super::ids::id;
use crate::story::{Lang, STORY};
use crate::text;

/// The sources and the credit line.
#[component]
pub fn SourcesFooter(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    let heading = id(lang, "sources-title");
    let labelled_by = heading.clone();
    view! {
        <footer class="sources" aria-labelledby=labelled_by>
            <h2 id=heading>{ui.sources_heading}</h2>
            <ol class="sources__list">
                {STORY
                    .sources
                    .iter()
                    .map(|source| {
                        view! {
                            <li id=id(lang, &format!("source-{}", source.key))>
                                <SourceReference source lang />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="credits">{ui.credits}</p>
        </footer>
    }
}
