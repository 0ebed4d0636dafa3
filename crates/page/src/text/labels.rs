//! Labels built from the story's data: what a place is and what it is
//! doing, the phase control's position and spoken value, the phase
//! announcement, and how a source is named.

use super::format::{date, from_date};
use super::words::ui;
use crate::map_state;
use crate::story::{Era, Lang, Phase, Place, PlaceKind, PlaceStatus, Source};

pub fn era_heading(era: Era, lang: Lang) -> &'static str {
    match (era, lang) {
        (Era::Trump, Lang::En) => "Under Trump",
        (Era::Biden, Lang::En) => "Under Biden",
        (Era::Trump, Lang::Es) => "Durante el gobierno de Trump",
        (Era::Biden, Lang::Es) => "Durante el gobierno de Biden",
    }
}

/// What a kind of place is, for the legend, the table and the details.
pub fn place_kind(kind: PlaceKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PlaceKind::Port, Lang::En) => "US port of entry",
        (PlaceKind::Encampment, Lang::En) => "Encampment in Mexico",
        (PlaceKind::HearingFacility, Lang::En) => "Soft-sided hearing facility",
        (PlaceKind::TwinCity, Lang::En) => "Mexican city across the border",
        (PlaceKind::Port, Lang::Es) => "Puerto de entrada de EE. UU.",
        (PlaceKind::Encampment, Lang::Es) => "Campamento en México",
        (PlaceKind::HearingFacility, Lang::Es) => "Centro de audiencias con estructuras temporales",
        (PlaceKind::TwinCity, Lang::Es) => "Ciudad mexicana al otro lado de la frontera",
    }
}

/// The shape that stands for a kind of place, for the legend.
pub fn place_shape(kind: PlaceKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PlaceKind::Port, Lang::En) => "circle",
        (PlaceKind::Encampment, Lang::En) => "triangle",
        (PlaceKind::HearingFacility, Lang::En) => "square",
        (PlaceKind::TwinCity, Lang::En) => {
            "dot and italic name; geography, not a claim of the sources"
        }
        (PlaceKind::Port, Lang::Es) => "círculo",
        (PlaceKind::Encampment, Lang::Es) => "triángulo",
        (PlaceKind::HearingFacility, Lang::Es) => "cuadrado",
        (PlaceKind::TwinCity, Lang::Es) => {
            "punto y nombre en cursiva; geografía, no una afirmación de las fuentes"
        }
    }
}

/// A place's status in a phase, in a few words. Some depend on the kind of
/// place: an encampment ends, while at a port Mexico refused the restart;
/// a port the sources name only for its hearing facility is not yet named
/// as an MPP port.
pub fn place_status(status: PlaceStatus, kind: PlaceKind, lang: Lang) -> &'static str {
    let refused = kind == PlaceKind::Port;
    match (status, lang) {
        (PlaceStatus::Inactive, Lang::En) if refused => "Not named as an MPP port yet",
        (PlaceStatus::Inactive, Lang::En) => "Not named by the sources yet",
        (PlaceStatus::Planned, Lang::En) => "Planned",
        (PlaceStatus::Active, Lang::En) => "Active",
        (PlaceStatus::Unclear, Lang::En) => "Not reported",
        (PlaceStatus::Ended, Lang::En) if refused => "Restart refused",
        (PlaceStatus::Ended, Lang::En) => "Ended",
        (PlaceStatus::Inactive, Lang::Es) if refused => "Aún no nombrado como puerto del MPP",
        (PlaceStatus::Inactive, Lang::Es) => "Las fuentes aún no lo nombran",
        (PlaceStatus::Planned, Lang::Es) => "Previsto",
        (PlaceStatus::Active, Lang::Es) => "Activo",
        (PlaceStatus::Unclear, Lang::Es) => "Sin datos",
        (PlaceStatus::Ended, Lang::Es) if refused => "Reanudación rechazada",
        (PlaceStatus::Ended, Lang::Es) => "Terminado",
    }
}

/// A status for the legend, which stands for every kind of place.
pub fn legend_status(status: PlaceStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (PlaceStatus::Ended, Lang::En) => "Ended (an encampment) or restart refused (a port)",
        (PlaceStatus::Ended, Lang::Es) => {
            "Terminado (un campamento) o reanudación rechazada (un puerto)"
        }
        (s, lang) => place_status(s, PlaceKind::Encampment, lang),
    }
}

/// A place's status as part of its accessible name: "in this phase:
/// planned". The state is the one the phase shows, not necessarily one that
/// began in it ("ended" in 2023 for a camp emptied in 2021).
pub fn place_status_in_phase(status: PlaceStatus, kind: PlaceKind, lang: Lang) -> String {
    let words = place_status(status, kind, lang);
    let mut chars = words.chars();
    let lower: String = chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    match lang {
        Lang::En => format!("in this phase: {lower}"),
        Lang::Es => format!("en esta fase: {lower}"),
    }
}

/// "Phase 3 of 6" / "Fase 3 de 6".
pub fn position(index: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Phase {} of {total}", index + 1),
        Lang::Es => format!("Fase {} de {total}", index + 1),
    }
}

/// What assistive technology reads for the slider's value: the phase's
/// position, title and start, never a bare number.
pub fn slider_value(index: usize, total: usize, phase: &Phase, lang: Lang) -> String {
    format!(
        "{}: {}, {}",
        position(index, total, lang),
        phase.title.get(lang),
        from_date(phase.span.start, lang)
    )
}

/// The brief announcement of a phase change: its title and start.
pub fn announcement(phase: &Phase, lang: Lang) -> String {
    format!(
        "{}, {}",
        phase.title.get(lang),
        from_date(phase.span.start, lang)
    )
}

/// A source's title as shown: a published headline in quotation marks (in
/// its own language), our description of an untitled copy in brackets.
pub fn source_title(s: &Source, lang: Lang) -> String {
    if s.headline {
        format!("“{}”", s.title.get(lang))
    } else {
        format!("[{}]", s.title.get(lang))
    }
}

/// A source's dates: "December 2, 2021 (updated September 23, 2022)".
pub fn source_dates(s: &Source, lang: Lang) -> String {
    let updated = match lang {
        Lang::En => "updated",
        Lang::Es => "actualizado el",
    };
    match s.updated {
        Some(u) => format!("{} ({updated} {})", date(s.date.date, lang), date(u, lang)),
        None => date(s.date.date, lang),
    }
}

/// "by Armando Garcia and Quinn Owen" / "de …".
pub fn byline(s: &Source, lang: Lang) -> Option<String> {
    (!s.authors.is_empty()).then(|| match lang {
        Lang::En => format!("by {}", s.authors),
        Lang::Es => format!("de {}", s.authors.replace(" and ", " y ")),
    })
}

/// Names of the outlets behind a citation, for its collapsed label.
pub fn outlets(sources: &[&Source], lang: Lang) -> String {
    let names: Vec<&str> = sources.iter().map(|s| s.outlet.get(lang)).collect();
    names.join("; ")
}

/// What a place is called for assistive technology: name, kind and status.
pub fn place_name(place: &Place, status: Option<PlaceStatus>, lang: Lang) -> String {
    // The name starts with the words written on the map (WCAG 2.5.3).
    let label = place.label.get(lang);
    let full = place.name.get(lang);
    let name = if full.starts_with(label) {
        full.to_owned()
    } else {
        format!("{label} ({full})")
    };
    let kind = place_kind(place.kind, lang);
    match status {
        Some(s) => format!(
            "{name}: {kind}; {}",
            place_status_in_phase(s, place.kind, lang)
        ),
        None => format!("{name}: {kind}"),
    }
}

/// "Across the border from El Paso, Texas. Shown for orientation: …".
pub fn across(place: &Place, lang: Lang) -> String {
    let ui = ui(lang);
    let port = map_state::across_from(place).map_or("", |port| port.name.get(lang));
    format!("{} {port}. {}", ui.across_from, ui.not_named)
}
