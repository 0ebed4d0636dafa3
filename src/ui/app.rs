//! Starts the live layer on the page `crate::page` wrote: reads the phases
//! and words from it, keeps the phase and language as signals, writes each
//! phase's attributes, wires the phase control, and mounts the copy link
//! into the language tree shown.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::copy_link::CopyWords;
use super::{browser, page, phase_control, CopyLink, Player};
use crate::story::Lang;
use crate::url_state::{self, UrlState};

/// How long the reader must pause before the URL follows and the phase is
/// announced.
const URL_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// Starts the explainer: the URL's state, both trees made live, and every
/// later change of phase, language or place in focus.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_static_story();
    }));
    let en = page::tree(Lang::En).expect("the page holds the explainer (#app > main)");
    // Each tree's phases, read once (they live as long as the page).
    let by_lang: [&'static [page::PhaseInfo]; 2] = [
        page::phases(&en),
        page::tree(Lang::Es).map_or(&[][..], |es| page::phases(&es)),
    ];
    let phases = by_lang[0];
    assert!(!phases.is_empty(), "the page lists the phases");
    let ids: &'static [&'static str] = Box::leak(
        phases
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let initial = url_state::parse(&browser::current_query(), ids);

    let (phase, set_phase) = signal(initial.phase.min(phases.len() - 1));
    let phase: Signal<usize> = phase.into();
    let (lang, set_lang) = signal(initial.lang);
    let (selected, set_selected) = signal(None::<String>);
    let state = Signal::derive(move || UrlState {
        phase: phase.get(),
        lang: lang.get(),
        theme: initial.theme,
    });
    let player = Player::new(phase, set_phase, phases.len());

    // The copy link in the tree shown; the other language's when the reader
    // first switches to it.
    let mounted = StoredValue::new([false; 2]);
    let mount_once = move |lang: Lang| {
        if mounted.get_value()[lang as usize] {
            return;
        }
        mounted.update_value(|m| m[lang as usize] = true);
        if let Some(root) = page::tree(lang) {
            mount(&root, state, ids);
        }
    };
    mount_once(initial.lang);

    // The language: which tree shows, <html lang>, the title.
    Effect::new(move |_| {
        let lang = lang.get();
        mount_once(lang);
        page::show_language(lang);
        let title = page::tree(lang).and_then(|t| t.get_attribute("data-title"));
        browser::set_language(lang, &title.unwrap_or_default());
    });
    // The phase: every per-phase attribute of the tree shown (the other
    // tree catches up when the reader switches to it).
    Effect::new(move |_| {
        page::apply_phase(lang.get(), phase.get());
    });
    // Once the reader pauses, the URL follows (history.replaceState is the
    // costliest call of a change) and a brief, polite announcement says
    // where they are (title and dates), rather than re-reading the whole
    // panel or speaking every step of a run of key presses; none when the
    // page opens.
    let pause_run = StoredValue::new(0u32);
    Effect::new(move |opened: Option<()>| {
        let now = state.get();
        pause_run.update_value(|run| *run = run.wrapping_add(1));
        let run = pause_run.get_value();
        let speak = opened.is_some();
        set_timeout(
            move || {
                if pause_run.try_get_value() != Some(run) {
                    return;
                }
                browser::replace_url(&now, ids);
                if let Some(info) = by_lang[now.lang as usize].get(now.phase).filter(|_| speak) {
                    page::announce(now.lang, &info.announce);
                }
            },
            URL_PAUSE,
        );
    });
    // The place in focus: its role in the phase shown, and the source.
    Effect::new(move |_| {
        let (index, lang) = (phase.get(), lang.get());
        let Some(id) = selected.get() else { return };
        let Some(root) = page::tree(lang) else { return };
        if let (Ok(Some(panel)), Some(html)) = (
            root.query_selector(".place-details"),
            page::place_details(&root, &id, index),
        ) {
            panel.set_inner_html(&html);
        }
    });

    let select = move |_: &web_sys::Event, place: web_sys::Element| {
        let id = place.get_attribute("data-place");
        if id.is_some() && selected.get_untracked() != id {
            set_selected.set(id);
        }
    };
    browser::delegate("focusin", ".place", select);
    browser::delegate("mouseover", ".place", select);
    browser::delegate("click", ".place", select);
    browser::delegate("click", ".lang__option", move |_, button| {
        let choice = button.get_attribute("lang");
        if let Some(choice) = Lang::ALL
            .into_iter()
            .find(|l| Some(l.key()) == choice.as_deref())
        {
            set_lang.set(choice);
        }
    });

    phase_control::wire(player);

    if let Some(app) = document().get_element_by_id("app") {
        let _ = app.set_attribute("data-started", "");
    }
    // For the benchmark (bench/run.mjs): the moment every panel is live.
    if let Some(performance) = window().performance() {
        let _ = performance.mark("explainer-ready");
    }
}

/// Mounts the copy link into one language's tree.
fn mount(root: &web_sys::Element, state: Signal<UrlState>, ids: &'static [&'static str]) {
    let share = root
        .query_selector(".share")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("the page has a place for the copy link (.share)");
    // The words of a slot are attributes of the slot itself.
    let word = |name: &str| share.get_attribute(name).unwrap_or_default();
    let words: &'static CopyWords = Box::leak(Box::new(CopyWords {
        copy: word("data-copy"),
        copied: word("data-copied"),
        by_hand: word("data-by-hand"),
        link_label: word("data-link-label"),
    }));
    leptos::mount::mount_to(
        share,
        move || view! { <CopyLink words=words state=state ids=ids /> },
    )
    .forget();
}
