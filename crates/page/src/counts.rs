//! The counts of people sent back, arranged for display: one bar per
//! reported figure, scaled to the largest, grouped by era, and a summary of
//! where the sources disagree. Nothing here invents or combines a number.

use crate::story::{Era, Figure, PartialDate, STORY};

/// One figure as a bar whose length is proportional to the stated number.
#[derive(Debug, Clone, Copy)]
pub struct Bar {
    pub figure: &'static Figure,
    /// `figure.value` over the largest stated value, in (0, 1].
    pub share: f32,
}

/// How an era's figures relate: how many there are and from how many
/// counters, which are only floors, whether every floor fits under the
/// highest estimate, and whether the era had ended before any was reported.
#[derive(Debug, Clone)]
pub struct Disagreement {
    pub era: Era,
    pub counters: usize,
    pub figures: usize,
    /// The floors ("more than", "over"), in the data file's order.
    pub floors: Vec<&'static Figure>,
    /// The highest figure that is not a floor, if any.
    pub estimate: Option<&'static Figure>,
    /// Every floor is at most the estimate: the figures do not conflict.
    pub consistent: bool,
    /// The era's last phase ended before the first figure was reported.
    pub closed: bool,
    pub first_reported: PartialDate,
    pub last_reported: PartialDate,
}

/// The largest stated number, which sets the scale of every bar.
pub fn scale_max() -> u32 {
    STORY.figures.iter().map(|f| f.value).max().unwrap_or(1)
}

/// The figures of one era, as bars, in the order the data file lists them.
pub fn bars(era: Era) -> Vec<Bar> {
    let max = scale_max() as f32;
    STORY
        .figures
        .iter()
        .filter(|f| f.era == era)
        .map(|figure| Bar {
            figure,
            share: figure.value as f32 / max,
        })
        .collect()
}

/// A share in (0, 1] as a percentage with two decimals, "95.95", by integer
/// arithmetic: no float formatting code reaches the reader's download.
pub fn percent(share: f32) -> String {
    let hundredths = (share.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// How an era's figures relate, if it has more than one.
pub fn disagreement(era: Era) -> Option<Disagreement> {
    let figures: Vec<&'static Figure> = STORY.figures.iter().filter(|f| f.era == era).collect();
    if figures.len() < 2 {
        return None;
    }
    let mut counters: Vec<&str> = Vec::new();
    for f in &figures {
        if !counters.contains(&f.counter.en) {
            counters.push(f.counter.en);
        }
    }
    let floors: Vec<&'static Figure> = figures
        .iter()
        .copied()
        .filter(|f| f.qualifier.is_lower_bound())
        .collect();
    let estimate = figures
        .iter()
        .copied()
        .filter(|f| !f.qualifier.is_lower_bound())
        .max_by_key(|f| f.value);
    let first_reported = figures
        .iter()
        .map(|f| f.reported)
        .min_by_key(|d| d.day_number())?;
    let era_end = STORY
        .phases
        .iter()
        .filter(|p| p.era == era)
        .map(|p| p.span.end.last_day_number())
        .max()?;
    Some(Disagreement {
        era,
        counters: counters.len(),
        figures: figures.len(),
        consistent: estimate.is_some_and(|e| floors.iter().all(|f| f.value <= e.value)),
        closed: era_end < first_reported.day_number(),
        floors,
        estimate,
        first_reported,
        last_reported: figures
            .iter()
            .map(|f| f.reported)
            .max_by_key(|d| d.day_number())?,
    })
}

/// The one counter that reports both eras, as (Trump figure, Biden figure).
pub fn same_counter_pair() -> Option<(&'static Figure, &'static Figure)> {
    STORY
        .figures
        .iter()
        .filter(|f| f.era == Era::Trump)
        .find_map(|trump| {
            STORY
                .figures
                .iter()
                .find(|b| b.era == Era::Biden && b.counter == trump.counter)
                .map(|biden| (trump, biden))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins that bars are proportional to the stated figures and the largest
    // fills the scale: no figure is rounded or adjusted on the way.
    #[test]
    fn bars_are_proportional_to_stated_figures() {
        assert_eq!(scale_max(), 74_000);
        let trump = bars(Era::Trump);
        assert_eq!(trump.len(), 3);
        for bar in &trump {
            let expected = bar.figure.value as f32 / 74_000.0;
            assert!((bar.share - expected).abs() < 1e-6);
        }
        assert!(trump.iter().any(|b| b.share == 1.0));
        let biden = bars(Era::Biden);
        assert_eq!(biden.len(), 1);
        assert!((biden[0].share - 7_500.0 / 74_000.0).abs() < 1e-6);
    }

    // Pins the disagreement summary against the three Trump-era figures.
    #[test]
    fn trump_era_disagreement() {
        let d = disagreement(Era::Trump).expect("three Trump-era figures");
        let floors: Vec<u32> = d.floors.iter().map(|f| f.value).collect();
        assert_eq!(floors, [71_000, 70_000]);
        assert_eq!(d.estimate.map(|f| f.value), Some(74_000));
        assert!(d.consistent, "both floors fit under around 74,000");
        assert!(d.closed, "the Trump era ended before October 2021");
        assert_eq!(d.counters, 3);
        assert_eq!(d.figures, 3);
        assert_eq!(d.first_reported, PartialDate::ymd(2021, 10, 16));
        assert_eq!(d.last_reported, PartialDate::ymd(2023, 2, 7));
        assert!(
            disagreement(Era::Biden).is_none(),
            "one figure cannot disagree"
        );
    }

    #[test]
    fn percent_has_two_decimals() {
        assert_eq!(percent(1.0), "100.00");
        assert_eq!(percent(71_000.0 / 74_000.0), "95.95");
        assert_eq!(percent(7_500.0 / 74_000.0), "10.14");
        assert_eq!(percent(0.0), "0.00");
        assert_eq!(percent(2.0), "100.00");
    }

    #[test]
    fn mexico_reports_both_eras() {
        let (trump, biden) = same_counter_pair().expect("Mexico's foreign ministry");
        assert_eq!((trump.value, biden.value), (74_000, 7_500));
        assert!(trump.counter.en.starts_with("Mexico"));
    }

    // Pins the disagreement's wording: the same closed period, floors
    // consistent with the estimate, no invented reason, no average.
    #[test]
    fn disagreement_text_quotes_figures_exactly() {
        let d = disagreement(Era::Trump).unwrap();
        let text = crate::text::disagreement(&d, crate::story::Lang::En);
        assert_eq!(
            text,
            "Three figures from three sources, reported between October 16, 2021 and February 7, 2023, all count people under the Trump administration, a period that had ended before the first of them was published. Two are floors (“more than 71,000” and “over 70,000”), consistent with “around 74,000” (Mexico's foreign ministry, via ABC News). None of the sources says how it counted. We show each one as worded, not an average."
        );
        for invented in ["different times", "need not agree", "run from"] {
            assert!(!text.contains(invented), "{invented}");
        }
        // In Spanish the figures are our translation: no quotation marks.
        let es = crate::text::disagreement(&d, crate::story::Lang::Es);
        assert!(
            es.contains("Dos son mínimos (más de 71,000 y más de 70,000), compatibles con alrededor de 74,000"),
            "{es}"
        );
        assert!(!es.contains('“'), "{es}");
    }
}
