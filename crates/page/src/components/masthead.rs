//! The masthead: kicker, language switch, title, dek, and (without the app)
//! a note that this is the text version.

use leptos::prelude::*;

use crate::story::Lang;
use crate::text;

/// Kicker, language switch, title and dek.
#[component]
pub fn Masthead(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    view! {
        <header class="masthead">
            <div class="masthead__top">
                <p class="kicker">{ui.kicker}</p>
                <div class="lang live-only" role="group" aria-label=ui.language>
                    <LanguageOption choice=Lang::En name="English" current=lang />
                    <LanguageOption choice=Lang::Es name="Español" current=lang />
                </div>
            </div>
            <h1>{ui.title}</h1>
            <p class="dek">{ui.dek}</p>
            <p class="static-note">{ui.static_note}</p>
        </header>
    }
}

/// One button of the language switch, pressed when it is the language shown.
#[component]
fn LanguageOption(
    /// The language this button switches to.
    choice: Lang,
    /// Its name, in its own language.
    name: &'static str,
    /// The language of the tree the switch is in.
    current: Lang,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="lang__option"
            lang=choice.key()
            aria-pressed=if choice == current { "true" } else { "false" }
        >
            {name}
        </button>
    }
}
