//! Citations: a disclosure naming the outlets that opens on the full
//! references (outlet, title, date), any short quotation, and how a date the
//! sources do not state is known; and a source's reference line, also used
//! by the list of sources.

use leptos::prelude::*;

use crate::story::{DateBasis, Lang, Quote, Source, SourceId, STORY};
use crate::text;

/// One source as a reference line: outlet, title, authors, date, notes.
#[component]
pub fn SourceReference(
    /// The source.
    source: &'static Source,
    lang: Lang,
) -> impl IntoView {
    // A headline keeps its own language: tell assistive technology so.
    let title_lang = source.headline.then_some("en");
    let byline = text::byline(source, lang).map(|by| format!(", {by}"));
    let date_note = (source.date.basis != DateBasis::Reported).then(|| {
        view! { " " <span class="ref__note">{source.date.note.get(lang)}</span> }
    });
    let note = (!source.note.is_empty()).then(|| {
        view! { " " <span class="ref__note">{source.note.get(lang)}</span> }
    });
    view! {
        <span class="ref">
            <strong class="ref__outlet">{source.outlet.get(lang)}</strong>
            ", "
            <cite class="ref__title" lang=title_lang>{text::source_title(source, lang)}</cite>
            {byline}
            ", "
            <time class="ref__date" datetime=source.date.date.to_string()>
                {text::source_dates(source, lang)}
            </time>
            "."
            {date_note}
            {note}
        </span>
    }
}

/// A short quotation with its speaker and where it was reported. Where the
/// English is already a translation, Spanish paraphrases it without
/// quotation marks, and the speaker line says so.
#[component]
pub fn Quotation(quote: &'static Quote, lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    let via = format!("{} {}", ui.via, STORY.source(quote.source).outlet.get(lang));
    if quote.paraphrase_es && lang == Lang::Es {
        view! {
            <figure class="quote quote--paraphrase">
                <p>{quote.text.get(lang)}</p>
                <figcaption>{format!("— {}, {via}", quote.speaker.get(lang))}</figcaption>
            </figure>
        }
        .into_any()
    } else {
        view! {
            <figure class="quote">
                <blockquote>
                    <p>{format!("“{}”", quote.text.get(lang))}</p>
                </blockquote>
                <figcaption>
                    {format!("— {}, {via}{}", quote.speaker.get(lang), ui.our_translation)}
                </figcaption>
            </figure>
        }
        .into_any()
    }
}

/// A citation: a disclosure naming the outlets, opening on the full
/// references, any quotation, and how a date not stated by the sources is
/// known.
#[component]
pub fn Citation(
    /// The sources cited, in the order the story lists them.
    sources: &'static [SourceId],
    /// A short quotation from one of them, if any.
    #[prop(default = None)]
    quote: Option<&'static Quote>,
    /// How a date the sources do not state is known, if one is shown.
    #[prop(default = None)]
    about_date: Option<&'static str>,
    lang: Lang,
) -> impl IntoView {
    let ui = text::ui(lang);
    let cited: Vec<&'static Source> = sources.iter().map(|&id| STORY.source(id)).collect();
    let label = if cited.len() > 1 {
        ui.source_many
    } else {
        ui.source_one
    };
    let outlets = text::outlets(&cited, lang);
    view! {
        <details class="cite">
            <summary>
                <span class="cite__label">{format!("{label}: ")}</span>
                <span class="cite__outlets">{outlets}</span>
            </summary>
            <div class="cite__body">
                {quote.map(|quote| view! { <Quotation quote lang /> })}
                {about_date
                    .map(|note| {
                        view! { <p class="cite__date">{format!("{} {note}", ui.date_note)}</p> }
                    })}
                <ul class="cite__list">
                    {cited
                        .into_iter()
                        .map(|source| view! { <li><SourceReference source lang /></li> })
                        .collect_view()}
                </ul>
            </div>
        </details>
    }
}
