//! The whole explainer. The phase signal drives every panel finely; the
//! language redraws the page once when it changes (rare), which keeps the
//! download small.

use leptos::prelude::*;

use super::{
    browser, BorderMap, CopyLink, CountsPanel, LangContext, LanguageSwitch, PhasePanel,
    PhaseSlider, SourcesList,
};
use crate::url_state::UrlState;
use crate::{text, timeline};

/// The explainer, from the title to the list of sources.
#[component]
pub fn App(
    /// The state the page opens in, from its URL.
    #[prop(optional)]
    initial: UrlState,
) -> impl IntoView {
    let (phase, set_phase) = signal(timeline::clamp(initial.phase));
    let phase: Signal<usize> = phase.into();
    let (lang, set_lang) = signal(initial.lang);
    let lang: Signal<_> = lang.into();
    let state = Signal::derive(move || UrlState {
        phase: phase.get(),
        lang: lang.get(),
        theme: initial.theme,
    });
    // Keep the page's own URL in step, so a reload or a copied address
    // reopens the same phase; keep <html lang> and the title in the language.
    Effect::new(move |_| browser::replace_url(&state.get()));
    Effect::new(move |_| browser::set_language(lang.get()));
    browser::set_theme(initial.theme);
    // A brief, polite announcement of each phase change (title and dates),
    // rather than re-reading the whole panel. Outside the part a change of
    // language redraws; that change re-announces the phase in the new language.
    let announcement = move || text::announcement(timeline::phase(phase.get()), lang.get());

    view! {
        <div class="explainer">
            <header class="masthead">
                <div class="masthead__top">
                    <p class="kicker">{move || text::ui(lang.get()).kicker}</p>
                    <LanguageSwitch lang=lang set_lang=set_lang />
                </div>
                <h1>{move || text::ui(lang.get()).title}</h1>
                <p class="dek">{move || text::ui(lang.get()).dek}</p>
            </header>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p>
            {move || {
                provide_context(LangContext(lang.get()));
                view! {
                    <PhaseSlider phase=phase set_phase=set_phase />
                    <div class="stage">
                        <BorderMap phase=phase />
                        <div class="stage__text">
                            <PhasePanel phase=phase />
                            <CopyLink state=state />
                        </div>
                    </div>
                    <CountsPanel era=Signal::derive(move || timeline::era_at(phase.get())) />
                    <SourcesList />
                }
            }}
        </div>
    }
}
