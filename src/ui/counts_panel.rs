//! The counts of people sent back: every figure as its source reported it
//! (see `html::era_counts`), with the era of the phase shown highlighted.

use leptos::prelude::*;

use super::use_lang;
use crate::story::Era;
use crate::{counts, html, text};

/// The enrollment counts under Trump and under Biden.
#[component]
pub fn CountsPanel(
    /// The era of the phase shown, which is highlighted.
    era: Signal<Era>,
) -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    let compare = counts::same_counter_pair().map(|(t, b)| text::same_counter(t, b, lang));
    view! {
        <section class="counts" aria-labelledby="counts-title">
            <h2 id="counts-title">{ui.counts_heading}</h2>
            <p class="counts__intro">{format!("{} {}", ui.counts_intro, ui.bars_note)}</p>
            {Era::ALL
                .into_iter()
                .map(|group| {
                    view! {
                        <div
                            class="era"
                            class=("era--current", move || era.get() == group)
                            data-era=group.key()
                            inner_html=html::era_counts(group, lang)
                        ></div>
                    }
                })
                .collect_view()}
            {compare.map(|line| view! { <p class="counts__compare">{line}</p> })}
        </section>
    }
}
