//! A citation: the outlets named at a glance, the full reference (outlet,
//! title, date) and any short quotation one click, tap or Enter away.

use leptos::prelude::*;

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
    let cited: Vec<&'static Source> = sources.iter().map(|&id| STORY.source(id)).collect();
    let label = if cited.len() == 1 {
        "Source"
    } else {
        "Sources"
    };
    let outlets = text::outlets(&cited);
    view! {
        <details class="cite">
            <summary>
                <span class="cite__label">{label}": "</span>
                <span class="cite__outlets">{outlets}</span>
            </summary>
            <div class="cite__body">
                {quote
                    .map(|q| {
                        let via = STORY.source(q.source).outlet;
                        view! {
                            <figure class="quote">
                                <blockquote>
                                    <p>"“"{q.text}"”"</p>
                                </blockquote>
                                <figcaption>"— "{q.speaker}", via "{via}</figcaption>
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
    view! {
        <span class="ref">
            <strong class="ref__outlet">{source.outlet}</strong>
            ", "
            <cite class="ref__title">{text::source_title(source)}</cite>
            {(!source.authors.is_empty()).then(|| format!(", by {}", source.authors))}
            ", "
            <time class="ref__date" datetime=source.date.to_string()>
                {text::source_dates(source)}
            </time>
            "."
            {(!source.note.is_empty()).then(|| view! { <span class="ref__note">" "{source.note}</span> })}
        </span>
    }
}
