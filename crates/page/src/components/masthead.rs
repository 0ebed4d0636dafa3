//! The masthead: kicker, language switch, title, dek, the day the story was
//! last updated, and (without the app) a note that this is the text version.

use leptos::prelude::*;

use crate::story::{Lang, PartialDate, STORY};
use crate::text;

/// Kicker, language switch, title, dek and the day of the last update.
#[component]
pub fn Masthead(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    view! {
        <header class="masthead">
            <div class="masthead__top">
                <p class="kicker">{ui.kicker}</p>
                <nav class="lang" aria-label=ui.language>
                    <LanguageLink choice=Lang::En name="English" current=lang />
                    <LanguageLink choice=Lang::Es name="Español" current=lang />
                </nav>
            </div>
            <h1>{ui.title}</h1>
            <p class="dek">{ui.dek}</p>
            <UpdatedLine date=STORY.updated lang />
            <p class="static-note">{ui.static_note}</p>
        </header>
    }
}

/// "Updated November 30, 2026" / "Actualizado el 30 de noviembre de 2026",
/// the date in a `<time>` a machine can read.
#[component]
pub fn UpdatedLine(
    /// The day the story was last updated (always known to the day).
    date: PartialDate,
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <p class="updated">
            {text::ui(lang).updated}
            " "
            <time datetime=date.to_string()>{text::date(date, lang)}</time>
        </p>
    }
}

/// The address of `to`'s page from `from`'s page: each language has a page
/// of its own (English at the root, Spanish in `es/`), linked relatively so
/// the site works from any folder.
pub fn page_from(from: Lang, to: Lang) -> &'static str {
    match (from, to) {
        (Lang::En, Lang::En) | (Lang::Es, Lang::Es) => "./",
        (Lang::En, Lang::Es) => "es/",
        (Lang::Es, Lang::En) => "../",
    }
}

/// A link to one language's page; the page shown is marked current. It
/// works without the app; with it, the live layer keeps the phase in it.
#[component]
fn LanguageLink(
    /// The language this link leads to.
    choice: Lang,
    /// Its name, in its own language.
    name: &'static str,
    /// The language of the page the switch is in.
    current: Lang,
) -> impl IntoView {
    view! {
        <a
            class="lang__option"
            lang=choice.key()
            hreflang=choice.key()
            href=page_from(current, choice)
            aria-current=(choice == current).then_some("page")
        >
            {name}
        </a>
    }
}
