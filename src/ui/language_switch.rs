//! English / Español: each button names its language in that language.

use leptos::prelude::*;

use crate::story::Lang;
use crate::text;

/// Switches the whole explainer between English and Spanish.
#[component]
pub fn LanguageSwitch(
    /// The language shown.
    lang: Signal<Lang>,
    /// Where a choice of language is written.
    set_lang: WriteSignal<Lang>,
) -> impl IntoView {
    let button = move |choice: Lang, name: &'static str| {
        view! {
            <button
                type="button"
                class="lang__option"
                lang=choice.key()
                aria-pressed=move || (lang.get() == choice).to_string()
                on:click=move |_| set_lang.set(choice)
            >
                {name}
            </button>
        }
    };
    view! {
        <div class="lang" role="group" aria-label=move || text::ui(lang.get()).language>
            {button(Lang::En, "English")}
            {button(Lang::Es, "Español")}
        </div>
    }
}
