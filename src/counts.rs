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

/// Where an era's figures disagree: the lowest and highest stated numbers,
/// how many counters there are and how many figures are only floors.
#[derive(Debug, Clone, Copy)]
pub struct Disagreement {
    pub low: &'static Figure,
    pub high: &'static Figure,
    pub counters: usize,
    pub figures: usize,
    pub lower_bounds: usize,
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

/// The disagreement among an era's figures, if it has more than one.
pub fn disagreement(era: Era) -> Option<Disagreement> {
    let figures: Vec<&'static Figure> = STORY.figures.iter().filter(|f| f.era == era).collect();
    if figures.len() < 2 {
        return None;
    }
    let low = *figures.iter().min_by_key(|f| f.value)?;
    let high = *figures.iter().max_by_key(|f| f.value)?;
    let mut counters: Vec<&str> = Vec::new();
    for f in &figures {
        if !counters.contains(&f.counter.en) {
            counters.push(f.counter.en);
        }
    }
    Some(Disagreement {
        low,
        high,
        counters: counters.len(),
        figures: figures.len(),
        lower_bounds: figures
            .iter()
            .filter(|f| f.qualifier.is_lower_bound())
            .count(),
        first_reported: figures
            .iter()
            .map(|f| f.reported)
            .min_by_key(|d| d.day_number())?,
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
        assert_eq!(d.low.value, 70_000);
        assert_eq!(d.high.value, 74_000);
        assert_eq!(d.counters, 3);
        assert_eq!(d.figures, 3);
        assert_eq!(d.lower_bounds, 2);
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

    #[test]
    fn disagreement_text_quotes_figures_exactly() {
        let text =
            crate::text::disagreement(&disagreement(Era::Trump).unwrap(), crate::story::Lang::En);
        assert!(text.starts_with(
            "Three figures from three sources, reported between October 16, 2021 and February 7, 2023, run from “over 70,000” (Immigrant Defenders Law Center) to “around 74,000”"
        ));
        assert!(text.contains("Two are floors"));
        assert!(text.contains("rather than an average"));
        // In Spanish the figures are our translation: no quotation marks.
        let es =
            crate::text::disagreement(&disagreement(Era::Trump).unwrap(), crate::story::Lang::Es);
        assert!(
            es.contains("van de más de 70,000 (Immigrant Defenders Law Center)"),
            "{es}"
        );
        assert!(!es.contains('“'), "{es}");
    }
}
