//! "Copy link to this phase": a link that reopens the explainer here.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{browser, use_lang};
use crate::text;
use crate::url_state::UrlState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Copy {
    Idle,
    Done,
    /// The browser refused the clipboard (e.g. a sandboxed frame): the link
    /// is shown, selected, for the reader to copy by hand.
    Manual,
}

/// A button that copies a link to the phase shown.
#[component]
pub fn CopyLink(
    /// The state the link should reopen.
    state: Signal<UrlState>,
) -> impl IntoView {
    let lang = use_lang();
    let ui = text::ui(lang);
    let (copy, set_copy) = signal(Copy::Idle);
    let link = move || browser::share_link(&state.get());
    // A new phase means a new link: forget the last result.
    Effect::new(move |_| {
        state.track();
        set_copy.set(Copy::Idle);
    });
    let on_click = move |_| {
        let text = link();
        spawn_local(async move {
            let copied = browser::copy_text(text).await;
            set_copy.set(if copied { Copy::Done } else { Copy::Manual });
        });
    };
    view! {
        <div class="share">
            <button type="button" class="share__button" on:click=on_click>
                {ui.copy_link}
            </button>
            <span class="share__status" role="status">
                {move || match copy.get() {
                    Copy::Done => ui.link_copied,
                    Copy::Manual => ui.copy_by_hand,
                    Copy::Idle => "",
                }}
            </span>
            <Show when=move || copy.get() == Copy::Manual>
                <input
                    class="share__link"
                    type="text"
                    readonly
                    aria-label=ui.link_label
                    prop:value=link
                    on:focus=move |ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }
                />
            </Show>
        </div>
    }
}
