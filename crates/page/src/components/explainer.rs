//! The whole explainer in one language ([`Explainer`]), and the page's
//! root with it and the map outlines ([`App`]). Each language has a page of
//! its own: English at the site's root, Spanish in `es/`.
//!
//! One page serves both kinds of reader. It is laid out as the app from
//! the first paint (no layout shift when the app arrives), and the app
//! shows one phase at a time. Without JavaScript, or where the app cannot
//! start (`<html class="no-app">`), the `live-only` parts are hidden and
//! every phase is listed in turn: the static story.

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use protocol::hooks::{self, CopyWord};

use super::corrections::CorrectionsSection;
use super::counts::CountsSection;
use super::map::{MapGeometry, MapKey, MapSection};
use super::masthead::Masthead;
use super::phase::PhaseSection;
use super::phase_control::PhaseControl;
use super::sources::SourcesFooter;
use crate::site::Site;
use crate::story::{Lang, STORY};
use crate::{text, timeline};

/// The root the live layer finds (`#app`): the map outlines, then the
/// explainer in the page's language (each language has a page of its own).
#[component]
pub fn App(lang: Lang) -> impl IntoView {
    view! {
        <div id=protocol::hooks::APP_ID>
            <MapGeometry />
            <Explainer lang />
        </div>
    }
}

/// The explainer in one language, in its own `<main data-lang>`.
#[component]
pub fn Explainer(lang: Lang) -> impl IntoView {
    let ui = text::ui(lang);
    // What the copy link's status may say, as attributes of its block.
    let copy_words: Vec<AnyAttribute> = CopyWord::ALL
        .into_iter()
        .map(|word| custom_attribute(word.attr(), text::copy_word(ui, word)).into_any_attr())
        .collect();
    let phase_ids = STORY
        .phases
        .iter()
        .map(|p| p.id)
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <main
            class="explainer"
            lang=lang.key()
            data-lang=lang.key()
            data-title=ui.document_title
            data-phases=phase_ids
        >
            <Masthead lang />
            <p class="visually-hidden live-only announce" aria-live="polite" aria-atomic="true"></p>
            <PhaseControl lang />
            // The app may start here (hooks::AT_START is all above): the
            // control works while the rest is parsed.
            <script src=format!("{}{}", Site::to_root(lang), hooks::START_POINT_SCRIPT)></script>
            <div class="stage">
                <MapSection lang />
                // The copy link comes first: the phases below share one
                // height (the tallest), so a link after them would float
                // far below a short phase.
                <div class="stage__text">
                    <div class="share live-only" {..copy_words}>
                        <button type="button" class="share__button">{ui.copy_link}</button>
                        <span class="share__status" role="status"></span>
                        <input class="share__link" type="text" readonly aria-label=ui.link_label hidden />
                    </div>
                    <div class="phases">
                        {(0..timeline::phase_count())
                            .map(|index| view! { <PhaseSection index lang /> })
                            .collect_view()}
                    </div>
                </div>
                <MapKey lang />
            </div>
            <CountsSection lang />
            <CorrectionsSection lang corrections=STORY.corrections />
            <SourcesFooter lang />
        </main>
    }
}
