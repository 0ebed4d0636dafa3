//! "Copy link to this phase": a link that reopens the explainer here. The
//! page writes the button, its status and the field for copying by hand
//! (`crates/page`, explainer.rs); this wires them: a click copies the link
//! and says so, or, where the browser refuses the clipboard, shows the link
//! selected for the reader to copy; a change of phase clears both.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use protocol::hooks::{self, CopyWord};

use super::{browser, dom};
use crate::url_state::UrlState;

/// Wires the copy link in `root` to the page's `state`.
pub fn wire(root: &Element, state: Signal<UrlState>) {
    let share = root
        .query_selector(hooks::SHARE)
        .ok()
        .flatten()
        .expect("the page has a place for the copy link (.share)");
    let part = |selector: &str| share.query_selector(selector).ok().flatten();
    let (Some(status), Some(field)) = (
        part(hooks::SHARE_STATUS),
        part(hooks::SHARE_LINK).and_then(|f| f.dyn_into::<HtmlInputElement>().ok()),
    ) else {
        return;
    };
    // A new phase means a new link: forget the last result.
    let (cleared_status, cleared_field) = (status.clone(), field.clone());
    Effect::new(move |_| {
        state.track();
        cleared_status.set_text_content(None);
        cleared_field.set_hidden(true);
    });
    let word = move |w: CopyWord| share.get_attribute(w.attr()).unwrap_or_default();
    let (copied, by_hand) = (word(CopyWord::Copied), word(CopyWord::ByHand));
    browser::delegate("click", hooks::SHARE_BUTTON, move |_, _| {
        let link = browser::share_link(&state.get_untracked(), &dom::phase_ids());
        let (status, field, copied, by_hand) = (
            status.clone(),
            field.clone(),
            copied.clone(),
            by_hand.clone(),
        );
        browser::copy_text(&link.clone(), move |done| {
            if done {
                status.set_text_content(Some(&copied));
            } else {
                status.set_text_content(Some(&by_hand));
                field.set_value(&link);
                field.set_hidden(false);
                let _ = field.focus();
                field.select();
            }
        });
    });
}
