//! Reading and updating the page the build wrote (`crates/page`): the
//! explainer's tree (one language per page), its phases, the per-phase
//! attributes, the language links, and a place's details built from its
//! table row. Every name and encoding comes from the
//! `protocol` crate the page is written with.

use protocol::hooks::{self, PlaceCell};
use protocol::{Lang, PerPhase, PhasedAttr, PHASED_SELECTOR};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::browser::{self, document};
use crate::url_state;

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

/// The ids of the tree's phases, in story order, from its root (the app
/// may start before the phases themselves are parsed).
pub fn phase_ids(root: &Element) -> Vec<String> {
    root.get_attribute(hooks::TREE_PHASES)
        .unwrap_or_default()
        .split(' ')
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What is said when phase `id` is shown, from the phase itself.
pub fn phase_announcement(root: &Element, id: &str) -> Option<String> {
    all(root, hooks::PHASE)
        .into_iter()
        .find(|el| el.get_attribute(hooks::PHASE_ID).as_deref() == Some(id))
        .and_then(|el| el.get_attribute(hooks::PHASE_ANNOUNCE))
}

/// One per-phase attribute of one element, as read from the page.
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

    /// Sets the attribute to its value in phase `index`, where the page
    /// shows another (a read of the page as it is).
    fn bring_to(&self, index: usize) {
        if self.el.get_attribute(self.attr.name()).as_deref() != self.at(index) {
            self.set(index);
        }
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
/// and the phase it shows.
///
/// The app may start before the page is parsed (assets/start-point.js,
/// right after the phase control): the page shows the phase it was
/// written in (the first, or the one a link named, shown by assets/
/// deep-link.js) and nothing needs setting. Once the page is parsed
/// ([`LiveTree::read_whole`]) every per-phase attribute is read and brought
/// to the phase shown; a change before then brings what is parsed, and
/// names the phase on `<html>` ([`hooks::PHASE_SET`]) so that deep-link.js
/// brings what the parser adds after.
pub struct LiveTree {
    root: Element,
    /// Every per-phase attribute, once the page is parsed; after that each
    /// shows phase `shown`, and a change writes only what differs.
    phased: Option<Vec<Phased>>,
    slider: Option<HtmlInputElement>,
    announce: Option<Element>,
    /// The phase ids, in story order (the phase set is named by its id).
    ids: Vec<String>,
    /// The phase shown.
    shown: usize,
}

impl LiveTree {
    /// The tree `root`, with phases `ids`, showing phase `shown`.
    pub fn open(root: &Element, ids: Vec<String>, shown: usize) -> LiveTree {
        let one = |selector: &str| root.query_selector(selector).ok().flatten();
        LiveTree {
            root: root.clone(),
            phased: None,
            slider: one(hooks::SLIDER).and_then(|el| el.dyn_into().ok()),
            announce: one(hooks::ANNOUNCE),
            ids,
            shown,
        }
    }

    /// Once the page is parsed: reads every per-phase attribute, brings
    /// each to the phase shown (the phases are written showing every phase;
    /// what was parsed after a change may show another) and says so on
    /// `<html>`. Once only.
    pub fn read_whole(&mut self) {
        if self.phased.is_some() {
            return;
        }
        let phased = read_phased(&self.root, PHASED_SELECTOR);
        for p in &phased {
            p.bring_to(self.shown);
        }
        self.phased = Some(phased);
        self.name_phase_set();
    }

    /// Sets every per-phase attribute to its value in phase `index`, and
    /// the slider to `index`.
    pub fn show(&mut self, index: usize) {
        match &self.phased {
            // Read whole: only the values that differ from the phase shown
            // are written, and nothing is read back.
            Some(phased) if index != self.shown => {
                for p in phased {
                    if p.at(self.shown) != p.at(index) {
                        p.set(index);
                    }
                }
                self.shown = index;
            }
            Some(_) => {}
            // Not read yet, and the page shows it (the app's start).
            None if index == self.shown => {}
            None if browser::page_parsed() => {
                self.shown = index;
                self.read_whole();
            }
            // Still being parsed: what is parsed so far, as it is, and
            // deep-link.js for the rest.
            None => {
                for p in read_phased(&self.root, PHASED_SELECTOR) {
                    p.bring_to(index);
                }
                self.shown = index;
                self.name_phase_set();
            }
        }
        // The slider moved itself when the reader moved it.
        if let Some(slider) = &self.slider {
            let value = index as f64;
            if slider.value_as_number() != value {
                slider.set_value_as_number(value);
            }
        }
    }

    /// Names the phase shown on `<html>`: the per-phase attributes are set
    /// to it (and, while the page is parsed, deep-link.js sets what the
    /// parser adds to it).
    fn name_phase_set(&self) {
        if let (Some(html), Some(id)) = (document().document_element(), self.ids.get(self.shown)) {
            if html.get_attribute(hooks::PHASE_SET).as_deref() != Some(id) {
                let _ = html.set_attribute(hooks::PHASE_SET, id);
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
pub fn phase_shown_before_start(ids: &[String]) -> usize {
    document()
        .document_element()
        .and_then(|html| html.get_attribute(hooks::PHASE_SET))
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
