//! Every word the page shows that is not story data, in English and Spanish,
//! and the wording built from data. Pure functions, tested natively:
//! `words` (the interface's fixed words), `format` (dates, counts,
//! figures), `labels` (places, the phase control, sources) and `prose`
//! (the sentences about the counts).

mod format;
mod labels;
mod prose;
mod words;

pub use format::*;
pub use labels::*;
pub use prose::*;
pub use words::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::{DateBasis, Era, Lang, PartialDate, PlaceKind, PlaceStatus, STORY};
    use Lang::{En, Es};

    // Pins that a date never claims more precision than it has, in both languages.
    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(date(PartialDate::year(2019), En), "2019");
        assert_eq!(date(PartialDate::month(2021, 8), En), "August 2021");
        assert_eq!(date(PartialDate::ymd(2021, 10, 16), En), "October 16, 2021");
        assert_eq!(date(PartialDate::year(2019), Es), "2019");
        assert_eq!(date(PartialDate::month(2021, 8), Es), "agosto de 2021");
        assert_eq!(
            date(PartialDate::ymd(2023, 2, 6), Es),
            "6 de febrero de 2023"
        );
        assert_eq!(month_name(0, En), "");
        assert_eq!(month_name(13, Es), "");
    }

    // Pins that a phase is dated by its start only (its end is an
    // editorial boundary), and that ticks tell every phase apart.
    #[test]
    fn phases_are_dated_from_their_start() {
        assert_eq!(phase_from(&STORY.phases[0], En), "From 2019");
        assert_eq!(
            phase_from(&STORY.phases[1], Es),
            "Desde el 20 de enero de 2021"
        );
        assert_eq!(phase_from(&STORY.phases[2], Es), "Desde agosto de 2021");
        assert_eq!(
            from_date(PartialDate::ymd(2021, 12, 2), En),
            "from December 2, 2021"
        );
        let ticks: Vec<String> = STORY
            .phases
            .iter()
            .map(|p| tick_date(p.span.start, En))
            .collect();
        assert_eq!(
            ticks,
            ["2019", "Jan 2021", "Aug 2021", "Dec 2021", "Jun 2022", "Dec 2022"]
        );
        let mut distinct = ticks.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), ticks.len());
        assert_eq!(tick_date(PartialDate::month(2021, 9), Es), "sept. 2021");
    }

    // Pins how a date not stated by the sources is shown.
    #[test]
    fn dates_say_where_they_come_from() {
        let wind_down = &STORY.phases[1];
        assert_eq!(wind_down.start.basis, DateBasis::PublicRecord);
        assert_eq!(
            dated(&wind_down.start, En),
            "January 20, 2021 (date from public record)"
        );
        assert_eq!(
            basis(DateBasis::WorkedOut, Es),
            Some("fecha deducida del texto")
        );
        assert_eq!(basis(DateBasis::Reported, En), None);
    }

    // Pins that "ended" says what ended, and "inactive" claims no more than
    // that the sources do not name the place yet.
    #[test]
    fn statuses_fit_the_kind_of_place() {
        assert_eq!(
            place_status(PlaceStatus::Ended, PlaceKind::Port, En),
            "Restart refused"
        );
        assert_eq!(
            place_status(PlaceStatus::Ended, PlaceKind::Encampment, En),
            "Ended"
        );
        // Laredo's port is named in October 2021, but only for its hearing
        // facility: not yet as an MPP port.
        assert_eq!(
            place_status(PlaceStatus::Inactive, PlaceKind::Port, En),
            "Not named as an MPP port yet"
        );
        assert_eq!(
            place_status(PlaceStatus::Inactive, PlaceKind::Encampment, En),
            "Not named by the sources yet"
        );
        assert_eq!(
            place_status_in_phase(PlaceStatus::Unclear, PlaceKind::Port, Es),
            "en esta fase: sin datos"
        );
    }

    // Pins thousands separators, including the edges of each group.
    #[test]
    fn counts_group_thousands() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(7500), "7,500");
        assert_eq!(count(71000), "71,000");
        assert_eq!(count(u32::MAX), "4,294,967,295");
    }

    // Pins that each figure reads exactly as its source put it.
    #[test]
    fn figures_read_as_reported() {
        let phrases: Vec<String> = STORY.figures.iter().map(|f| figure(f, En)).collect();
        assert_eq!(
            phrases,
            [
                "more than 71,000",
                "over 70,000",
                "around 74,000",
                "approximately 7,500"
            ]
        );
        let es: Vec<String> = STORY.figures.iter().map(|f| figure(f, Es)).collect();
        assert_eq!(
            es,
            [
                "más de 71,000",
                "más de 70,000",
                "alrededor de 74,000",
                "aproximadamente 7,500"
            ]
        );
    }

    #[test]
    fn slider_value_names_phase_and_dates() {
        assert_eq!(
            slider_value(2, 6, &STORY.phases[2], En),
            "Phase 3 of 6: A court orders it back; advocates walk out, from August 2021"
        );
        assert!(
            slider_value(2, 6, &STORY.phases[2], Es).starts_with("Fase 3 de 6: Un tribunal ordena")
        );
    }

    // Pins the visible difference between a headline and our description,
    // and that headlines stay in their own language.
    #[test]
    fn source_titles_mark_headlines() {
        let abc = STORY
            .sources
            .iter()
            .find(|s| s.key == "abc-2023-02-07")
            .unwrap();
        assert!(source_title(abc, En).starts_with("“Mexico rejects"));
        assert_eq!(source_title(abc, Es), source_title(abc, En));
        assert_eq!(byline(abc, Es).unwrap(), "de Armando Garcia y Quinn Owen");
        let buzzfeed = STORY
            .sources
            .iter()
            .find(|s| s.key.starts_with("buzzfeed"))
            .unwrap();
        assert!(source_title(buzzfeed, Es).starts_with("[Reportaje"));
        let immdef = STORY
            .sources
            .iter()
            .find(|s| s.key.starts_with("immdef"))
            .unwrap();
        assert_eq!(
            source_dates(immdef, En),
            "December 2, 2021 (updated September 23, 2022)"
        );
        assert_eq!(
            source_dates(immdef, Es),
            "2 de diciembre de 2021 (actualizado el 23 de septiembre de 2022)"
        );
    }

    // Pins that every interface string exists in both languages, and that
    // the Spanish is a translation, not a copy (names excepted).
    #[test]
    fn every_interface_string_is_translated() {
        let en = ui_fields(&EN);
        let es = ui_fields(&ES);
        assert_eq!(en.len(), es.len());
        // `our_translation` is a Spanish-only note: English needs none.
        let same_allowed = ["our_translation"];
        for ((name, en), (_, es)) in en.iter().zip(&es) {
            assert!(!es.trim().is_empty(), "ES.{name} is empty");
            if !same_allowed.contains(name) {
                assert!(!en.trim().is_empty(), "EN.{name} is empty");
                assert_ne!(en, es, "ES.{name} is not translated");
            }
        }
    }

    // Pins that every text of the story has both languages (the build
    // checks this too) and that Spanish differs where it should.
    #[test]
    fn every_story_text_is_translated() {
        let mut texts = Vec::new();
        for p in STORY.phases {
            texts.extend([p.title, p.short_title, p.summary]);
            for e in p.events {
                texts.push(e.text);
                if let Some(q) = &e.quote {
                    texts.extend([q.text, q.speaker]);
                }
            }
        }
        for f in STORY.figures {
            texts.extend([f.counter, f.counted]);
        }
        for p in STORY.places {
            texts.push(p.name);
            for s in p.states {
                texts.push(s.note);
            }
        }
        for t in &texts {
            assert!(!t.en.trim().is_empty() && !t.es.trim().is_empty(), "{t:?}");
        }
        let translated = texts.iter().filter(|t| t.en != t.es).count();
        assert!(
            translated * 10 >= texts.len() * 8,
            "only {translated} of {} texts differ",
            texts.len()
        );
    }

    #[test]
    fn disagreement_reads_in_both_languages() {
        let d = crate::counts::disagreement(Era::Trump).unwrap();
        assert!(disagreement(&d, Es)
            .starts_with("Tres cifras de tres fuentes, publicadas entre el 16 de octubre de 2021"));
        assert!(disagreement(&d, Es).contains("Dos son mínimos"));
    }
}
