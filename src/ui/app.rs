//! The whole explainer: one phase signal drives every panel.

use leptos::prelude::*;

use super::{BorderMap, CountsPanel, PhasePanel, PhaseSlider, SourcesList};
use crate::{text, timeline};

/// The explainer, from the title to the list of sources.
#[component]
pub fn App() -> impl IntoView {
    let (phase, set_phase) = signal(0usize);
    let phase: Signal<usize> = phase.into();
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
                <p class="kicker">"Explainer · 2019–2023"</p>
                <h1>"Remain in Mexico"</h1>
                <p class="dek">
                    "How the Migrant Protection Protocols sent asylum seekers back to Mexico to wait for US court hearings, were ended, ordered back by a court, restarted and finally refused by Mexico. Move through the story with the slider; every fact carries its source."
                </p>
            </header>
            <PhaseSlider phase=phase set_phase=set_phase />
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p>
            <div class="stage">
                <BorderMap phase=phase />
                <PhasePanel phase=phase />
            </div>
            <CountsPanel era=era />
            <SourcesList />
        </div>
    }
}
