//! The whole explainer: one phase signal drives every panel.

use leptos::prelude::*;

use super::{browser, BorderMap, CopyLink, CountsPanel, PhasePanel, PhaseSlider, SourcesList};
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
    let state = Signal::derive(move || UrlState {
        phase: phase.get(),
        ..initial
    });
    // Keep the page's own URL in step, so a reload or a copied address
    // reopens the same phase.
    Effect::new(move |_| browser::replace_url(&state.get()));
    let era = Signal::derive(move || timeline::era_at(phase.get()));
    // A brief, polite announcement of each phase change (title and dates),
    // rather than re-reading the whole panel.
    let announcement = move || {
        let p = timeline::phase(phase.get());
        format!("{}, {}", p.title, text::span(p.span))
    };

    view! {
        <div class="explainer">
            <header class="masthead">
                <p class="kicker">{text::KICKER}</p>
                <h1>{text::TITLE}</h1>
                <p class="dek">{text::DEK}</p>
            </header>
            <PhaseSlider phase=phase set_phase=set_phase />
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p>
            <div class="stage">
                <BorderMap phase=phase />
                <div class="stage__text">
                    <PhasePanel phase=phase />
                    <CopyLink state=state />
                </div>
            </div>
            <CountsPanel era=era />
            <SourcesList />
        </div>
    }
}
