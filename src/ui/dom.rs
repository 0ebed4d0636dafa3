//! Reading and updating the page the build wrote (`crates/page`): the
//! explainer's tree (one language per page), its phases, the per-phase
//! attributes, the language links, and a place's details built from its
//! table row. Every name and encoding comes from the
//! `protocol` crate the page is written with.

use protocol::hooks::{self, PlaceCell};
use protocol::{Lang, PerPhase, PhasedAttr, ALL_PHASES_SELECTOR, PHASED_SELECTOR};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::browser::{self, document};
use crate::url_state;

/// What the app needs of one phase besides its per-phase attributes.
#[derive(Debug, Clone)]
pub struct PhaseInfo {
    pub id: String,
    pub announce: String,
}

/// The explainer.
pub fn tree() -> Option<Element> {
    document().query_selector(hooks::TREE).ok().flatten()
}

/// The page's language, as its tree says.
pub fn page_lang() -> Lang {
    tree()
        .and_then(|t| t.get_attribute(hooks::TREE_LANG))
        .as_deref()
        .and_then(Lang::from_key)
        .unwrap_or_default()
}

/// The root, `#app`.
pub fn app() -> Option<Element> {
    document().get_element_by_id(hooks::APP_ID)
}

/// The elements matching `selector` inside `root`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The phases of the tree, in story order.
pub fn phases(root: &Element) -> Vec<PhaseInfo> {
    let data = |el: &Element, name: &str| el.get_attribute(name).unwrap_or_default();
    all(root, hooks::PHASE)
        .iter()
        .map(|el| PhaseInfo {
            id: data(el, hooks::PHASE_ID),
            announce: data(el, hooks::PHASE_ANNOUNCE),
        })
        .collect()
}

/// One per-phase attribute of one element, read from the page once.
struct Phased {
    el: Element,
    attr: PhasedAttr,
    values: Vec<Option<String>>,
}

impl Phased {
    /// The value in phase `index`; `None` means absent.
    fn at(&self, index: usize) -> Option<&str> {
        self.values.get(index).and_then(|v| v.as_deref())
    }

    /// Sets the attribute to its value in phase `index`.
    fn set(&self, index: usize) {
        let _ = match self.at(index) {
            Some(v) => self.el.set_attribute(self.attr.name(), v),
            None => self.el.remove_attribute(self.attr.name()),
        };
    }
}

/// Every per-phase attribute of the elements in `root` matching `selector`:
/// one query per attribute, one read per element that has it.
fn read_phased(root: &Element, selector: &str) -> Vec<Phased> {
    let mut phased = Vec::new();
    for attr in PhasedAttr::ALL {
        let query = [selector, "[", attr.list_name(), "]"].concat();
        for el in all(root, &query) {
            let Some(list) = el.get_attribute(attr.list_name()) else {
                continue;
            };
            let decoded = PerPhase::decode(&list);
            let values = (0..decoded.len())
                .map(|i| decoded.at(i).map(|v| (*v).to_owned()))
                .collect();
            phased.push(Phased { el, attr, values });
        }
    }
    phased
}

/// The tree made live: its per-phase attributes, slider and live region,
/// and the phase the page shows.
///
/// The page is written showing one phase (the first, or the one a link
/// named, shown by assets/deep-link.js), so at start only the elements
/// written showing every phase (the phases) are read and set; every other
/// per-phase value is read once the page is parsed ([`LiveTree::read_whole`]),
/// or at the first change. The app may start before the page is parsed
/// (assets/start-point.js): a change before then reads what is parsed,
/// and [`LiveTree::read_whole`] brings the rest to the phase shown.
pub struct LiveTree {
    root: Element,
    /// The per-phase attributes read so far.
    phased: Option<Vec<Phased>>,
    /// Whether `phased` holds the whole page's.
    complete: bool,
    slider: Option<HtmlInputElement>,
    announce: Option<Element>,
    /// The phase the page was written showing.
    written: usize,
    /// The phase every per-phase attribute read so far shows.
    shown: usize,
}

impl LiveTree {
    /// The tree `root`, which the page shows in phase `written`; the
    /// elements written showing every phase are set to it.
    pub fn open(root: &Element, written: usize) -> LiveTree {
        for p in read_phased(root, ALL_PHASES_SELECTOR) {
            if p.el.get_attribute(p.attr.name()).as_deref() != p.at(written) {
                p.set(written);
            }
        }
        let one = |selector: &str| root.query_selector(selector).ok().flatten();
        LiveTree {
            root: root.clone(),
            phased: None,
            complete: false,
            slider: one(hooks::SLIDER).and_then(|el| el.dyn_into().ok()),
            announce: one(hooks::ANNOUNCE),
            written,
            shown: written,
        }
    }

    /// Once the page is parsed: reads every per-phase attribute, if not
    /// read whole yet. Where the phase shown is not the one the page was
    /// written in (the reader moved before the page was parsed), what was
    /// parsed since shows the written phase, and is set to the one shown.
    pub fn read_whole(&mut self) {
        if self.complete {
            return;
        }
        let phased = read_phased(&self.root, PHASED_SELECTOR);
        if self.shown != self.written {
            for p in &phased {
                if p.at(self.written) != p.at(self.shown) {
                    p.set(self.shown);
                }
            }
        }
        self.phased = Some(phased);
        self.complete = true;
    }

    /// The per-phase attributes: if none are read yet, what is parsed now
    /// (noting whether that is the whole page).
    fn phased(&mut self) -> &[Phased] {
        if self.phased.is_none() {
            self.complete = browser::page_parsed();
        }
        self.phased
            .get_or_insert_with(|| read_phased(&self.root, PHASED_SELECTOR))
    }

    /// Sets every per-phase attribute to its value in phase `index`, and
    /// the slider to `index`. Only the values that differ from the phase
    /// shown are written, and nothing is read back.
    pub fn show(&mut self, index: usize) {
        // Parsed since a change read only part of the page, and not caught
        // up yet (DOMContentLoaded may never come to a load that was
        // stopped): read the rest first.
        if !self.complete && self.phased.is_some() && browser::page_parsed() {
            self.read_whole();
        }
        if index != self.shown {
            let shown = self.shown;
            for p in self.phased() {
                if p.at(shown) != p.at(index) {
                    p.set(index);
                }
            }
            self.shown = index;
        }
        // The slider moved itself when the reader moved it.
        if let Some(slider) = &self.slider {
            let value = index as f64;
            if slider.value_as_number() != value {
                slider.set_value_as_number(value);
            }
        }
    }

    /// Says `text` in the tree's live region.
    pub fn announce(&self, text: &str) {
        if let Some(region) = &self.announce {
            region.set_text_content(Some(text));
        }
    }
}

/// The phase the page shows before the app: the one a link named, where
/// assets/deep-link.js showed it, or the first.
pub fn written_phase(ids: &[String]) -> usize {
    document()
        .document_element()
        .and_then(|html| html.get_attribute(hooks::LINKED_PHASE))
        .and_then(|id| ids.iter().position(|known| *known == id))
        .unwrap_or(0)
}

/// Shows the play button as playing (pause) or stopped.
pub fn show_playing(playing: bool) {
    let Some(app) = app() else { return };
    for control in all(&app, hooks::CONTROL) {
        let word = control.get_attribute(if playing {
            hooks::PAUSE_WORD
        } else {
            hooks::PLAY_WORD
        });
        let icon = if playing {
            protocol::PAUSE_ICON
        } else {
            protocol::PLAY_ICON
        };
        if let Ok(Some(el)) = control.query_selector(hooks::PLAY_ICON) {
            el.set_text_content(Some(icon));
        }
        if let Ok(Some(el)) = control.query_selector(hooks::PLAY_LABEL) {
            el.set_text_content(word.as_deref());
        }
    }
}

/// The links to the languages' pages.
pub fn language_links() -> Vec<Element> {
    app().map_or_else(Vec::new, |app| all(&app, hooks::LANG_OPTION))
}

/// Points the language `links` at the same state (`query`, with its `?`):
/// a reader who switches keeps the phase. A link already pointing there is
/// left alone.
pub fn keep_state_in_language_links(links: &[Element], query: &str) {
    for link in links {
        let wanted = link
            .get_attribute("href")
            .and_then(|href| url_state::retarget(&href, query));
        if let Some(wanted) = wanted {
            let _ = link.set_attribute("href", &wanted);
        }
    }
}

/// The details of place `id` in phase `index`, from the table row that
/// holds its role in that phase: name, kind, role and source, each cell
/// found by what it holds.
pub fn place_details(root: &Element, id: &str, index: usize) -> Option<String> {
    let [name, kind, role, source] = PlaceCell::ALL.map(|which| place_cell(root, id, index, which));
    // The cells' markup was written and escaped by the page's renderer; it
    // is moved, not built, here.
    Some(
        [
            "<h3 class=\"place-details__name\">",
            &name?,
            "</h3><p class=\"place-details__kind\">",
            &kind?,
            "</p><p class=\"place-details__state\">",
            &role?,
            "</p>",
            &source?,
        ]
        .concat(),
    )
}

/// The markup of one cell of the row that holds place `id`'s role in
/// phase `index`.
pub fn place_cell(root: &Element, id: &str, index: usize, which: PlaceCell) -> Option<String> {
    let row = all(root, hooks::PLACE_ROW).into_iter().find(|row| {
        row.get_attribute(hooks::PLACE_ID).as_deref() == Some(id)
            && row
                .get_attribute(PhasedAttr::Hidden.list_name())
                .is_some_and(|list| PerPhase::decode(&list).at(index).is_none())
    })?;
    let selector = ["[", hooks::PLACE_CELL, "=\"", which.key(), "\"]"].concat();
    row.query_selector(&selector)
        .ok()
        .flatten()
        .map(|c| c.inner_html())
}
