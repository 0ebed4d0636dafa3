//! The counts of people MPP reached, by era: every figure as its source
//! worded it, a bar proportional to each, how an era's figures relate, and
//! the era of the phase shown highlighted.

use leptos::prelude::*;
use protocol::PhasedAttr;

use super::citation::Citation;
use super::ids::id;
use super::phased::{each_phase, phased};
use crate::counts::{self, Bar};
use crate::story::{Era, Lang};
use crate::{text, timeline};

/// The counts section.
#[component]
pub fn CountsSection(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    let heading = id(lang, "counts-title");
    let labelled_by = heading.clone();
    let compare = counts::same_counter_pair().map(|(trump, biden)| {
        view! { <p class="counts__compare">{text::same_counter(trump, biden, lang)}</p> }
    });
    view! {
        <section class="counts" aria-labelledby=labelled_by>
            <h2 id=heading>{ui.counts_heading}</h2>
            <p class="counts__intro">{format!("{} {}", ui.counts_intro, ui.bars_note)}</p>
            {Era::ALL.map(|era| view! { <EraCounts era lang /> }).into_iter().collect_view()}
            {compare}
        </section>
    }
}

/// One era's figures, highlighted while a phase of that era is shown.
#[component]
fn EraCounts(era: Era, lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    let class = phased(vec![(
        PhasedAttr::Class,
        each_phase(|i| {
            Some(
                if timeline::era_at(i) == era {
                    "era era--current"
                } else {
                    "era"
                }
                .to_owned(),
            )
        }),
    )]);
    let relation = counts::disagreement(era)
        .map(|d| view! { <p class="era__disagreement">{text::disagreement(&d, lang)}</p> });
    view! {
        <div data-era=era.key() {..class}>
            <h3 class="era__heading">
                {text::era_heading(era, lang)}
                <span class="era__badge">
                    <span class="visually-hidden">": "</span>
                    {ui.phase_shown}
                </span>
            </h3>
            <ul class="figures">
                {counts::bars(era).into_iter().map(|bar| view! { <FigureItem bar lang /> }).collect_view()}
            </ul>
            {relation}
        </div>
    }
}

/// A figure: the number as worded, its bar, what was counted, by whom and
/// when, and its citation.
#[component]
fn FigureItem(bar: Bar, lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    let f = bar.figure;
    let width = counts::percent(bar.share);
    // A floor ("more than", "over"): a small arrowhead cut into the bar's
    // end says the true number is higher, by an amount the source does not
    // give. It sits inside the bar, so it draws no amount of its own and
    // never reaches past a larger figure's bar.
    let beyond = f.qualifier.is_lower_bound().then(|| {
        view! {
            <polygon class="figure__beyond" points="-1.5,1 0,3 -1.5,5" transform=format!("translate({width} 0)") />
        }
    });
    view! {
        <li class="figure" data-figure=f.id>
            <p class="figure__number">{text::figure(f, lang)}</p>
            <svg class="figure__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="figure__track" x="0" y="0" width="100" height="6" />
                <rect class="figure__fill" x="0" y="0" width=width.clone() height="6" />
                {beyond}
            </svg>
            <p class="figure__meta">
                {format!(
                    "{}. {} {} ({} ",
                    f.counted.get(lang),
                    ui.counted_by,
                    f.counter.get(lang),
                    ui.reported,
                )}
                <time datetime=f.reported.to_string()>{text::date(f.reported, lang)}</time>
                ")."
            </p>
            <Citation sources=std::slice::from_ref(&f.source) lang />
        </li>
    }
}
