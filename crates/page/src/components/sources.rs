//! The list of every source, each with an id to link to, the links to the
//! data, and the credits.

use leptos::prelude::*;

use super::citation::SourceReference;
use super::ids::id;
use crate::export;
use crate::site::Site;
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
            <DataDownload lang />
            <p class="credits">{ui.credits}</p>
        </footer>
    }
}

/// "Download the data": a link to each file of the data export (in the
/// site's `data/` folder, written by the build), part of the static story.
#[component]
fn DataDownload(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    // The data sits at the site's root; the Spanish page is one folder down.
    let root = Site::to_root(lang);
    let links = export::FILES.iter().enumerate().map(move |(i, (name, _))| {
        let href = format!("{root}{}/{name}", export::FOLDER);
        view! {
            {(i > 0).then_some(" · ")}
            <a class="data__file" href=href download>{*name}</a>
        }
    });
    view! {
        <p class="data">
            {ui.data_download} " " {links.collect_view()} ". " {ui.data_note}
        </p>
    }
}
