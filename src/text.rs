//! The words the page shows that are built from data: dates at their own
//! precision, counts with their qualifiers, citations and the slider's
//! spoken value. Pure functions, tested natively.

use crate::counts::Disagreement;
use crate::story::{
    DateSpan, Era, Figure, PartialDate, Phase, PlaceKind, PlaceStatus, Qualifier, Source,
};

/// The explainer's title.
pub const TITLE: &str = "Remain in Mexico";
/// The line above the title.
pub const KICKER: &str = "Explainer · 2019–2023";
/// The standfirst under the title.
pub const DEK: &str = "How the Migrant Protection Protocols sent asylum seekers back to Mexico to wait for US court hearings, were ended, ordered back by a court, restarted and finally refused by Mexico. Move through the story with the slider; every fact carries its source.";
/// Introduces the counts.
pub const COUNTS_HEADING: &str = "How many people were sent back?";
pub const COUNTS_INTRO: &str = "Counts of people made to wait in Mexico under MPP, as each source reported them, with the date it reported. These are tallies published at those dates, not live counts.";
/// How the page was written.
pub const CREDITS: &str = "Text written for this explainer from the sources above; quotations are short and attributed. Dates are as precise as the sources allow.";

const MONTHS: [&str; 12] = [
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

/// The month's English name; "" for 0 (unknown).
pub fn month_name(month: u8) -> &'static str {
    match month {
        1..=12 => MONTHS[usize::from(month - 1)],
        _ => "",
    }
}

/// A date at exactly its known precision: "2019", "August 2021",
/// "October 16, 2021".
pub fn date(d: PartialDate) -> String {
    match (d.month, d.day) {
        (0, _) => d.year.to_string(),
        (m, 0) => format!("{} {}", month_name(m), d.year),
        (m, day) => format!("{} {day}, {}", month_name(m), d.year),
    }
}

/// A phase's dates: "2019 – January 19, 2021". Each end keeps its precision.
pub fn span(s: DateSpan) -> String {
    format!("{} – {}", date(s.start), date(s.end))
}

/// A whole number with thousands separators: 71000 → "71,000".
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

/// The qualifier as the source wrote it.
pub fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::MoreThan => "more than",
        Qualifier::Over => "over",
        Qualifier::Around => "around",
        Qualifier::Approximately => "approximately",
    }
}

/// A figure exactly as reported: "more than 71,000".
pub fn figure(f: &Figure) -> String {
    format!("{} {}", qualifier(f.qualifier), count(f.value))
}

/// The heading of an era's counts.
pub fn era_heading(era: Era) -> &'static str {
    match era {
        Era::Trump => "Under Trump",
        Era::Biden => "Under Biden",
    }
}

/// What a kind of place is, for the legend, the table and the details.
pub fn place_kind(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Port => "US port of entry",
        PlaceKind::Encampment => "Encampment in Mexico",
        PlaceKind::HearingFacility => "Soft-sided hearing facility",
        PlaceKind::TwinCity => "Mexican city across the border",
    }
}

/// A place's status in a phase, in a few words.
pub fn place_status(status: PlaceStatus) -> &'static str {
    match status {
        PlaceStatus::Inactive => "Not part of the story yet",
        PlaceStatus::Planned => "Planned",
        PlaceStatus::Active => "Active",
        PlaceStatus::Unclear => "Not reported",
        PlaceStatus::Ended => "Ended",
    }
}

/// "Phase 3 of 6".
pub fn position(index: usize, total: usize) -> String {
    format!("Phase {} of {total}", index + 1)
}

/// What assistive technology reads for the slider's value: the phase's
/// position, title and dates, never a bare number.
pub fn slider_value(index: usize, total: usize, phase: &Phase) -> String {
    format!(
        "{}: {}, {}",
        position(index, total),
        phase.title,
        span(phase.span)
    )
}

/// A source's title as shown: a published headline in quotation marks, our
/// description of an untitled copy in square brackets.
pub fn source_title(s: &Source) -> String {
    if s.headline {
        format!("“{}”", s.title)
    } else {
        format!("[{}]", s.title)
    }
}

/// A source's dates: "December 2, 2021 (updated September 23, 2022)".
pub fn source_dates(s: &Source) -> String {
    match s.updated {
        Some(u) => format!("{} (updated {})", date(s.date), date(u)),
        None => date(s.date),
    }
}

/// A source as one line of plain text: outlet, title, authors, dates, note.
pub fn source_reference(s: &Source) -> String {
    let mut line = format!("{}, {}", s.outlet, source_title(s));
    if !s.authors.is_empty() {
        line.push_str(&format!(", by {}", s.authors));
    }
    line.push_str(&format!(", {}.", source_dates(s)));
    if !s.note.is_empty() {
        line.push(' ');
        line.push_str(s.note);
    }
    line
}

/// Names of the outlets behind a citation, for its collapsed label.
pub fn outlets(sources: &[&Source]) -> String {
    let names: Vec<&str> = sources.iter().map(|s| s.outlet).collect();
    names.join("; ")
}

/// Explains why an era's figures differ, using only the figures themselves.
pub fn disagreement(d: &Disagreement) -> String {
    let floors = d.lower_bounds;
    let floor_note = match floors {
        0 => String::new(),
        1 => " One is a floor (“more than”, “over”), not a total.".to_owned(),
        n => format!(
            " {} are floors (“more than”, “over”), not totals.",
            capitalized_number(n)
        ),
    };
    format!(
        "{} figures from {} counters, reported between {} and {}, run from {} ({}) to {} ({}). They counted at different times and in different words, so they need not agree.{floor_note} We show each one rather than an average.",
        capitalized_number(d.figures),
        number_word(d.counters),
        date(d.first_reported),
        date(d.last_reported),
        quoted(figure(d.low)),
        d.low.counter,
        quoted(figure(d.high)),
        d.high.counter,
    )
}

/// Compares the only counter that gives both eras, if there is one.
pub fn same_counter(trump: &Figure, biden: &Figure) -> String {
    format!(
        "Only one counter gives both eras: {}, reporting {} people under Trump and {} under Biden.",
        trump.counter,
        quoted(figure(trump)),
        quoted(figure(biden)),
    )
}

fn quoted(text: String) -> String {
    format!("“{text}”")
}

/// Small counts in words, as prose style wants: 3 → "three".
fn number_word(n: usize) -> String {
    const WORDS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

fn capitalized_number(n: usize) -> String {
    let word = number_word(n);
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;

    // Pins that a date never claims more precision than it has.
    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(date(PartialDate::year(2019)), "2019");
        assert_eq!(date(PartialDate::month(2021, 8)), "August 2021");
        assert_eq!(date(PartialDate::ymd(2021, 10, 16)), "October 16, 2021");
        assert_eq!(date(PartialDate::ymd(2023, 2, 6)), "February 6, 2023");
        assert_eq!(month_name(0), "");
        assert_eq!(month_name(13), "");
    }

    #[test]
    fn spans_join_both_ends() {
        let first = &STORY.phases[0];
        assert_eq!(span(first.span), "2019 – January 19, 2021");
        assert_eq!(span(STORY.phases[1].span), "January 20, 2021 – July 2021");
    }

    // Pins thousands separators, including the edges of each group.
    #[test]
    fn counts_group_thousands() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(7500), "7,500");
        assert_eq!(count(71000), "71,000");
        assert_eq!(count(1_500_000), "1,500,000");
        assert_eq!(count(u32::MAX), "4,294,967,295");
    }

    // Pins that each figure reads exactly as its source put it.
    #[test]
    fn figures_read_as_reported() {
        let phrases: Vec<String> = STORY.figures.iter().map(figure).collect();
        assert_eq!(
            phrases,
            [
                "more than 71,000",
                "over 70,000",
                "around 74,000",
                "approximately 7,500"
            ]
        );
    }

    #[test]
    fn slider_value_names_phase_and_dates() {
        let text = slider_value(2, 6, &STORY.phases[2]);
        assert_eq!(
            text,
            "Phase 3 of 6: A court orders it back; advocates walk out, August 2021 – December 1, 2021"
        );
    }

    // Pins the visible difference between a headline and our description.
    #[test]
    fn source_titles_mark_headlines() {
        let abc = STORY
            .sources
            .iter()
            .find(|s| s.key == "abc-2023-02-07")
            .unwrap();
        assert!(source_title(abc).starts_with("“Mexico rejects"));
        let buzzfeed = STORY
            .sources
            .iter()
            .find(|s| s.key.starts_with("buzzfeed"))
            .unwrap();
        assert!(source_title(buzzfeed).starts_with('['));
        let immdef = STORY
            .sources
            .iter()
            .find(|s| s.key.starts_with("immdef"))
            .unwrap();
        assert_eq!(
            source_dates(immdef),
            "December 2, 2021 (updated September 23, 2022)"
        );
    }
}
