//! Per-phase attributes: which attributes change with the phase, and how
//! their values for every phase are written into one attribute and read
//! back. `assets/deep-link.js` reads the same encoding to show a linked
//! phase before the app is live: `data-p-<name>`, values split at `|`,
//! `~` for absent.

/// An element that carries per-phase attributes is marked with this
/// attribute, so the live layer finds them all with one selector.
pub const PHASED_MARKER: &str = "data-p";

/// The selector for every element marked with [`PHASED_MARKER`].
pub const PHASED_SELECTOR: &str = "[data-p]";

/// How the page wrote an element's per-phase attributes, before the app:
/// the marker's value. The app trusts the page to show one phase (the
/// first, or the one a link named), so at start it need not read the
/// per-phase values of every element, only of those written showing every phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// The attributes as in the first phase (the marker is empty).
    FirstPhase,
    /// Showing every phase, until the app picks one: the phases
    /// themselves, which without the app are the static story, every
    /// phase in turn (the marker is `all-phases`).
    AllPhases,
}

impl Written {
    /// The marker's value.
    pub fn marker_value(self) -> &'static str {
        match self {
            Written::FirstPhase => "",
            Written::AllPhases => "all-phases",
        }
    }
}

/// The selector for the elements written [`Written::AllPhases`].
pub const ALL_PHASES_SELECTOR: &str = "[data-p=all-phases]";

/// The per-phase value that means "no such attribute in this phase".
pub const ABSENT: &str = "~";

/// Between the values of consecutive phases.
const SEPARATOR: char = '|';

/// The attributes the live layer may set per phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhasedAttr {
    Hidden,
    Class,
    AriaLabel,
    AriaValuetext,
    AriaDisabled,
    DataStatus,
    DataFirst,
}

impl PhasedAttr {
    pub const ALL: [PhasedAttr; 7] = [
        PhasedAttr::Hidden,
        PhasedAttr::Class,
        PhasedAttr::AriaLabel,
        PhasedAttr::AriaValuetext,
        PhasedAttr::AriaDisabled,
        PhasedAttr::DataStatus,
        PhasedAttr::DataFirst,
    ];

    /// The attribute the live layer sets: `hidden`, `aria-label`, …
    pub fn name(self) -> &'static str {
        match self {
            PhasedAttr::Hidden => "hidden",
            PhasedAttr::Class => "class",
            PhasedAttr::AriaLabel => "aria-label",
            PhasedAttr::AriaValuetext => "aria-valuetext",
            PhasedAttr::AriaDisabled => "aria-disabled",
            PhasedAttr::DataStatus => "data-status",
            PhasedAttr::DataFirst => "data-first",
        }
    }

    /// The attribute that holds every phase's value: `data-p-hidden`, …
    pub fn list_name(self) -> &'static str {
        match self {
            PhasedAttr::Hidden => "data-p-hidden",
            PhasedAttr::Class => "data-p-class",
            PhasedAttr::AriaLabel => "data-p-aria-label",
            PhasedAttr::AriaValuetext => "data-p-aria-valuetext",
            PhasedAttr::AriaDisabled => "data-p-aria-disabled",
            PhasedAttr::DataStatus => "data-p-data-status",
            PhasedAttr::DataFirst => "data-p-data-first",
        }
    }
}

/// One value per phase, in story order; `None` where the attribute is
/// absent in that phase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PerPhase<T>(Vec<Option<T>>);

/// Why a list of values cannot be written as one attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// A value holds the separator `|`.
    Separator { phase: usize, value: String },
    /// A value is the absent marker `~` itself.
    Marker { phase: usize },
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EncodeError::Separator { phase, value } => {
                write!(f, "the value for phase {phase} holds '|': {value}")
            }
            EncodeError::Marker { phase } => {
                write!(f, "the value for phase {phase} is the absent marker '~'")
            }
        }
    }
}

impl<T> PerPhase<T> {
    pub fn new(values: Vec<Option<T>>) -> Self {
        PerPhase(values)
    }

    /// The value in phase `index`; `None` if absent there or out of range.
    pub fn at(&self, index: usize) -> Option<&T> {
        self.0.get(index).and_then(Option::as_ref)
    }

    /// How many phases it has a value (or an absence) for.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: AsRef<str>> PerPhase<T> {
    /// `v0|v1|…`, with [`ABSENT`] for an absent value.
    pub fn encode(&self) -> Result<String, EncodeError> {
        let mut out = String::new();
        for (phase, value) in self.0.iter().enumerate() {
            if phase > 0 {
                out.push(SEPARATOR);
            }
            match value.as_ref().map(AsRef::as_ref) {
                None => out.push_str(ABSENT),
                Some(ABSENT) => return Err(EncodeError::Marker { phase }),
                Some(v) if v.contains(SEPARATOR) => {
                    return Err(EncodeError::Separator {
                        phase,
                        value: v.to_owned(),
                    })
                }
                Some(v) => out.push_str(v),
            }
        }
        Ok(out)
    }
}

impl<'a> PerPhase<&'a str> {
    /// Reads `v0|v1|…` back, borrowing the values.
    pub fn decode(list: &'a str) -> Self {
        PerPhase(
            list.split(SEPARATOR)
                .map(|v| (v != ABSENT).then_some(v))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The selector finds exactly the marked elements (written out so the
    // live layer needs no formatting code to build it).
    #[test]
    fn the_selectors_name_the_marker() {
        assert_eq!(PHASED_SELECTOR, ["[", PHASED_MARKER, "]"].concat());
        let all = Written::AllPhases.marker_value();
        assert_eq!(
            ALL_PHASES_SELECTOR,
            ["[", PHASED_MARKER, "=", all, "]"].concat()
        );
    }

    // Pins the round trip: what the page writes, the live layer reads back
    // exactly, absences and empty values included.
    #[test]
    fn encode_then_decode_round_trips() {
        let cases: Vec<Vec<Option<&str>>> = vec![
            vec![Some("a"), None, Some("c")],
            vec![Some(""), Some(""), None],
            vec![None],
            vec![Some("tick tick--current"), Some("tick")],
            vec![Some("Phase 1 of 6: Remain in Mexico begins, from 2019")],
        ];
        for values in cases {
            let written = PerPhase::new(values.clone()).encode().unwrap();
            assert_eq!(PerPhase::decode(&written), PerPhase::new(values));
        }
        assert_eq!(
            PerPhase::new(vec![Some("a"), None, Some("")])
                .encode()
                .unwrap(),
            "a|~|"
        );
    }

    // Pins that a value the encoding cannot carry is refused, not mangled.
    #[test]
    fn refuses_values_it_cannot_carry() {
        assert_eq!(
            PerPhase::new(vec![Some("ok"), Some("a|b")]).encode(),
            Err(EncodeError::Separator {
                phase: 1,
                value: "a|b".into()
            })
        );
        assert_eq!(
            PerPhase::new(vec![Some("~")]).encode(),
            Err(EncodeError::Marker { phase: 0 })
        );
    }

    #[test]
    fn out_of_range_is_absent() {
        let list = PerPhase::decode("a|~|c");
        assert_eq!(list.at(0), Some(&"a"));
        assert_eq!(list.at(1), None);
        assert_eq!(list.at(3), None);
        assert_eq!(list.len(), 3);
    }

    #[test]
    fn list_names_follow_the_attribute() {
        for attr in PhasedAttr::ALL {
            assert_eq!(attr.list_name(), format!("data-p-{}", attr.name()));
        }
    }
}
