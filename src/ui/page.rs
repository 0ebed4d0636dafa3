//! Reading and updating the page `crate::page` wrote: the two language
//! trees, the phases with what the phase control says about them, the
//! per-phase attributes, and a place's details built from its table row.
//! Everything is looked up when needed, so nothing here holds a DOM node.

use std::cell::RefCell;

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::story::Lang;

/// The attributes set per phase (see `crate::page::PHASED`).
pub const PHASED: [&str; 5] = ["hidden", "class", "aria-label", "data-status", "data-first"];
/// The per-phase value that removes the attribute (`crate::page::ABSENT`).
const ABSENT: &str = "~";

/// What the phase control shows and says about one phase.
#[derive(Debug)]
pub struct PhaseInfo {
    pub id: String,
    pub year: String,
    pub short: String,
    pub position: String,
    pub valuetext: String,
    pub announce: String,
}

/// The explainer in `lang`.
pub fn tree(lang: Lang) -> Option<Element> {
    document()
        .query_selector(&format!("#app > main[data-lang=\"{}\"]", lang.key()))
        .ok()
        .flatten()
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

/// The phases of the tree, in story order (leaked: they live as long as
/// the page, and components may hold them).
pub fn phases(root: &Element) -> &'static [PhaseInfo] {
    let data = |el: &Element, name: &str| el.get_attribute(name).unwrap_or_default();
    let list: Vec<PhaseInfo> = all(root, ".phases > .phase")
        .iter()
        .map(|el| PhaseInfo {
            id: data(el, "data-phase"),
            year: data(el, "data-year"),
            short: data(el, "data-short"),
            position: data(el, "data-position"),
            valuetext: data(el, "data-valuetext"),
            announce: data(el, "data-announce"),
        })
        .collect();
    Box::leak(list.into_boxed_slice())
}

/// The value for phase `index` in a per-phase list `v0|v1|…`; `None` means
/// the attribute is absent in that phase.
pub fn value_at(list: &str, index: usize) -> Option<&str> {
    list.split('|').nth(index).filter(|v| *v != ABSENT)
}

/// One per-phase attribute of one element, read from the page once.
struct Phased {
    el: Element,
    name: &'static str,
    values: Vec<Option<String>>,
}

/// Per language: the page's per-phase attributes, and the phase they were
/// last set for.
type Applied = (Vec<Phased>, Option<usize>);

thread_local! {
    static APPLIED: RefCell<[Option<Applied>; 2]> = const { RefCell::new([None, None]) };
}

impl Phased {
    /// The value in phase `index`; `None` means absent.
    fn at(&self, index: usize) -> Option<&str> {
        self.values.get(index).and_then(|v| v.as_deref())
    }
}

/// Every per-phase attribute in `root`, parsed.
fn read_phased(root: &Element) -> Vec<Phased> {
    let mut out = Vec::new();
    for el in all(root, "[data-p]") {
        for name in PHASED {
            if let Some(list) = el.get_attribute(&format!("data-p-{name}")) {
                let values = list
                    .split('|')
                    .map(|v| (v != ABSENT).then(|| v.to_owned()))
                    .collect();
                out.push(Phased {
                    el: el.clone(),
                    name,
                    values,
                });
            }
        }
    }
    out
}

/// Sets every per-phase attribute of the tree in `lang` to its value in
/// phase `index`. The attributes are read from the page once; after that
/// only the values that differ from the phase last shown are written, and
/// nothing is read back.
pub fn apply_phase(lang: Lang, index: usize) {
    APPLIED.with(|applied| {
        let mut applied = applied.borrow_mut();
        let slot = &mut applied[lang as usize];
        if slot.is_none() {
            let Some(root) = tree(lang) else { return };
            *slot = Some((read_phased(&root), None));
        }
        let Some((list, last)) = slot.as_mut() else {
            return;
        };
        for p in list.iter() {
            let want = p.at(index);
            let unchanged = match *last {
                Some(prev) => p.at(prev) == want,
                None => p.el.get_attribute(p.name).as_deref() == want,
            };
            if unchanged {
                continue;
            }
            let _ = match want {
                Some(v) => p.el.set_attribute(p.name, v),
                None => p.el.remove_attribute(p.name),
            };
        }
        *last = Some(index);
    });
}

/// Says `text` in the live region of the tree in `lang`.
pub fn announce(lang: Lang, text: &str) {
    if let Some(Ok(Some(live))) = tree(lang).map(|root| root.query_selector(".announce")) {
        live.set_text_content(Some(text));
    }
}

/// Shows the tree in `lang` and hides the other.
pub fn show_language(lang: Lang) {
    if let Ok(Some(app)) = document().query_selector("#app") {
        for main in all(&app, ":scope > main[data-lang]") {
            let _ = if main.get_attribute("data-lang").as_deref() == Some(lang.key()) {
                main.remove_attribute("hidden")
            } else {
                main.set_attribute("hidden", "")
            };
        }
    }
}

/// The details of place `id` in phase `index`, from the table row that
/// holds its role in that phase: name, kind, role and source.
pub fn place_details(root: &Element, id: &str, index: usize) -> Option<String> {
    let row = all(root, &format!(".map-table tr[data-place=\"{id}\"]"))
        .into_iter()
        .find(|row| {
            row.get_attribute("data-p-hidden")
                .is_some_and(|list| value_at(&list, index).is_none())
        })?;
    let cells = all(&row, ":scope > th, :scope > td");
    let [name, kind, role, source] = cells.as_slice() else {
        return None;
    };
    Some(format!(
        "<h3 class=\"place-details__name\" data-place=\"{id}\">{}</h3><p class=\"place-details__kind\">{}</p><p class=\"place-details__state\">{}</p>{}",
        name.inner_html(),
        kind.inner_html(),
        role.inner_html(),
        source.inner_html()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_phase_values() {
        assert_eq!(value_at("a|~|c", 0), Some("a"));
        assert_eq!(value_at("a|~|c", 1), None);
        assert_eq!(value_at("a|~|", 2), Some(""));
        assert_eq!(value_at("a", 3), None, "out of range means absent");
    }

    #[test]
    fn the_same_attributes_as_the_page() {
        assert_eq!(PHASED, crate::page::PHASED);
        assert_eq!(ABSENT, crate::page::ABSENT);
    }
}
