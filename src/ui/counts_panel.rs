//! The counts of people sent back: every figure as its source reported it,
//! a bar proportional to each, the era of the current phase highlighted, and
//! the disagreement between sources spelled out.

use leptos::prelude::*;

use super::{use_lang, Citation};
use crate::counts::{self, Bar};
use crate::story::Era;
use crate::text;

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
                .map(|group| view! { <EraCounts group=group current=era /> })
                .collect_view()}
            {compare.map(|line| view! { <p class="counts__compare">{line}</p> })}
        </section>
    }
}

/// One era's figures, highlighted when the phase shown belongs to it.
#[component]
fn EraCounts(
    /// The era these figures belong to.
    group: Era,
    /// The era of the phase shown.
    current: Signal<Era>,
) -> impl IntoView {
    let lang = use_lang();
    let is_current = move || current.get() == group;
    let disagreement = counts::disagreement(group).map(|d| text::disagreement(&d, lang));
    view! {
        <div class="era" class=("era--current", is_current) data-era=group.key()>
            <h3 class="era__heading">
                {text::era_heading(group, lang)}
                <span class="era__badge" hidden=move || !is_current()>{text::ui(lang).phase_shown}</span>
            </h3>
            <ul class="figures">
                {counts::bars(group).into_iter().map(|bar| view! { <FigureRow bar=bar /> }).collect_view()}
            </ul>
            {disagreement.map(|line| view! { <p class="era__disagreement">{line}</p> })}
        </div>
    }
}

/// One reported figure: its words, a proportional bar, who counted, when.
#[component]
fn FigureRow(
    /// The figure and its share of the scale.
    bar: Bar,
) -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    let f = bar.figure;
    // An SVG rect (not an inline style) so the page works under a strict CSP.
    let width = counts::percent(bar.share);
    let end = width.clone();
    let meta = format!(
        "{}. {} {}, {} ",
        f.counted.get(lang),
        ui.counted_by,
        f.counter.get(lang),
        ui.reported
    );
    view! {
        <li class="figure" data-figure=f.id>
            <p class="figure__number">{text::figure(f, lang)}</p>
            <svg class="figure__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="figure__track" x="0" y="0" width="100" height="6" />
                <rect class="figure__fill" x="0" y="0" width=width height="6" />
                // A floor ("more than", "over"): a paler run past the bar's
                // end says the true number is higher, by an unknown amount.
                {f.qualifier
                    .is_lower_bound()
                    .then(|| view! { <rect class="figure__beyond" x=end y="1.5" width="4" height="3" /> })}
            </svg>
            <p class="figure__meta">
                {meta}
                <time datetime=f.reported.to_string()>{text::date(f.reported, lang)}</time>
                "."
            </p>
            <Citation sources=std::slice::from_ref(&f.source) />
        </li>
    }
}
