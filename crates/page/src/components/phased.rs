//! Per-phase attributes in a view: for each attribute that changes with the
//! phase, its value in the first phase as the attribute itself (what the
//! page shows before the app starts, and without it) and every phase's
//! value in its `data-p-<attr>` list, encoded by the `protocol` crate the
//! live layer decodes with. The element is marked `data-p` once.

use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use protocol::{PerPhase, PhasedAttr, Written, PHASED_MARKER};

use crate::timeline;

/// The attributes to spread on an element (`<g {..phased(…)}>`) whose
/// attributes in `lists` change with the phase. Each list holds one value
/// per phase (`None`: absent in that phase).
///
/// # Panics
/// At build time, if a list has the wrong length or a value the encoding
/// cannot carry (a `|`, or the absent marker itself): the page must not be
/// written with a list the live layer would misread.
pub fn phased(lists: Vec<(PhasedAttr, Vec<Option<String>>)>) -> Vec<AnyAttribute> {
    per_phase(lists, Written::FirstPhase)
}

/// As [`phased`], but without the first phase's value as the attribute:
/// for what must look the same in every phase until the app picks one
/// (the phases themselves: without the app they are the static story,
/// every phase in turn).
pub fn listed(lists: Vec<(PhasedAttr, Vec<Option<String>>)>) -> Vec<AnyAttribute> {
    per_phase(lists, Written::AllPhases)
}

/// The element's attributes, written as `written` says (the first phase's
/// values as the attributes themselves, or none of them).
fn per_phase(lists: Vec<(PhasedAttr, Vec<Option<String>>)>, written: Written) -> Vec<AnyAttribute> {
    let first_too = written == Written::FirstPhase;
    let mut attrs = vec![custom_attribute(PHASED_MARKER, written.marker_value()).into_any_attr()];
    for (attr, values) in lists {
        assert_eq!(
            values.len(),
            timeline::phase_count(),
            "{}: one value per phase",
            attr.name()
        );
        let first = values[0].clone();
        let list = PerPhase::new(values)
            .encode()
            .unwrap_or_else(|e| panic!("{}: {e}", attr.name()));
        if let Some(first) = first.filter(|_| first_too) {
            attrs.push(custom_attribute(attr.name(), first).into_any_attr());
        }
        attrs.push(custom_attribute(attr.list_name(), list).into_any_attr());
    }
    attrs
}

/// Every phase's value of one attribute, from a function of the phase index.
pub fn each_phase(value: impl Fn(usize) -> Option<String>) -> Vec<Option<String>> {
    (0..timeline::phase_count()).map(value).collect()
}

/// `hidden` in every phase except those `shown` picks.
pub fn shown_in(shown: impl Fn(usize) -> bool) -> (PhasedAttr, Vec<Option<String>>) {
    (
        PhasedAttr::Hidden,
        each_phase(|i| (!shown(i)).then(String::new)),
    )
}
