//! The explainer's state while the page lives, and what changing it does
//! to the page. The state is two things: the phase shown, and the place in
//! focus on the map. A change of phase shows that phase's attributes in the
//! tree, clears the copy link's last result and updates the place's
//! details; once the reader pauses, the URL and the language links follow
//! and the phase is announced (a language link is also brought up to date
//! as the reader reaches for it). Every change goes through here, so
//! nothing is done twice and nothing is missed.
//!
//! Plain owned state behind `Rc` and `Cell` (the page has one thread and
//! one explainer). It replaced Leptos signals and effects, whose runtime,
//! executor and futures glue were half the wasm (50.1 KB gzipped with
//! them, 25.3 KB without) for a state of two values.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use web_sys::Element;

use protocol::hooks;

use super::browser;
use super::copy_link::CopyLink;
use super::dom::{self, LiveTree};
use crate::url_state::{Theme, UrlState};
use protocol::Lang;

/// How long, in milliseconds, the reader must pause before the URL follows
/// and the phase is announced (`history.replaceState` is the costliest call
/// of a change, and a run of key presses should not be spoken step by step).
pub const URL_PAUSE_MS: i32 = 250;

/// The explainer made live.
pub struct Live {
    /// The phase ids, in story order (for links and the URL).
    ids: Vec<String>,
    tree: RefCell<LiveTree>,
    root: Element,
    lang: Lang,
    theme: Theme,
    language_links: Vec<Element>,
    /// Found when the reader first uses it (it may be parsed after the app
    /// started); a change clears only one found.
    copy_link: RefCell<Option<Rc<CopyLink>>>,
    phase: Cell<usize>,
    selected: RefCell<Option<String>>,
    /// Each change of phase has a number: only the last one's pause makes
    /// the URL follow.
    change: Cell<u32>,
    /// A phase to announce whose words were not parsed yet when the reader
    /// paused (said once the page is parsed).
    unsaid: Cell<bool>,
}

/// What the app read from the page at start.
pub struct Page {
    pub root: Element,
    /// The phase ids, in story order.
    pub ids: Vec<String>,
    pub tree: LiveTree,
    pub lang: Lang,
}

impl Live {
    /// The page made live in `state` (its phase clamped to the phases the
    /// page has, which must be at least one): shows that phase, without
    /// announcing it.
    pub fn open(page: Page, state: UrlState) -> Rc<Live> {
        let phase = state.phase.min(page.ids.len().saturating_sub(1));
        let live = Rc::new(Live {
            ids: page.ids,
            copy_link: RefCell::new(None),
            tree: RefCell::new(page.tree),
            root: page.root,
            lang: page.lang,
            theme: state.theme,
            language_links: dom::language_links(),
            phase: Cell::new(phase),
            selected: RefCell::new(None),
            change: Cell::new(0),
            unsaid: Cell::new(false),
        });
        live.phase_changed(false);
        live
    }

    /// The phase ids, in story order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The explainer's tree.
    pub fn root(&self) -> &Element {
        &self.root
    }

    /// The index of the last phase.
    pub fn last(&self) -> usize {
        self.ids.len().saturating_sub(1)
    }

    /// The phase shown.
    pub fn phase(&self) -> usize {
        self.phase.get()
    }

    /// The state a link to this moment carries.
    pub fn state(&self) -> UrlState {
        UrlState {
            phase: self.phase.get(),
            lang: self.lang,
            theme: self.theme,
        }
    }

    /// Once the page is parsed: reads what a change of phase needs from
    /// the whole page (bringing what was parsed after the app started to
    /// the phase shown), and the details of a place put in focus before its
    /// row in the place table was parsed.
    pub fn catch_up(&self) {
        self.tree.borrow_mut().read_whole();
        self.show_details();
        if self.unsaid.replace(false) {
            self.announce();
        }
    }

    /// The copy link, where the page has one (and it is parsed).
    pub fn copy_link(&self) -> Option<Rc<CopyLink>> {
        let mut found = self.copy_link.borrow_mut();
        if found.is_none() {
            *found = CopyLink::find(&self.root);
        }
        found.clone()
    }

    /// Shows phase `index` (at most the last), if it is not shown already.
    pub fn show_phase(self: &Rc<Self>, index: usize) {
        let index = index.min(self.last());
        if index != self.phase.replace(index) {
            self.phase_changed(true);
        }
    }

    /// Puts place `id` in focus, or keeps the one in focus (`None`: the
    /// details panel keeps what it shows, e.g. a question).
    pub fn select(&self, id: Option<String>) {
        if *self.selected.borrow() != id {
            *self.selected.borrow_mut() = id;
            self.show_details();
        }
    }

    /// Points the language links at the phase shown: a reader who switches
    /// keeps it. Done once the reader pauses, and as a link is pressed,
    /// focused or clicked (before the browser follows it), rather than on
    /// every step.
    pub fn keep_phase_in_language_links(&self) {
        let query = browser::language_link_query(&self.state(), &self.ids);
        dom::keep_state_in_language_links(&self.language_links, &query);
    }

    /// Everything that follows the phase; `speak`: announce it once the
    /// reader pauses (not when the page opens).
    fn phase_changed(self: &Rc<Self>, speak: bool) {
        self.tree.borrow_mut().show(self.phase.get());
        // A new phase means a new link: forget the last copy's result (a
        // copy link not found yet has none).
        if let Some(copy_link) = self.copy_link.borrow().as_ref() {
            copy_link.clear();
        }
        self.show_details();
        self.follow_after_pause(speak);
    }

    /// Once the reader has paused for [`URL_PAUSE_MS`], the URL and the
    /// language links follow the phase and (if `speak`) a brief, polite announcement says where they
    /// are (title and start), rather than re-reading the whole panel.
    fn follow_after_pause(self: &Rc<Self>, speak: bool) {
        let change = self.change.get().wrapping_add(1);
        self.change.set(change);
        let live = Rc::clone(self);
        browser::after(URL_PAUSE_MS, move || {
            if live.change.get() != change {
                return;
            }
            browser::replace_url(&live.state(), &live.ids);
            live.keep_phase_in_language_links();
            if speak {
                live.announce();
            }
        });
    }

    /// Says where the reader is (the phase's title and start, written on
    /// the phase), or, where the phase is not parsed yet, once it is.
    fn announce(&self) {
        let id = self.ids.get(self.phase.get());
        match id.and_then(|id| dom::phase_announcement(&self.root, id)) {
            Some(said) => self.tree.borrow().announce(&said),
            None => self.unsaid.set(true),
        }
    }

    /// The place in focus, in the phase shown: its role and the source.
    fn show_details(&self) {
        let Some(id) = self.selected.borrow().clone() else {
            return;
        };
        if let (Ok(Some(panel)), Some(html)) = (
            self.root.query_selector(hooks::PLACE_DETAILS),
            dom::place_details(&self.root, &id, self.phase.get()),
        ) {
            panel.set_inner_html(&html);
        }
    }
}
