//! "Copy link to this phase": a link that reopens the explainer here.

use leptos::prelude::*;

use super::browser;
use crate::url_state::UrlState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Copy {
    Idle,
    Done,
    /// The browser refused the clipboard (e.g. a sandboxed frame): the link
    /// is shown, selected, for the reader to copy by hand.
    Manual,
}

/// The copy link's words, read from the page in one language.
#[derive(Debug)]
pub struct CopyWords {
    pub copy: String,
    pub copied: String,
    pub by_hand: String,
    pub link_label: String,
}

/// A button that copies a link to the phase shown.
#[component]
pub fn CopyLink(
    /// The words in this tree's language.
    words: &'static CopyWords,
    /// The page as it is now: the link to copy reopens it so.
    state: Signal<UrlState>,
    /// The phase ids, in story order.
    ids: &'static [&'static str],
) -> impl IntoView {
    let (copy, set_copy) = signal(Copy::Idle);
    // Built when needed (a click, or the field shown), not on every change.
    let link = move || browser::share_link(&state.get(), ids);
    // A new phase means a new link: forget the last result.
    Effect::new(move |_| {
        state.track();
        if copy.get_untracked() != Copy::Idle {
            set_copy.set(Copy::Idle);
        }
    });
    let on_click = move |_| {
        browser::copy_text(
            &browser::share_link(&state.get_untracked(), ids),
            move |copied| set_copy.set(if copied { Copy::Done } else { Copy::Manual }),
        );
    };
    view! {
        <button type="button" class="share__button" on:click=on_click>
            {words.copy.as_str()}
        </button>
        <span class="share__status" role="status">
            {move || match copy.get() {
                Copy::Done => words.copied.as_str(),
                Copy::Manual => words.by_hand.as_str(),
                Copy::Idle => "",
            }}
        </span>
        <Show when=move || copy.get() == Copy::Manual>
            <input
                class="share__link"
                type="text"
                readonly
                aria-label=words.link_label.as_str()
                prop:value=link
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
