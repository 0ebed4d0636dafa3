//! A citation: the outlets named at a glance, the full reference (outlet,
//! title, date) and any short quotation one click, tap or Enter away.

use leptos::prelude::*;

use super::use_lang;
use crate::story::{Quote, Source, SourceId, STORY};
use crate::text;

/// A disclosure naming the sources behind one fact.
#[component]
pub fn Citation(
    /// The sources behind the fact.
    sources: &'static [SourceId],
    /// A short quotation to show with them, if any.
    #[prop(optional_no_strip)]
    quote: Option<&'static Quote>,
) -> impl IntoView {
    let lang = use_lang();
    let cited: Vec<&'static Source> = sources.iter().map(|&id| STORY.source(id)).collect();
    let many = cited.len() > 1;
    let label = move || {
        let ui = text::ui(lang.get());
        if many {
            ui.source_many
        } else {
            ui.source_one
        }
    };
    let names = cited.clone();
    view! {
        <details class="cite">
            <summary>
                <span class="cite__label">{label}": "</span>
                <span class="cite__outlets">{move || text::outlets(&names, lang.get())}</span>
            </summary>
            <div class="cite__body">
                {quote
                    .map(|q| {
                        let via = STORY.source(q.source).outlet;
                        view! {
                            <figure class="quote">
                                <blockquote>
                                    <p>"“"{move || q.text.get(lang.get())}"”"</p>
                                </blockquote>
                                <figcaption>
                                    "— "
                                    {move || q.speaker.get(lang.get())}
                                    ", "
                                    {move || text::ui(lang.get()).via}
                                    " "
                                    {move || via.get(lang.get())}
                                    {move || text::ui(lang.get()).our_translation}
                                </figcaption>
                            </figure>
                        }
                    })}
                <ul class="cite__list">
                    {cited
                        .into_iter()
                        .map(|s| view! { <li><SourceReference source=s /></li> })
                        .collect_view()}
                </ul>
            </div>
        </details>
    }
}

/// One source as a reference line: outlet, title, authors, date, note.
#[component]
pub fn SourceReference(
    /// The source to describe.
    source: &'static Source,
) -> impl IntoView {
    let lang = use_lang();
    // A headline keeps its own language: tell assistive technology so.
    let title_lang = source.headline.then_some("en");
    view! {
        <span class="ref">
            <strong class="ref__outlet">{move || source.outlet.get(lang.get())}</strong>
            ", "
            <cite class="ref__title" lang=title_lang>{move || text::source_title(source, lang.get())}</cite>
            {move || text::byline(source, lang.get()).map(|by| format!(", {by}"))}
            ", "
            <time class="ref__date" datetime=source.date.to_string()>
                {move || text::source_dates(source, lang.get())}
            </time>
            "."
            {(!source.note.is_empty())
                .then(|| view! { <span class="ref__note">" "{move || source.note.get(lang.get())}</span> })}
        </span>
    }
}
