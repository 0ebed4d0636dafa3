//! "Copy link to this phase": a link that reopens the explainer here. The
//! page writes the button, its status and the field for copying by hand
//! (`crates/page`, explainer.rs); this wires them: a click copies the link
//! and says so, or, where the browser refuses the clipboard, shows the link
//! selected for the reader to copy. A change of phase clears both
//! ([`CopyLink::clear`], called by `live`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};

use protocol::hooks::{self, CopyWord};

use super::browser;
use super::live::Live;

/// The copy link's parts in the page, its words, and the link last copied.
pub struct CopyLink {
    status: Element,
    field: HtmlInputElement,
    copied: String,
    by_hand: String,
    link: RefCell<String>,
    /// Whether a result shows (so a change of phase that finds nothing to
    /// clear writes nothing).
    showing: Cell<bool>,
    /// Each clearing starts a new round; a click asks in the round it was
    /// made in, and an answer that comes after a change of phase (a
    /// clipboard that asked the reader first, say) is not shown.
    round: Cell<u32>,
    asked: Cell<u32>,
}

impl CopyLink {
    /// The copy link in `root`, if the page has all its parts.
    pub fn find(root: &Element) -> Option<Rc<CopyLink>> {
        let share = root.query_selector(hooks::SHARE).ok()??;
        let part = |selector: &str| share.query_selector(selector).ok().flatten();
        let word = |w: CopyWord| share.get_attribute(w.attr()).unwrap_or_default();
        Some(Rc::new(CopyLink {
            status: part(hooks::SHARE_STATUS)?,
            field: part(hooks::SHARE_LINK)?.dyn_into().ok()?,
            copied: word(CopyWord::Copied),
            by_hand: word(CopyWord::ByHand),
            link: RefCell::new(String::new()),
            showing: Cell::new(false),
            round: Cell::new(0),
            asked: Cell::new(0),
        }))
    }

    /// Forgets the last result (the link it was about is no longer this
    /// phase's).
    pub fn clear(&self) {
        self.round.set(self.round.get().wrapping_add(1));
        if self.showing.replace(false) {
            self.status.set_text_content(None);
            self.field.set_hidden(true);
        }
    }

    /// Whether an answer is about the link of the phase shown.
    fn still_asked(&self) -> bool {
        self.asked.get() == self.round.get()
    }

    fn say_copied(&self) {
        if !self.still_asked() {
            return;
        }
        self.showing.set(true);
        self.status.set_text_content(Some(&self.copied));
    }

    /// Shows the link, selected, for the reader to copy.
    fn offer_by_hand(&self) {
        if !self.still_asked() {
            return;
        }
        self.showing.set(true);
        self.status.set_text_content(Some(&self.by_hand));
        self.field.set_value(&self.link.borrow());
        self.field.set_hidden(false);
        let _ = self.field.focus();
        self.field.select();
    }
}

/// Wires the page's copy link to `live`'s state (the link itself may be
/// parsed after the app starts: it is found at the first click).
pub fn wire(live: &Rc<Live>) {
    // The browser's two answers, made once: each click hands the same pair
    // to its promise, so nothing is left behind per click.
    let answer = |what: fn(&CopyLink)| {
        let live = Rc::clone(live);
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            if let Some(copy_link) = live.copy_link() {
                what(&copy_link);
            }
        })
    };
    let (copied, refused) = (
        answer(CopyLink::say_copied),
        answer(CopyLink::offer_by_hand),
    );
    let live = Rc::clone(live);
    browser::delegate("click", hooks::SHARE_BUTTON, move |_, _| {
        let Some(copy_link) = live.copy_link() else {
            return;
        };
        let link = browser::share_link(&live.state(), live.ids());
        copy_link.asked.set(copy_link.round.get());
        let promise = browser::write_clipboard(&link);
        copy_link.link.replace(link);
        match promise {
            Some(promise) => {
                let _ = promise.then2(&copied, &refused);
            }
            None => copy_link.offer_by_hand(),
        }
    });
}
