//! Starts the live layer on the page the build wrote: reads the phases and
//! words from it, keeps the phase and language as signals, shows each
//! phase's attributes, wires the phase control, and mounts the copy link
//! into the language tree shown.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use protocol::hooks::{self, CopyWord};
use protocol::Lang;
use wasm_bindgen::JsCast;

use super::copy_link::{CopyLink, CopyWords};
use super::dom::{self, LiveTree, PhaseInfo};
use super::{browser, phase_control, Player};
use crate::url_state::{self, UrlState};

/// How long the reader must pause before the URL follows and the phase is
/// announced.
const URL_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// What the app reads from the page once and keeps while the page lives.
struct Page {
    /// The phase ids, in story order (for the URL).
    ids: Vec<String>,
    /// Each language's phases.
    phases: [Vec<PhaseInfo>; 2],
    /// Each language's tree, once made live.
    trees: [Option<LiveTree>; 2],
}

/// Starts the explainer: the URL's state, both trees made live, and every
/// later change of phase, language or place in focus.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_static_story();
    }));
    let en = dom::tree(Lang::En).expect("the page holds the explainer (#app > main)");
    let phases: [Vec<PhaseInfo>; 2] = [
        dom::phases(&en),
        dom::tree(Lang::Es).map_or_else(Vec::new, |es| dom::phases(&es)),
    ];
    let count = phases[0].len();
    assert!(count > 0, "the page lists the phases");
    // Shared by the effects below (plain owned values; it lives as long as
    // the page, and nothing here leaves the main thread).
    let page = Rc::new(RefCell::new(Page {
        ids: phases[0].iter().map(|p| p.id.clone()).collect(),
        phases,
        trees: [None, None],
    }));
    let initial = url_state::parse(&browser::current_query(), &page.borrow().ids);

    let (phase, set_phase) = signal(initial.phase.min(count - 1));
    let phase: Signal<usize> = phase.into();
    let (lang, set_lang) = signal(initial.lang);
    let (selected, set_selected) = signal(None::<String>);
    let state = Signal::derive(move || UrlState {
        phase: phase.get(),
        lang: lang.get(),
        theme: initial.theme,
    });
    let player = Player::new(phase, set_phase, count);

    // Each tree made live on first use (the other language's when the
    // reader first switches to it), with its copy link.
    let make_live = {
        let page = Rc::clone(&page);
        move |lang: Lang| {
            if page.borrow().trees[lang as usize].is_some() {
                return;
            }
            let tree = LiveTree::read(lang);
            page.borrow_mut().trees[lang as usize] = tree;
            if let Some(root) = dom::tree(lang) {
                mount_copy_link(&root, state);
            }
        }
    };
    make_live(initial.lang);

    // The language: which tree shows, <html lang>, the title.
    Effect::new(move |_| {
        let lang = lang.get();
        make_live(lang);
        dom::show_language(lang);
        let title = dom::tree(lang).and_then(|t| t.get_attribute(hooks::TREE_TITLE));
        browser::set_language(lang, &title.unwrap_or_default());
    });
    // The phase: every per-phase attribute of the tree shown (the other
    // tree catches up when the reader switches to it).
    let shown = Rc::clone(&page);
    Effect::new(move |_| {
        let (lang, index) = (lang.get(), phase.get());
        if let Some(tree) = shown.borrow_mut().trees[lang as usize].as_mut() {
            tree.show(index);
        }
    });
    // Once the reader pauses, the URL follows (history.replaceState is the
    // costliest call of a change) and a brief, polite announcement says
    // where they are (title and start), rather than re-reading the whole
    // panel or speaking every step of a run of key presses; none when the
    // page opens.
    let pause_run = StoredValue::new(0u32);
    Effect::new(move |opened: Option<()>| {
        let now = state.get();
        pause_run.update_value(|run| *run = run.wrapping_add(1));
        let run = pause_run.get_value();
        let speak = opened.is_some();
        let page = Rc::clone(&page);
        set_timeout(
            move || {
                if pause_run.try_get_value() != Some(run) {
                    return;
                }
                let page = page.borrow();
                browser::replace_url(&now, &page.ids);
                let tree = page.trees[now.lang as usize].as_ref();
                let said = page.phases[now.lang as usize].get(now.phase);
                if let (true, Some(tree), Some(said)) = (speak, tree, said) {
                    tree.announce(&said.announce);
                }
            },
            URL_PAUSE,
        );
    });
    // The place in focus: its role in the phase shown, and the source.
    Effect::new(move |_| {
        let (index, lang) = (phase.get(), lang.get());
        let Some(id) = selected.get() else { return };
        let Some(root) = dom::tree(lang) else { return };
        if let (Ok(Some(panel)), Some(html)) = (
            root.query_selector(hooks::PLACE_DETAILS),
            dom::place_details(&root, &id, index),
        ) {
            panel.set_inner_html(&html);
        }
    });

    let select = move |_: &web_sys::Event, place: web_sys::Element| {
        let id = place.get_attribute(hooks::PLACE_ID);
        if id.is_some() && selected.get_untracked() != id {
            set_selected.set(id);
        }
    };
    browser::delegate("focusin", hooks::PLACE, select);
    browser::delegate("mouseover", hooks::PLACE, select);
    browser::delegate("click", hooks::PLACE, select);
    browser::delegate("click", hooks::LANG_OPTION, move |_, button| {
        if let Some(choice) = button
            .get_attribute("lang")
            .as_deref()
            .and_then(Lang::from_key)
        {
            set_lang.set(choice);
        }
    });

    phase_control::wire(player);

    if let Some(app) = dom::app() {
        let _ = app.set_attribute(hooks::STARTED, "");
    }
    // For the benchmark (bench/run.mjs): the moment every panel is live.
    if let Some(performance) = window().performance() {
        let _ = performance.mark("explainer-ready");
    }
}

/// Mounts the copy link into one language's tree, with the words the page
/// left on the place it goes in.
fn mount_copy_link(root: &web_sys::Element, state: Signal<UrlState>) {
    let share = root
        .query_selector(hooks::SHARE)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("the page has a place for the copy link (.share)");
    // Read once per language and kept for the page's life: the component's
    // views then hold `&'static str`, the one text type the rest of the
    // app's views use (an owned `String` here adds a second instance of the
    // renderer's text code to the download).
    let word =
        |w: CopyWord| -> &'static str { share.get_attribute(w.attr()).unwrap_or_default().leak() };
    let words = CopyWords {
        copy: word(CopyWord::Copy),
        copied: word(CopyWord::Copied),
        by_hand: word(CopyWord::ByHand),
        link_label: word(CopyWord::LinkLabel),
    };
    leptos::mount::mount_to(share, move || view! { <CopyLink words state /> }).forget();
}
