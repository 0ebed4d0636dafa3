//! "Copy link to this phase": a link that reopens the explainer here.

use leptos::prelude::*;

use super::{browser, dom};
use crate::url_state::UrlState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Idle,
    Done,
    /// The browser refused the clipboard (e.g. a sandboxed frame): the link
    /// is shown, selected, for the reader to copy by hand.
    Manual,
}

/// The copy link's words, read from the page in one language.
#[derive(Debug, Clone, Copy)]
pub struct CopyWords {
    pub copy: &'static str,
    pub copied: &'static str,
    pub by_hand: &'static str,
    pub link_label: &'static str,
}

/// A button that copies a link to the phase shown.
#[component]
pub fn CopyLink(
    /// The words in this tree's language.
    words: CopyWords,
    /// The page as it is now: the link to copy reopens it so.
    state: Signal<UrlState>,
) -> impl IntoView {
    let (copy, set_copy) = signal(Copied::Idle);
    // Built when needed (a click, or the field shown), not on every change;
    // the phase ids come from the page.
    let link = move || browser::share_link(&state.get_untracked(), &dom::phase_ids());
    // A new phase means a new link: forget the last result.
    Effect::new(move |_| {
        state.track();
        if copy.get_untracked() != Copied::Idle {
            set_copy.set(Copied::Idle);
        }
    });
    let on_click = move |_| {
        browser::copy_text(&link(), move |copied| {
            set_copy.set(if copied { Copied::Done } else { Copied::Manual })
        });
    };
    let CopyWords {
        copy: button,
        copied,
        by_hand,
        link_label,
    } = words;
    view! {
        <button type="button" class="share__button" on:click=on_click>
            {button}
        </button>
        <span class="share__status" role="status">
            {move || match copy.get() {
                Copied::Done => copied,
                Copied::Manual => by_hand,
                Copied::Idle => "",
            }}
        </span>
        <Show when=move || copy.get() == Copied::Manual>
            <input
                class="share__link"
                type="text"
                readonly
                aria-label=link_label
                prop:value=move || {
                    state.track();
                    link()
                }
                on:focus=move |ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        input.select();
                    }
                }
            />
        </Show>
    }
}
