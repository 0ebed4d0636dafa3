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
    let ui = text::ui(lang);
    let cited: Vec<&'static Source> = sources.iter().map(|&id| STORY.source(id)).collect();
    let label = if cited.len() > 1 {
        ui.source_many
    } else {
        ui.source_one
    };
    let names = text::outlets(&cited, lang);
    view! {
        <details class="cite">
            <summary>
                <span class="cite__label">{label}": "</span>
                <span class="cite__outlets">{names}</span>
            </summary>
            <div class="cite__body">
                {quote
                    .map(|q| {
                        let caption = format!(
                            "— {}, {} {}{}",
                            q.speaker.get(lang),
                            ui.via,
                            STORY.source(q.source).outlet.get(lang),
                            ui.our_translation,
                        );
                        view! {
                            <figure class="quote">
                                <blockquote>
                                    <p>"“"{q.text.get(lang)}"”"</p>
                                </blockquote>
                                <figcaption>{caption}</figcaption>
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
    let byline = text::byline(source, lang).map(|by| format!(", {by}"));
    let note = (!source.note.is_empty()).then(|| format!(" {}", source.note.get(lang)));
    view! {
        <span class="ref">
            <strong class="ref__outlet">{source.outlet.get(lang)}</strong>
            ", "
            <cite class="ref__title" lang=title_lang>{text::source_title(source, lang)}</cite>
            {byline}
            ", "
            <time class="ref__date" datetime=source.date.to_string()>{text::source_dates(source, lang)}</time>
            "."
            {note.map(|note| view! { <span class="ref__note">{note}</span> })}
        </span>
    }
}
