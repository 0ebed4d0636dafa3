//! Dates, counts and figures as the page writes them: a date at exactly its
//! own precision (and where it comes from, when the source does not state
//! it), a count with a comma between thousands, a figure with the source's
//! own qualifier.
//!
//! Spanish follows the usage of readers on both sides of the border (es-MX,
//! es-US): dates as "16 de octubre de 2021", and a comma between thousands
//! ("71,000"), as Mexican and US Spanish write numbers.

use super::words::ui;
use crate::story::{DateBasis, Dated, Figure, Lang, PartialDate, Phase, Qualifier};

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The month's name; "" for 0 (unknown).
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    let months = match lang {
        Lang::En => &MONTHS_EN,
        Lang::Es => &MONTHS_ES,
    };
    match month {
        1..=12 => months[usize::from(month - 1)],
        _ => "",
    }
}

/// A date at exactly its known precision: "2019", "August 2021" or
/// "agosto de 2021", "October 16, 2021" or "16 de octubre de 2021".
pub fn date(d: PartialDate, lang: Lang) -> String {
    let month = month_name(d.month, lang);
    match (d.month, d.day, lang) {
        (0, _, _) => d.year.to_string(),
        (_, 0, Lang::En) => format!("{month} {}", d.year),
        (_, 0, Lang::Es) => format!("{month} de {}", d.year),
        (_, day, Lang::En) => format!("{month} {day}, {}", d.year),
        (_, day, Lang::Es) => format!("{day} de {month} de {}", d.year),
    }
}

/// "from December 2, 2021" / "desde el 2 de diciembre de 2021": a phase
/// is dated by its start, the turning point that opens it; its end is an
/// editorial boundary (where the next phase starts), never shown as a date.
pub fn from_date(d: PartialDate, lang: Lang) -> String {
    match (lang, d.day) {
        (Lang::En, _) => format!("from {}", date(d, lang)),
        (Lang::Es, 0) => format!("desde {}", date(d, lang)),
        (Lang::Es, _) => format!("desde el {}", date(d, lang)),
    }
}

/// [`from_date`] of a phase's start, capitalized, as its dates line shows it.
pub fn phase_from(phase: &Phase, lang: Lang) -> String {
    capitalized(from_date(phase.span.start, lang))
}

/// Where a date comes from, as the page says it next to the date; `None`
/// for a date the source states.
pub fn basis(basis: DateBasis, lang: Lang) -> Option<&'static str> {
    let ui = ui(lang);
    match basis {
        DateBasis::Reported => None,
        DateBasis::WorkedOut => Some(ui.basis_worked_out),
        DateBasis::PublicRecord => Some(ui.basis_public_record),
    }
}

/// A date and, unless the source states it, where it comes from:
/// "January 20, 2021 (date from public record)".
pub fn dated(d: &Dated, lang: Lang) -> String {
    match basis(d.basis, lang) {
        Some(how) => format!("{} ({how})", date(d.date, lang)),
        None => date(d.date, lang),
    }
}

const MONTHS_SHORT_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_SHORT_ES: [&str; 12] = [
    "ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic.",
];

/// A phase's start on the timeline's ticks, to the month at most: "2019",
/// "Dec 2021" / "dic. 2021". Distinct for every phase, so each stop says
/// where it leads.
pub fn tick_date(d: PartialDate, lang: Lang) -> String {
    let months = match lang {
        Lang::En => &MONTHS_SHORT_EN,
        Lang::Es => &MONTHS_SHORT_ES,
    };
    match d.month {
        1..=12 => format!("{} {}", months[usize::from(d.month - 1)], d.year),
        _ => d.year.to_string(),
    }
}

/// A whole number with a comma between thousands: 71000 → "71,000", in
/// both languages (see the module's note on Spanish).
pub fn count(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The qualifier as the source wrote it (and its Spanish equivalent).
pub fn qualifier(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::MoreThan, Lang::En) => "more than",
        (Qualifier::Over, Lang::En) => "over",
        (Qualifier::Around, Lang::En) => "around",
        (Qualifier::Approximately, Lang::En) => "approximately",
        (Qualifier::MoreThan | Qualifier::Over, Lang::Es) => "más de",
        (Qualifier::Around, Lang::Es) => "alrededor de",
        (Qualifier::Approximately, Lang::Es) => "aproximadamente",
    }
}

/// A figure exactly as reported: "more than 71,000".
pub fn figure(f: &Figure, lang: Lang) -> String {
    format!("{} {}", qualifier(f.qualifier, lang), count(f.value))
}

/// The heading of an era's counts.
/// The word with its first letter in upper case.
pub(crate) fn capitalized(word: String) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => word,
    }
}
