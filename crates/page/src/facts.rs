//! Every fact the page states, with the sources it cites: phase summaries,
//! events, counts, and what each place is and does in each state. One list,
//! so rules that read across the story (attribution; the data download)
//! see each fact once.

use crate::story::{L10n, SourceId, SourceKind, STORY};

/// One sourced statement of the page.
#[derive(Debug, Clone, Copy)]
pub struct Fact {
    /// Which entry of `story.toml` says it, e.g. `events[walkout]`.
    pub entry: &'static str,
    pub text: L10n,
    pub sources: &'static [SourceId],
}

/// Every fact of the story, in the order of `story.toml`.
pub fn all() -> Vec<Fact> {
    let mut facts = Vec::new();
    for phase in STORY.phases {
        facts.push(Fact {
            entry: phase.id,
            text: phase.summary,
            sources: phase.sources,
        });
        for event in phase.events {
            facts.push(Fact {
                entry: event.id,
                text: event.text,
                sources: event.sources,
            });
        }
    }
    for figure in STORY.figures {
        facts.push(Fact {
            entry: figure.id,
            text: figure.counter,
            sources: std::slice::from_ref(&figure.source),
        });
    }
    for place in STORY.places.iter().filter(|p| !p.states.is_empty()) {
        facts.push(Fact {
            entry: place.id,
            text: place.role,
            sources: place.sources,
        });
        for state in place.states {
            facts.push(Fact {
                entry: place.id,
                text: state.note,
                sources: state.sources,
            });
        }
    }
    facts
}

/// Whether every source the fact cites is an advocacy statement: then the
/// fact is that organization's claim, and the text must say whose.
pub fn advocacy_only(fact: &Fact) -> bool {
    !fact.sources.is_empty()
        && fact
            .sources
            .iter()
            .all(|&id| STORY.source(id).kind == SourceKind::Advocacy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Lang;

    // Pins attribution: a fact that cites only advocacy sources names its
    // speaker in both languages. The compiler cannot read prose, so this
    // lists each such fact (run with --nocapture to see them) and checks it.
    #[test]
    fn advocacy_claims_name_their_speaker() {
        let claims: Vec<Fact> = all().into_iter().filter(advocacy_only).collect();
        assert!(claims.len() >= 10, "the restart rests on ImmDef alone");
        for fact in &claims {
            let speakers: Vec<&str> = fact
                .sources
                .iter()
                .map(|&id| STORY.source(id).attribute_as)
                .collect();
            for lang in Lang::ALL {
                let text = fact.text.get(lang);
                println!("{} [{}]: {text}", fact.entry, lang.key());
                assert!(
                    speakers
                        .iter()
                        .any(|s| text.contains(s) || text.contains("Immigrant Defenders")),
                    "{} does not name {speakers:?} in {}: {text}",
                    fact.entry,
                    lang.key()
                );
            }
        }
    }

    // The control: the check above would catch a claim stated as fact.
    #[test]
    fn an_unattributed_claim_would_be_caught() {
        let immdef = STORY
            .sources
            .iter()
            .position(|s| s.kind == SourceKind::Advocacy)
            .expect("an advocacy source");
        let id = [SourceId(immdef as u8)];
        let bare = Fact {
            entry: "test",
            text: L10n {
                en: "People get only 24 hours of access to counsel.",
                es: "Solo 24 horas de acceso a un abogado.",
            },
            sources: Box::leak(Box::new(id)),
        };
        assert!(advocacy_only(&bare));
        assert!(!bare.text.en.contains(STORY.sources[immdef].attribute_as));
    }
}
