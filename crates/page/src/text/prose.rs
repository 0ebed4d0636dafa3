//! The sentences about the counts: how an era's figures relate, and the
//! one counter that gives both eras. Built from the figures alone; no
//! reason for a difference is invented, since no source gives one.

use super::format::{capitalized, date, figure};
use crate::counts::Disagreement;
use crate::story::{Era, Figure, Lang};

/// What an era's figures have in common and how they relate, using only
/// the figures themselves: no reason for a difference is invented, since no
/// source gives one.
pub fn disagreement(d: &Disagreement, lang: Lang) -> String {
    // The pieces both languages use; each language only chooses its words.
    let figures = capitalized(number_word(d.figures, lang));
    let counters = number_word(d.counters, lang);
    let (first, last) = (date(d.first_reported, lang), date(d.last_reported, lang));
    let floors: Vec<String> = d
        .floors
        .iter()
        .map(|f| quoted(figure(f, lang), lang))
        .collect();
    let floor_count = capitalized(number_word(d.floors.len(), lang));
    let and = match lang {
        Lang::En => " and ",
        Lang::Es => " y ",
    };
    let floor_list = floors.join(and);
    let estimate = d
        .estimate
        .map(|e| (quoted(figure(e, lang), lang), e.counter.get(lang)));
    match lang {
        Lang::En => {
            let period = match d.era {
                Era::Trump => "the Trump administration",
                Era::Biden => "the Biden administration",
            };
            let closed = if d.closed {
                ", a period that had ended before the first of them was published"
            } else {
                ""
            };
            let floor_note = match (d.floors.len(), &estimate, d.consistent) {
                (0, _, _) => String::new(),
                (1, Some((high, by)), true) => {
                    format!(" One is a floor ({floor_list}), consistent with {high} ({by}).")
                }
                (_, Some((high, by)), true) => format!(
                    " {floor_count} are floors ({floor_list}), consistent with {high} ({by})."
                ),
                (1, _, _) => format!(" One is a floor ({floor_list}), not a total."),
                _ => format!(" {floor_count} are floors ({floor_list}), not totals."),
            };
            format!("{figures} figures from {counters} sources, reported between {first} and {last}, all count people under {period}{closed}.{floor_note} None of the sources says how it counted. We show each one as worded, not an average.")
        }
        Lang::Es => {
            let period = match d.era {
                Era::Trump => "el gobierno de Trump",
                Era::Biden => "el gobierno de Biden",
            };
            let closed = if d.closed {
                ", un periodo que había terminado antes de que se publicara la primera"
            } else {
                ""
            };
            let floor_note = match (d.floors.len(), &estimate, d.consistent) {
                (0, _, _) => String::new(),
                (1, Some((high, by)), true) => {
                    format!(" Una es un mínimo ({floor_list}), compatible con {high} ({by}).")
                }
                (_, Some((high, by)), true) => format!(
                    " {floor_count} son mínimos ({floor_list}), compatibles con {high} ({by})."
                ),
                (1, _, _) => format!(" Una es un mínimo ({floor_list}), no un total."),
                _ => format!(" {floor_count} son mínimos ({floor_list}), no totales."),
            };
            format!("{figures} cifras de {counters} fuentes, publicadas entre el {first} y el {last}, todas cuentan personas durante {period}{closed}.{floor_note} Ninguna de las fuentes dice cómo contó. Mostramos cada una tal como se publicó, no un promedio.")
        }
    }
}

/// Compares the only counter that gives both eras, if there is one.
pub fn same_counter(trump: &Figure, biden: &Figure, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Only one source gives both eras: {}, reporting {} people under Trump and {} under Biden.",
            trump.counter.get(lang),
            quoted(figure(trump, lang), lang),
            quoted(figure(biden, lang), lang),
        ),
        Lang::Es => format!(
            "Solo una fuente da cifras de ambos gobiernos: {}, que reporta {} personas con Trump y {} con Biden.",
            trump.counter.get(lang),
            quoted(figure(trump, lang), lang),
            quoted(figure(biden, lang), lang),
        ),
    }
}

/// A figure in the source's own words, in quotation marks; in Spanish it is
/// our translation, so it goes unquoted.
fn quoted(text: String, lang: Lang) -> String {
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Es => text,
    }
}

/// Small counts in words, as prose style wants: 3 → "three" / "tres".
fn number_word(n: usize, lang: Lang) -> String {
    const EN_WORDS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const ES_WORDS: [&str; 10] = [
        "cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    ];
    let words = match lang {
        Lang::En => &EN_WORDS,
        Lang::Es => &ES_WORDS,
    };
    words
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}
