//! The page's components, rendered to HTML as the prerender step renders
//! them and read back with a real HTML parser (`scraper`): what every
//! reader gets in each language, the per-phase attributes against the
//! story's own logic, and the contract with the live layer.

use leptos::prelude::*;
use page::components::{
    Citation, CorrectionsSection, EventItem, PhaseControl, SourceReference, Symbol, UpdatedLine,
};
use page::map_state;
use page::render::render;
use page::story::{
    Correction, Era, L10n, Lang, PartialDate, PlaceKind, PlaceStatus, Source, STORY,
};
use page::{text, timeline};
use protocol::{hooks, PerPhase, PhasedAttr, Written, ALL_PHASES_SELECTOR, PHASED_SELECTOR};
use scraper::{ElementRef, Html, Selector};

fn sel(selector: &str) -> Selector {
    Selector::parse(selector).unwrap_or_else(|e| panic!("{selector}: {e:?}"))
}

/// A language's page, as the prerender step renders it.
fn page(lang: Lang) -> Html {
    Html::parse_document(&render(lang))
}

fn fragment(html: String) -> Html {
    Html::parse_fragment(&html)
}

/// The page's tree, in its language: the only one it carries.
fn tree(doc: &Html, lang: Lang) -> ElementRef<'_> {
    assert_eq!(doc.select(&sel("#app > main")).count(), 1, "one tree");
    doc.select(&sel(&format!("#app > main[data-lang=\"{}\"]", lang.key())))
        .next()
        .expect("the tree in the page's language")
}

fn text_of(el: ElementRef<'_>) -> String {
    el.text().collect::<String>()
}

/// The values of a per-phase attribute, decoded as the live layer does.
fn values(el: ElementRef<'_>, attr: PhasedAttr) -> Vec<Option<String>> {
    let list = el
        .value()
        .attr(attr.list_name())
        .unwrap_or_else(|| panic!("no {}", attr.list_name()));
    let decoded = PerPhase::decode(list);
    (0..decoded.len())
        .map(|i| decoded.at(i).map(|v| (*v).to_owned()))
        .collect()
}

// Pins what every reader gets, in each language, even without
// WebAssembly: every phase with its start and summary, every event, every
// count with its source, every source.
#[test]
fn the_page_tells_the_whole_story() {
    for lang in Lang::ALL {
        let doc = page(lang);
        let tree = tree(&doc, lang);
        let phases: Vec<ElementRef> = tree.select(&sel(".phases > section.phase")).collect();
        assert_eq!(phases.len(), STORY.phases.len());
        for (phase, section) in STORY.phases.iter().zip(&phases) {
            let title = section.select(&sel("h2.phase__title")).next().unwrap();
            assert_eq!(text_of(title), phase.title.get(lang));
            let summary = section.select(&sel(".phase__summary")).next().unwrap();
            assert_eq!(text_of(summary), phase.summary.get(lang));
            let dates = section.select(&sel(".phase__dates time")).next().unwrap();
            assert_eq!(text_of(dates), text::phase_from(phase, lang));
            let events: Vec<String> = section.select(&sel(".event__text")).map(text_of).collect();
            let expected: Vec<&str> = phase.events.iter().map(|e| e.text.get(lang)).collect();
            assert_eq!(events, expected, "{}", phase.id);
        }
        let numbers: Vec<String> = tree.select(&sel(".figure__number")).map(text_of).collect();
        let expected: Vec<String> = STORY
            .figures
            .iter()
            .map(|f| text::figure(f, lang))
            .collect();
        assert_eq!(numbers, expected);
        for source in STORY.sources {
            let id = page::components::id(lang, &format!("source-{}", source.key));
            let item = tree
                .select(&sel(&format!("li#{id}")))
                .next()
                .expect("listed");
            assert!(text_of(item).contains(source.outlet.get(lang)));
        }
        assert_eq!(tree.select(&sel("h1")).count(), 1);
        assert_eq!(
            tree.value().attr("data-title"),
            Some(text::ui(lang).document_title)
        );
        // Only the map and the controls wait for the app.
        assert_eq!(tree.select(&sel(".live-only")).count(), 5);
        // The language switch is links, which work without the app.
        let current: Vec<ElementRef> = tree
            .select(&sel("a.lang__option[aria-current=page]"))
            .collect();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0].value().attr("hreflang"), Some(lang.key()));
    }
}

// Pins where the app may start: one start-point script per page, at the
// site's root, right after everything the app finds as it starts (the phase
// control, the first thing a reader may use), and before the map, the
// phases, the copy link, the map key, the counts and the sources, which the
// app finds as the reader reaches for them or reads once the page is parsed.
#[test]
fn the_app_may_start_once_what_it_needs_is_parsed() {
    for (lang, src) in [
        (Lang::En, "start-point.js"),
        (Lang::Es, "../start-point.js"),
    ] {
        let doc = page(lang);
        let scripts: Vec<ElementRef> = doc
            .select(&sel("script[src]"))
            .filter(|s| {
                s.value()
                    .attr("src")
                    .is_some_and(|src| src.ends_with(hooks::START_POINT_SCRIPT))
            })
            .collect();
        assert_eq!(scripts.len(), 1, "one start point in {}", lang.key());
        let script = scripts[0];
        assert_eq!(script.value().attr("src"), Some(src));
        // A classic script that runs where the parser meets it.
        for attr in ["async", "defer", "type"] {
            assert_eq!(script.value().attr(attr), None, "{attr}");
        }
        // Document order, as the parser meets the elements.
        let order: Vec<_> = doc.tree.root().descendants().map(|n| n.id()).collect();
        let at = |el: ElementRef| order.iter().position(|&id| id == el.id()).unwrap();
        let start = at(script);
        for selector in hooks::AT_START {
            let found: Vec<ElementRef> = doc.select(&sel(selector)).collect();
            assert!(!found.is_empty(), "{selector} in {}", lang.key());
            for el in found {
                assert!(
                    at(el) < start,
                    "{selector} is below the start point in {}",
                    lang.key()
                );
            }
        }
        let later = hooks::LATER.into_iter().filter(|s| *s != PHASED_SELECTOR);
        for below in later.chain([".map", ".map-key", ".counts", ".sources"]) {
            let el = doc
                .select(&sel(below))
                .next()
                .unwrap_or_else(|| panic!("{below}"));
            assert!(
                at(el) > start,
                "{below} is above the start point in {}",
                lang.key()
            );
        }
    }
}

// Pins the contract with the live layer: every hook it finds things by is
// in the page, in each language.
#[test]
fn every_hook_of_the_live_layer_is_in_the_page() {
    for lang in Lang::ALL {
        let doc = page(lang);
        assert_eq!(doc.select(&sel(&format!("#{}", hooks::APP_ID))).count(), 1);
        assert_eq!(doc.select(&sel(hooks::TREE)).count(), 1);
        let tree = tree(&doc, lang);
        for selector in hooks::selectors().filter(|s| *s != hooks::TREE) {
            assert!(
                tree.select(&sel(selector)).next().is_some(),
                "{selector} is missing in {}",
                lang.key()
            );
        }
        // The phase ids on the tree's root, for a linked phase before the
        // app (assets/deep-link.js): the phases' own, in order.
        let listed: Vec<&str> = tree
            .value()
            .attr(hooks::TREE_PHASES)
            .unwrap_or_default()
            .split(' ')
            .collect();
        let phases: Vec<&str> = tree
            .select(&sel(hooks::PHASE))
            .filter_map(|p| p.value().attr(hooks::PHASE_ID))
            .collect();
        assert_eq!(listed, phases, "{} in {}", hooks::TREE_PHASES, lang.key());
        assert_eq!(phases.len(), timeline::phase_count());
        let share = tree.select(&sel(hooks::SHARE)).next().unwrap();
        for word in hooks::CopyWord::ALL {
            let said = share.value().attr(word.attr()).unwrap_or_default();
            assert!(!said.is_empty(), "{} in {}", word.attr(), lang.key());
        }
        for row in tree.select(&sel(hooks::PLACE_ROW)) {
            for cell in hooks::PlaceCell::ALL {
                let selector = sel(&format!("[{}=\"{}\"]", hooks::PLACE_CELL, cell.key()));
                assert_eq!(row.select(&selector).count(), 1, "{} cell", cell.key());
            }
        }
    }
}

// Pins that no id is used twice in a page.
#[test]
fn ids_are_unique() {
    for lang in Lang::ALL {
        ids_are_unique_in(&page(lang));
    }
}

fn ids_are_unique_in(doc: &Html) {
    let mut ids: Vec<&str> = doc
        .select(&sel("[id]"))
        .filter_map(|el| el.value().attr("id"))
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids");
    assert!(count >= STORY.phases.len() + STORY.sources.len());
}

// Pins the per-phase attributes against the story's own logic: one phase
// shown per phase, each place's status, first-port flag and accessible
// name in each phase, the era highlighted.
#[test]
fn per_phase_attributes_follow_the_story() {
    let total = timeline::phase_count();
    for lang in Lang::ALL {
        let doc = page(lang);
        let tree = tree(&doc, lang);
        for (index, section) in tree.select(&sel(".phases > .phase")).enumerate() {
            let hidden = values(section, PhasedAttr::Hidden);
            assert_eq!(hidden.len(), total);
            for (i, v) in hidden.iter().enumerate() {
                assert_eq!(v.is_none(), i == index, "phase {index} in phase {i}");
            }
            // Without the app every phase shows: the static story.
            assert_eq!(section.value().attr("hidden"), None);
        }
        for place in STORY.places {
            let g = tree
                .select(&sel(&format!("g.place[data-place=\"{}\"]", place.id)))
                .next()
                .unwrap();
            let statuses = values(g, PhasedAttr::DataStatus);
            let firsts = values(g, PhasedAttr::DataFirst);
            let names = values(g, PhasedAttr::AriaLabel);
            for (i, phase) in STORY.phases.iter().enumerate() {
                let status = map_state::status_in(place, phase);
                let key = status.map_or("geography", PlaceStatus::key);
                assert_eq!(statuses[i].as_deref(), Some(key));
                assert_eq!(
                    firsts[i].as_deref() == Some("true"),
                    map_state::is_first_in(place, phase)
                );
                assert_eq!(names[i], Some(text::place_name(place, status, lang)));
            }
            // Before the app, the first phase's values are the attributes.
            assert_eq!(g.value().attr("data-status"), statuses[0].as_deref());
            assert_eq!(g.value().attr("aria-label"), names[0].as_deref());
        }
        for era in Era::ALL {
            let div = tree
                .select(&sel(&format!("div[data-era=\"{}\"]", era.key())))
                .next()
                .unwrap();
            for (i, class) in values(div, PhasedAttr::Class).iter().enumerate() {
                let current = class.as_deref().unwrap().contains("era--current");
                assert_eq!(current, timeline::era_at(i) == era);
            }
        }
    }
    let doc = page(Lang::En);
    let en = tree(&doc, Lang::En);
    let el_paso = en
        .select(&sel("g.place[data-place=\"el-paso\"]"))
        .next()
        .unwrap();
    let firsts: Vec<Option<String>> = values(el_paso, PhasedAttr::DataFirst);
    let want: Vec<Option<String>> = ["false", "false", "false", "true", "false", "false"]
        .map(|v| Some(v.to_owned()))
        .to_vec();
    assert_eq!(
        firsts, want,
        "El Paso is the first port only in the restart"
    );
}

// Pins what the live layer trusts at start: the page is written showing
// the first phase, every per-phase attribute as its first value, except
// the elements written showing every phase (the phases, until the
// app picks one), which are exactly the phases.
#[test]
fn the_page_is_written_in_the_first_phase_but_the_phases_all_shown() {
    for lang in Lang::ALL {
        let doc = page(lang);
        let tree = tree(&doc, lang);
        let all_shown: Vec<_> = tree.select(&sel(ALL_PHASES_SELECTOR)).collect();
        let phases: Vec<_> = tree.select(&sel(hooks::PHASE)).collect();
        assert_eq!(
            all_shown, phases,
            "the phases, and only they, are written showing every phase"
        );
        let mut checked = 0;
        for el in tree.select(&sel(PHASED_SELECTOR)) {
            let marker = el.value().attr(protocol::PHASED_MARKER);
            if all_shown.contains(&el) {
                assert_eq!(marker, Some(Written::AllPhases.marker_value()));
                continue;
            }
            assert_eq!(marker, Some(Written::FirstPhase.marker_value()));
            for attr in PhasedAttr::ALL {
                if el.value().attr(attr.list_name()).is_some() {
                    let first = values(el, attr)[0].clone();
                    assert_eq!(
                        el.value().attr(attr.name()),
                        first.as_deref(),
                        "{}",
                        attr.name()
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "{checked} attributes checked");
    }
}

// Pins the phase control: one position shown per phase (the first before
// the app), the current tick, previous and next at the ends, and the
// slider's spoken value.
#[test]
fn the_phase_control_follows_the_phase() {
    let total = timeline::phase_count();
    for lang in Lang::ALL {
        let control = fragment(view! { <PhaseControl lang /> }.to_html());
        let positions: Vec<ElementRef> = control.select(&sel(".phase-control__position")).collect();
        assert_eq!(positions.len(), total);
        for (index, span) in positions.iter().enumerate() {
            for (i, v) in values(*span, PhasedAttr::Hidden).iter().enumerate() {
                assert_eq!(v.is_none(), i == index);
            }
            assert_eq!(span.value().attr("hidden").is_some(), index != 0);
            assert_eq!(text_of(*span), text::position(index, total, lang));
        }
        for (index, tick) in control.select(&sel("li[data-index]")).enumerate() {
            for (i, class) in values(tick, PhasedAttr::Class).iter().enumerate() {
                assert_eq!(
                    class.as_deref().unwrap().contains("tick--current"),
                    i == index
                );
            }
        }
        let step = |delta: &str| {
            control
                .select(&sel(&format!("button[data-step=\"{delta}\"]")))
                .next()
                .unwrap()
        };
        for (i, (prev, next)) in values(step("-1"), PhasedAttr::AriaDisabled)
            .iter()
            .zip(values(step("1"), PhasedAttr::AriaDisabled))
            .enumerate()
        {
            assert_eq!(prev.as_deref() == Some("true"), i == 0);
            assert_eq!(next.as_deref() == Some("true"), i == total - 1);
        }
        let slider = control.select(&sel("input[type=range]")).next().unwrap();
        // Until the app is live nothing in the control works, and it says so.
        assert_eq!(
            control
                .select(&sel("input[disabled], button[disabled]"))
                .count(),
            4
        );
        let label = text_of(control.select(&sel("label")).next().unwrap());
        assert!(label.contains(text::ui(lang).loading.trim()), "{label}");
        let spoken = values(slider, PhasedAttr::AriaValuetext);
        for (i, v) in spoken.iter().enumerate() {
            assert_eq!(
                v.as_deref(),
                Some(text::slider_value(i, total, timeline::phase(i), lang).as_str())
            );
        }
        assert_eq!(slider.value().attr("aria-valuetext"), spoken[0].as_deref());
        assert_eq!(
            slider.value().attr("max"),
            Some((total - 1).to_string().as_str())
        );
        // Every stop says where it leads: no two ticks read the same.
        let mut ticks: Vec<String> = control.select(&sel(".tick__year")).map(text_of).collect();
        ticks.dedup();
        assert_eq!(ticks.len(), total);
    }
}

// Pins the table: in every phase exactly one visible row per place, saying
// what the map shows, its rows shared across the phases of one state.
#[test]
fn the_table_has_one_row_per_place_in_every_phase() {
    let doc = page(Lang::En);
    let en = tree(&doc, Lang::En);
    let rows: Vec<ElementRef> = en.select(&sel(hooks::PLACE_ROW)).collect();
    for (i, phase) in STORY.phases.iter().enumerate() {
        for place in STORY.places {
            let shown: Vec<&ElementRef> = rows
                .iter()
                .filter(|row| row.value().attr("data-place") == Some(place.id))
                .filter(|row| values(**row, PhasedAttr::Hidden)[i].is_none())
                .collect();
            assert_eq!(shown.len(), 1, "{} in {}", place.id, phase.id);
            let status = map_state::status_in(place, phase).map_or("geography", PlaceStatus::key);
            let role = shown[0].select(&sel("[data-cell=role]")).next().unwrap();
            assert_eq!(role.value().attr("data-status"), Some(status));
        }
    }
    assert!(rows.len() < STORY.places.len() * STORY.phases.len());
    let el_paso_restart = rows
        .iter()
        .find(|r| {
            r.value().attr("data-place") == Some("el-paso")
                && values(**r, PhasedAttr::Hidden)[3].is_none()
        })
        .unwrap();
    assert!(text_of(*el_paso_restart)
        .contains("Planned. ImmDef names it the first city set to restart MPP"));
}

// Pins that a citation names outlet, title and date, quotes with
// attribution, marks translated quotations in Spanish, and paraphrases a
// quotation that is already a translation.
#[test]
fn citations_name_their_sources() {
    let phase = timeline::phase(2);
    let event = phase.events.iter().find(|e| e.id == "court-order").unwrap();
    let en = fragment(view! { <EventItem event lang=Lang::En /> }.to_html());
    let summary = text_of(en.select(&sel("summary")).next().unwrap());
    assert_eq!(
        summary,
        "Sources: BuzzFeed News; The Monitor (McAllen, Texas)"
    );
    let body = text_of(en.select(&sel(".cite__body")).next().unwrap());
    assert!(body.contains(
        "“Immigration advocates walk out of Biden administration meeting over MPP restart”"
    ));
    assert!(body.contains(
        "— An administration official, at the meeting the advocates walked out of, via The Monitor"
    ));
    let es = fragment(view! { <EventItem event lang=Lang::Es /> }.to_html());
    assert!(text_of(es.select(&sel("figcaption")).next().unwrap())
        .ends_with("(traducción nuestra del inglés)"));
    let headline = es
        .select(&sel("cite.ref__title[lang=en]"))
        .next()
        .expect("headlines keep their language");
    assert!(text_of(headline).starts_with("“Immigration advocates"));

    let rejects = timeline::phase(5)
        .events
        .iter()
        .find(|e| e.id == "mexico-rejects")
        .unwrap();
    let es = fragment(view! { <EventItem event=rejects lang=Lang::Es /> }.to_html());
    assert!(
        es.select(&sel("blockquote")).next().is_none(),
        "a paraphrase is not a quotation"
    );
    let paraphrase = text_of(es.select(&sel(".quote--paraphrase p")).next().unwrap());
    assert!(!paraphrase.contains('“'), "{paraphrase}");
    // A date worked out from the text says so, and how.
    let en = fragment(view! { <EventItem event=rejects lang=Lang::En /> }.to_html());
    assert_eq!(
        text_of(en.select(&sel(".event__basis")).next().unwrap()),
        "(date worked out from the text)"
    );
    assert!(text_of(en.select(&sel(".cite__date")).next().unwrap()).contains("“Monday”"));
}

// Pins that the renderer escapes every text and attribute from the data.
#[test]
fn text_from_the_data_is_escaped() {
    let source: &'static Source = Box::leak(Box::new(Source {
        key: "x",
        outlet: page::story::L10n {
            en: "A <b>bold</b> & \"quoted\" outlet",
            es: "x",
        },
        title: page::story::L10n {
            en: "<script>alert(1)</script>",
            es: "x",
        },
        headline: true,
        kind: page::story::SourceKind::News,
        attribute_as: "",
        authors: "",
        date: STORY.sources[0].date,
        updated: None,
        note: page::story::L10n { en: "", es: "" },
    }));
    let html = view! { <SourceReference source lang=Lang::En /> }.to_html();
    assert!(
        !html.contains("<script>") && !html.contains("<b>"),
        "{html}"
    );
    let parsed = fragment(html);
    assert_eq!(
        text_of(parsed.select(&sel(".ref__outlet")).next().unwrap()),
        "A <b>bold</b> & \"quoted\" outlet"
    );
    assert_eq!(parsed.select(&sel("script, b")).count(), 0);
}

// Pins the counts: every figure with a proportional bar, floors marked
// inside their own bar's end, and the relation of the figures.
#[test]
fn counts_show_every_figure_with_its_bar() {
    let doc = page(Lang::En);
    let en = tree(&doc, Lang::En);
    let trump = en.select(&sel("div[data-era=trump]")).next().unwrap();
    assert_eq!(trump.select(&sel(".figure")).count(), 3);
    let fill = trump
        .select(&sel("[data-figure=trump-buzzfeed] .figure__fill"))
        .next()
        .unwrap();
    assert_eq!(fill.value().attr("width"), Some("95.95"));
    let floors: Vec<ElementRef> = trump.select(&sel(".figure__beyond")).collect();
    assert_eq!(floors.len(), 2, "two floors");
    for floor in floors {
        // The arrowhead's tip is the bar's own end: it draws no amount.
        assert_eq!(floor.value().attr("points"), Some("-1.5,1 0,3 -1.5,5"));
    }
    let relation = text_of(trump.select(&sel(".era__disagreement")).next().unwrap());
    assert!(relation.contains("None of the sources says how it counted"));
    let doc = page(Lang::Es);
    let es = tree(&doc, Lang::Es);
    assert!(
        text_of(es.select(&sel("div[data-era=biden]")).next().unwrap())
            .contains("aproximadamente 7,500")
    );
}

// Pins that a symbol carries every variant the stylesheet may show.
#[test]
fn symbols_carry_every_variant() {
    let port = view! { <svg><Symbol kind=PlaceKind::Port /></svg> }.to_html();
    for variant in ["shape--star", "mark--cross", "mark--q", "symbol__focus"] {
        assert!(port.contains(variant), "{variant}");
    }
    // Every mark is drawn, not written: no text for the browser to lay out
    // in any of the map's symbols.
    assert!(!port.contains("<text"), "{port}");
    let camp = view! { <svg><Symbol kind=PlaceKind::Encampment /></svg> }.to_html();
    assert!(!camp.contains("shape--star"));
    let doc = page(Lang::En);
    assert_eq!(
        tree(&doc, Lang::En).select(&sel(".legend__item")).count(),
        11
    );
}

// Pins that a citation's list follows the sources given, in order.
#[test]
fn a_citation_lists_its_sources_in_order() {
    let phase = timeline::phase(2);
    let html = view! { <Citation sources=phase.sources lang=Lang::En /> }.to_html();
    let parsed = fragment(html);
    let outlets: Vec<String> = parsed
        .select(&sel(".cite__list .ref__outlet"))
        .map(text_of)
        .collect();
    let expected: Vec<&str> = phase
        .sources
        .iter()
        .map(|&s| STORY.source(s).outlet.en)
        .collect();
    assert_eq!(outlets, expected);
}

// Pins the updated line: in the masthead, right under the dek, in the
// static story too (not live-only), with the day as a `<time datetime>`.
#[test]
fn the_masthead_says_when_the_story_was_updated() {
    for (lang, said) in [
        (Lang::En, "Updated November 30, 2026"),
        (Lang::Es, "Actualizado el 30 de noviembre de 2026"),
    ] {
        let doc = page(lang);
        let tree = tree(&doc, lang);
        let line = tree
            .select(&sel("header.masthead > .dek + p.updated"))
            .next()
            .expect("the updated line under the dek");
        assert_eq!(text_of(line), said);
        assert!(!line.value().classes().any(|c| c == "live-only"));
        let time = line.select(&sel("time")).next().unwrap();
        assert_eq!(time.value().attr("datetime"), Some("2026-11-30"));
        assert_eq!(text_of(time), text::date(STORY.updated, lang));
    }
    // Any day, not just the story's: the datetime is the ISO date.
    let other = fragment(
        view! { <UpdatedLine date=PartialDate::ymd(2027, 1, 5) lang=Lang::En /> }.to_html(),
    );
    let time = other.select(&sel("p.updated time")).next().unwrap();
    assert_eq!(time.value().attr("datetime"), Some("2027-01-05"));
    assert_eq!(text_of(time), "January 5, 2027");
}

/// Two corrections on different days, oldest first, for the component.
fn two_corrections() -> &'static [Correction] {
    Box::leak(Box::new([
        Correction {
            id: "older",
            date: PartialDate::ymd(2026, 10, 2),
            was: L10n {
                en: "Said A.",
                es: "Decía A.",
            },
            now: L10n {
                en: "Says B.",
                es: "Dice B.",
            },
        },
        Correction {
            id: "newer",
            date: PartialDate::ymd(2026, 11, 30),
            was: L10n {
                en: "Said <C> & D.",
                es: "Decía C.",
            },
            now: L10n {
                en: "Says E.",
                es: "Dice E.",
            },
        },
    ]))
}

// Pins each correction: in the order given, with its day as a `<time
// datetime>`, what was wrong and what the page says now, in the page's
// language, under one heading.
#[test]
fn corrections_render_in_order_with_both_texts() {
    let corrections = two_corrections();
    for lang in Lang::ALL {
        let ui = text::ui(lang);
        let html = view! { <CorrectionsSection lang corrections /> }.to_html();
        let parsed = fragment(html);
        let heading = parsed.select(&sel("section.corrections > h2")).next();
        assert_eq!(
            heading.map(text_of).as_deref(),
            Some(ui.corrections_heading)
        );
        let items: Vec<ElementRef> = parsed.select(&sel(".corrections__list > li")).collect();
        assert_eq!(items.len(), 2);
        for (item, correction) in items.iter().zip(corrections) {
            assert_eq!(
                item.value().attr("id"),
                Some(page::components::id(lang, &format!("correction-{}", correction.id)).as_str())
            );
            let time = item.select(&sel(".correction__date time")).next().unwrap();
            assert_eq!(
                time.value().attr("datetime"),
                Some(correction.date.to_string().as_str())
            );
            assert_eq!(text_of(time), text::date(correction.date, lang));
            let was = item.select(&sel(".correction__was")).next().unwrap();
            assert_eq!(
                text_of(was),
                format!("{} {}", ui.correction_was, correction.was.get(lang))
            );
            let now = item.select(&sel(".correction__now")).next().unwrap();
            assert_eq!(
                text_of(now),
                format!("{} {}", ui.correction_now, correction.now.get(lang))
            );
        }
    }
}

// Pins that a story with no corrections shows nothing: no section, no
// empty heading, no text.
#[test]
fn no_corrections_render_nothing() {
    for lang in Lang::ALL {
        let html = view! { <CorrectionsSection lang corrections=&[] /> }.to_html();
        let parsed = fragment(html.clone());
        assert_eq!(
            parsed.select(&sel("section, h2, ol, li")).count(),
            0,
            "{html}"
        );
        assert_eq!(text_of(parsed.root_element()).trim(), "", "{html}");
    }
}

// Pins the story's own corrections in each page: right before the sources,
// in the static story too, every one with both of its texts.
#[test]
fn the_page_lists_the_story_corrections_before_the_sources() {
    assert!(!STORY.corrections.is_empty());
    for lang in Lang::ALL {
        let doc = page(lang);
        let tree = tree(&doc, lang);
        let section = tree
            .select(&sel("section.corrections"))
            .next()
            .expect("the corrections");
        assert!(!section.value().classes().any(|c| c == "live-only"));
        assert_eq!(
            tree.select(&sel("section.corrections + footer.sources"))
                .count(),
            1
        );
        let was: Vec<String> = section
            .select(&sel(".correction__was"))
            .map(text_of)
            .collect();
        let expected: Vec<String> = STORY
            .corrections
            .iter()
            .map(|c| format!("{} {}", text::ui(lang).correction_was, c.was.get(lang)))
            .collect();
        assert_eq!(was, expected);
        let now = section.select(&sel(".correction__now")).count();
        assert_eq!(now, STORY.corrections.len());
    }
}

// Pins "Download the data": every file the export writes, linked from each
// page's static story (the Spanish page one folder down).
#[test]
fn the_data_is_linked_from_both_pages() {
    for (lang, root) in [(Lang::En, ""), (Lang::Es, "../")] {
        let doc = page(lang);
        let tree = tree(&doc, lang);
        let links: Vec<&str> = tree
            .select(&sel(".sources .data a[download]"))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        let expected: Vec<String> = page::export::FILES
            .iter()
            .map(|(name, _)| format!("{root}data/{name}"))
            .collect();
        assert_eq!(links, expected);
        let data = tree.select(&sel(".sources .data")).next().unwrap();
        assert!(!data.value().classes().any(|c| c == "live-only"));
    }
}
