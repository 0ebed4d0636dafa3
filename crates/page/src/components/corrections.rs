//! The corrections to the published story, shown next to the sources: each
//! with the day it was published, what was wrong and what the page says
//! now. A story with no corrections shows nothing here, not an empty heading.

use leptos::prelude::*;

use super::ids::id;
use crate::story::{Correction, Lang};
use crate::text;

/// The corrections, oldest first, under their heading; nothing at all when
/// there are none.
#[component]
pub fn CorrectionsSection(
    /// The page's language.
    lang: Lang,
    /// The corrections to list, oldest first (the story compiler checks
    /// the order); usually `STORY.corrections`.
    corrections: &'static [Correction],
) -> impl IntoView {
    let ui = text::ui(lang);
    (!corrections.is_empty()).then(|| {
        let heading = id(lang, "corrections-title");
        let labelled_by = heading.clone();
        view! {
            <section class="corrections" aria-labelledby=labelled_by>
                <h2 id=heading>{ui.corrections_heading}</h2>
                <ol class="corrections__list">
                    {corrections
                        .iter()
                        .map(|correction| view! { <CorrectionItem correction lang /> })
                        .collect_view()}
                </ol>
            </section>
        }
    })
}

/// One correction: its day, what was wrong, what the page says now.
#[component]
fn CorrectionItem(
    /// The correction to show.
    correction: &'static Correction,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let ui = text::ui(lang);
    view! {
        <li class="correction" id=id(lang, &format!("correction-{}", correction.id))>
            <p class="correction__date">
                <time datetime=correction.date.to_string()>
                    {text::date(correction.date, lang)}
                </time>
            </p>
            <p class="correction__was">
                <span class="correction__label">{ui.correction_was}</span>
                " "
                {correction.was.get(lang)}
            </p>
            <p class="correction__now">
                <span class="correction__label">{ui.correction_now}</span>
                " "
                {correction.now.get(lang)}
            </p>
        </li>
    }
}
