//! Reading and updating the page `crate::page` wrote: the two language
//! trees, the phases with what the phase control says about them, the
//! per-phase attributes, and a place's details built from its table row.
//! Everything is looked up when needed, so nothing here holds a DOM node.

use std::cell::RefCell;

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

// The per-phase attributes and their "absent" value, as the page wrote them.
use crate::page::{ABSENT, PAUSE_ICON, PHASED, PLAY_ICON};
use crate::story::Lang;

/// What the app needs of one phase besides its per-phase attributes.
#[derive(Debug)]
pub struct PhaseInfo {
    pub id: String,
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
            announce: data(el, "data-announce"),
        })
        .collect();
    Box::leak(list.into_boxed_slice())
}

/// The values of a per-phase list `v0|v1|…`, in phase order; `None` means
/// the attribute is absent in that phase.
fn values(list: &str) -> impl Iterator<Item = Option<&str>> {
    list.split('|').map(|v| (v != ABSENT).then_some(v))
}

/// The value for phase `index` in a per-phase list; `None` means the
/// attribute is absent in that phase.
pub fn value_at(list: &str, index: usize) -> Option<&str> {
    values(list).nth(index).flatten()
}

/// One per-phase attribute of one element, read from the page once.
struct Phased {
    el: Element,
    name: &'static str,
    values: Vec<Option<String>>,
}

/// Per language, read from the page once: the per-phase attributes, the
/// slider, the live region, and the phase last set.
struct Live {
    phased: Vec<Phased>,
    slider: Option<HtmlInputElement>,
    announce: Option<Element>,
    last: Option<usize>,
}

thread_local! {
    static LIVE: RefCell<[Option<Live>; 2]> = const { RefCell::new([None, None]) };
}

/// Runs `f` on the live parts of the tree in `lang`, read on first use.
fn with_live<R>(lang: Lang, f: impl FnOnce(&mut Live) -> R) -> Option<R> {
    LIVE.with(|live| {
        let mut live = live.borrow_mut();
        let slot = &mut live[lang as usize];
        if slot.is_none() {
            let root = tree(lang)?;
            let one = |selector: &str| root.query_selector(selector).ok().flatten();
            *slot = Some(Live {
                phased: read_phased(&root),
                slider: one(".phase-control input").and_then(|el| el.dyn_into().ok()),
                announce: one(".announce"),
                last: None,
            });
        }
        slot.as_mut().map(f)
    })
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
                out.push(Phased {
                    el: el.clone(),
                    name,
                    values: values(&list).map(|v| v.map(str::to_owned)).collect(),
                });
            }
        }
    }
    out
}

/// Sets every per-phase attribute of the tree in `lang` to its value in
/// phase `index`, and the slider to `index`. The attributes are read from
/// the page once; after that only the values that differ from the phase
/// last shown are written, and nothing is read back.
pub fn apply_phase(lang: Lang, index: usize) {
    with_live(lang, |live| {
        for p in &live.phased {
            let want = p.at(index);
            let unchanged = match live.last {
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
        // The slider moved itself when the reader moved it.
        if let Some(slider) = &live.slider {
            let value = index.to_string();
            if slider.value() != value {
                slider.set_value(&value);
            }
        }
        live.last = Some(index);
    });
}

/// Says `text` in the live region of the tree in `lang`.
pub fn announce(lang: Lang, text: &str) {
    with_live(lang, |live| {
        if let Some(region) = &live.announce {
            region.set_text_content(Some(text));
        }
    });
}

/// Shows the play button in both trees as playing (pause) or stopped.
pub fn show_playing(playing: bool) {
    let Ok(Some(app)) = document().query_selector("#app") else {
        return;
    };
    for control in all(&app, ".phase-control") {
        let word = control.get_attribute(if playing { "data-pause" } else { "data-play" });
        let icon = if playing { PAUSE_ICON } else { PLAY_ICON };
        if let Ok(Some(el)) = control.query_selector(".play__icon") {
            el.set_text_content(Some(icon));
        }
        if let Ok(Some(el)) = control.query_selector(".play__label") {
            el.set_text_content(word.as_deref());
        }
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
}
