//! Crowded places on a phone: where several symbols sit closer together
//! than a finger (Reynosa, Matamoros, Brownsville and a hearing site share
//! a few pixels at 375 px), a tap near them asks which one is meant, with a
//! button per place, each named as the map's table names it.

use web_sys::Element;

use protocol::hooks::{self, PlaceCell};

use super::dom;
use crate::tap::{read_tap, Tap};

/// Reads a tap at (`x`, `y`) against every place's symbol.
pub fn tap_at(root: &Element, x: f64, y: f64) -> Tap {
    let near = dom::all(root, hooks::PLACE_TARGET)
        .into_iter()
        .filter_map(|symbol| {
            let r = symbol.get_bounding_client_rect();
            let (cx, cy) = (r.left() + r.width() / 2.0, r.top() + r.height() / 2.0);
            let place = symbol.closest(hooks::PLACE).ok()??;
            Some((
                (cx - x).hypot(cy - y),
                place.get_attribute(hooks::PLACE_ID)?,
            ))
        })
        .collect();
    read_tap(near)
}

/// Asks, in the details panel, which of `ids` the reader means in phase
/// `index`: the page's question, then one button per place. Asks nothing
/// (`None`) where a place has no name to offer yet: its row of the place
/// table, below the point the app starts at, is not parsed.
pub fn ask(root: &Element, ids: &[String], index: usize) -> Option<()> {
    // The names are the table's own cells, written and escaped by the
    // page's renderer: moved, not built.
    let names = ids
        .iter()
        .map(|id| dom::place_cell(root, id, index, PlaceCell::Name).map(|name| (id, name)))
        .collect::<Option<Vec<_>>>()?;
    let panel = root.query_selector(hooks::PLACE_DETAILS).ok()??;
    let document = super::browser::document();
    let question = document.create_element("p").ok()?;
    question.set_class_name("place-picker__question");
    question.set_text_content(panel.get_attribute(hooks::PICK_QUESTION).as_deref());
    let list = document.create_element("ul").ok()?;
    list.set_class_name("place-picker");
    for (id, name) in names {
        let item = document.create_element("li").ok()?;
        let button = document.create_element("button").ok()?;
        button.set_attribute("type", "button").ok()?;
        button.set_class_name("place-picker__option");
        button.set_attribute(hooks::PICK, id).ok()?;
        button.set_inner_html(&name);
        item.append_child(&button).ok()?;
        list.append_child(&item).ok()?;
    }
    panel.replace_children_with_node_2(&question, &list);
    Some(())
}
