//! The whole explainer as HTML, written into `index.html` after each build
//! (see `src/bin/prerender.rs`). Every word, date, count, citation and map
//! symbol the reader sees is written here, at build time, natively and
//! tested; the WebAssembly app (`crate::ui`) carries no story text and only
//! adds the live parts: the phase control, the language switch, the copy
//! link and place details.
//!
//! One page serves both kinds of reader. It is laid out as the app from the
//! first paint (no layout shift when the app arrives), and the app shows one
//! phase at a time. Without JavaScript, or where the app cannot start
//! (`<html class="no-app">`, set by `assets/embed.js`, `assets/boot.js` or
//! the panic hook), the `live-only` parts are hidden and every phase is
//! listed in turn: the static story.
//!
//! What changes from phase to phase is written here too, as per-phase
//! attributes: an element marked `data-p` carries `data-p-<attr>="v0|v1|…"`
//! with one value per phase, and the app sets `<attr>` to the value of the
//! phase shown ([`ABSENT`] removes it). So a phase change is a handful of
//! attribute writes, and the app never needs the story's data.
//!
//! Both languages are written, each in its own `<main data-lang>`; the
//! Spanish one starts hidden. Ids in the Spanish tree start with `es-`.

use crate::story::{Era, Lang, Place, PlaceStatus, STORY};
use crate::{counts, html, map, text, timeline};

pub use crate::html::escape;

/// The comment in `index.html` the page replaces.
pub const MARKER: &str = "<!-- explainer";

/// The per-phase value that means "no such attribute in this phase".
pub const ABSENT: &str = "~";

/// The attributes the app may set per phase (`data-p-<attr>`); the app
/// (`crate::ui::page`) reads exactly these.
pub const PHASED: [&str; 7] = [
    "hidden",
    "class",
    "aria-label",
    "aria-valuetext",
    "aria-disabled",
    "data-status",
    "data-first",
];

/// The explainer in both languages, inside `<div id="app">`.
pub fn render() -> String {
    format!(
        "<div id=\"app\">\n{}\n{}\n{}\n</div>",
        html::map_geometry(),
        render_lang(Lang::En),
        render_lang(Lang::Es)
    )
}

/// An id, unique across both languages.
pub fn id(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => name.to_owned(),
        Lang::Es => format!("es-{name}"),
    }
}

/// ` data-p-<attr>="v0|v1|…"`: one value per phase, in story order.
pub fn by_phase(attr: &str, values: impl IntoIterator<Item = String>) -> String {
    debug_assert!(PHASED.contains(&attr), "{attr} is not a phased attribute");
    let values: Vec<String> = values.into_iter().collect();
    assert_eq!(
        values.len(),
        timeline::phase_count(),
        "{attr}: one value per phase"
    );
    for v in &values {
        assert!(
            !v.contains('|'),
            "{attr}: a per-phase value may not contain '|': {v}"
        );
    }
    format!(" data-p-{attr}=\"{}\"", escape(&values.join("|")))
}

/// `hidden` in every phase except those `shown` picks.
fn hidden_unless(shown: impl Fn(usize) -> bool) -> String {
    by_phase(
        "hidden",
        (0..timeline::phase_count()).map(|i| {
            if shown(i) {
                ABSENT.to_owned()
            } else {
                String::new()
            }
        }),
    )
}

/// The whole explainer in one language.
pub fn render_lang(lang: Lang) -> String {
    let ui = text::ui(lang);
    let hidden = if lang == Lang::En { "" } else { " hidden" };
    let mut out = format!(
        "<main class=\"explainer\" lang=\"{0}\" data-lang=\"{0}\" data-title=\"{1}\"{hidden}>\n",
        lang.key(),
        escape(ui.document_title)
    );
    out.push_str(&masthead(lang));
    out.push_str("<p class=\"visually-hidden live-only announce\" aria-live=\"polite\" aria-atomic=\"true\"></p>\n");
    out.push_str(&phase_control(lang));
    out.push_str("<div class=\"stage\">\n");
    out.push_str(&map_section(lang));
    // The copy link comes first: the phases below share one height (the
    // tallest), so a link after them would float far below a short phase.
    out.push_str(&format!(
        "<div class=\"stage__text\">\n<div class=\"share live-only\" data-copy=\"{}\" data-copied=\"{}\" data-by-hand=\"{}\" data-link-label=\"{}\"></div>\n<div class=\"phases\">\n",
        escape(ui.copy_link),
        escape(ui.link_copied),
        escape(ui.copy_by_hand),
        escape(ui.link_label)
    ));
    for (index, _) in STORY.phases.iter().enumerate() {
        out.push_str(&phase_section(index, lang));
    }
    out.push_str("</div>\n</div>\n</div>\n");
    out.push_str(&counts_section(lang));
    out.push_str(&format!(
        "<footer class=\"sources\" aria-labelledby=\"{0}\"><h2 id=\"{0}\">{1}</h2><ol class=\"sources__list\">{2}</ol><p class=\"credits\">{3}</p></footer>\n</main>",
        id(lang, "sources-title"),
        escape(ui.sources_heading),
        html::sources_list(lang, &id(lang, "source-")),
        escape(ui.credits)
    ));
    out
}

/// Kicker, language switch, title, dek, and (without the app) a note that
/// this is the text version.
fn masthead(lang: Lang) -> String {
    let ui = text::ui(lang);
    let mut switch = String::new();
    for (choice, name) in [(Lang::En, "English"), (Lang::Es, "Español")] {
        switch.push_str(&format!(
            "<button type=\"button\" class=\"lang__option\" lang=\"{}\" aria-pressed=\"{}\">{name}</button>",
            choice.key(),
            choice == lang
        ));
    }
    format!(
        "<header class=\"masthead\"><div class=\"masthead__top\"><p class=\"kicker\">{}</p><div class=\"lang live-only\" role=\"group\" aria-label=\"{}\">{switch}</div></div><h1>{}</h1><p class=\"dek\">{}</p>\n<p class=\"static-note\">{}</p></header>\n",
        escape(ui.kicker),
        escape(ui.language),
        escape(ui.title),
        escape(ui.dek),
        escape(ui.static_note)
    )
}

/// The phase control, in the page from the first paint and shown at the
/// first phase: a native range input (arrow keys, Home and End, touch and
/// pointer as readers expect; the app adds PageUp and PageDown for two
/// phases), previous/next buttons, a play/pause button that never starts
/// itself, and the phases as ticks. What it says per phase is per-phase
/// attributes like the rest of the page; `crate::ui::phase_control` wires
/// its events.
pub fn phase_control(lang: Lang) -> String {
    let ui = text::ui(lang);
    let total = timeline::phase_count();
    let slider = id(lang, "phase-slider");
    // The first phase's value as the attribute itself, then every phase's.
    let phased = |attr: &str, value: &dyn Fn(usize) -> String| {
        format!(
            " {attr}=\"{}\" data-p{}",
            escape(&value(0)),
            by_phase(attr, (0..total).map(value))
        )
    };
    let shown_at = |index: usize| {
        let hidden = if index == 0 { "" } else { " hidden" };
        format!("{hidden} data-p{}", hidden_unless(|i| i == index))
    };
    let positions: String = (0..total)
        .map(|i| {
            format!(
                "<span class=\"phase-control__position\"{}>{}</span>",
                shown_at(i),
                escape(&text::position(i, total, lang))
            )
        })
        .collect();
    let step = |delta: i8, label: &str, arrow: &str, at_end: usize| {
        let disabled = |i: usize| (i == at_end).to_string();
        format!(
            "<button type=\"button\" class=\"step\" data-step=\"{delta}\" aria-label=\"{}\"{}><span aria-hidden=\"true\">{arrow}</span></button>",
            escape(label),
            phased("aria-disabled", &disabled)
        )
    };
    let valuetext = |i: usize| text::slider_value(i, total, timeline::phase(i), lang);
    let ticks: String = (0..total)
        .map(|i| {
            let class = |p: usize| if p == i { "tick tick--current" } else { "tick" }.to_owned();
            let phase = timeline::phase(i);
            format!(
                "<li data-index=\"{i}\"{}><span class=\"tick__year\">{}</span><span class=\"tick__name\">{}</span></li>",
                phased("class", &class),
                escape(&text::tick_date(phase.span.start, lang)),
                escape(phase.short_title.get(lang))
            )
        })
        .collect();
    format!(
        "<section class=\"phase-control live-only\" aria-label=\"{}\" data-play=\"{}\" data-pause=\"{}\">\n<label class=\"phase-control__label\" for=\"{slider}\">{}{positions}</label>\n<div class=\"phase-control__row\">{}<input id=\"{slider}\" type=\"range\" min=\"0\" max=\"{}\" step=\"1\" value=\"0\"{}>{}<button type=\"button\" class=\"play\"><span class=\"play__icon\" aria-hidden=\"true\">{PLAY_ICON}</span><span class=\"play__label\">{}</span></button></div>\n<ol class=\"ticks\" aria-hidden=\"true\">{ticks}</ol>\n</section>\n",
        escape(ui.timeline),
        escape(ui.play),
        escape(ui.pause),
        escape(ui.move_through),
        step(-1, ui.previous, "‹", 0),
        total - 1,
        phased("aria-valuetext", &valuetext),
        step(1, ui.next, "›", total - 1),
        escape(ui.play)
    )
}

/// The play button's icon while stopped, and while playing.
pub const PLAY_ICON: &str = "▶";
pub const PAUSE_ICON: &str = "❚❚";

/// One phase: dates, title, summary, citation and events, and its
/// announcement when the reader moves to it.
pub fn phase_section(index: usize, lang: Lang) -> String {
    let ui = text::ui(lang);
    let phase = timeline::phase(index);
    let title_id = id(lang, &format!("phase-title-{}", phase.id));
    // A start not stated by the sources says where it comes from.
    let basis = text::basis(phase.start.basis, lang)
        .map(|how| format!(" <span class=\"phase__basis\">({})</span>", escape(how)))
        .unwrap_or_default();
    let about_start = text::basis(phase.start.basis, lang).map(|_| phase.start.note.get(lang));
    format!(
        "<section class=\"phase\" data-phase=\"{}\" data-announce=\"{}\" data-p{} aria-labelledby=\"{title_id}\">\n<p class=\"phase__dates\"><time datetime=\"{}\">{}</time>{basis}</p>\n<h2 class=\"phase__title\" id=\"{title_id}\">{}</h2>\n<p class=\"phase__summary\">{}</p>\n<div class=\"phase__cite\">{}</div>\n<h3 class=\"phase__events-heading\">{}</h3>\n<ol class=\"events\">{}</ol>\n</section>\n",
        phase.id,
        escape(&text::announcement(phase, lang)),
        hidden_unless(|i| i == index),
        phase.span.start,
        escape(&text::phase_from(phase, lang)),
        escape(phase.title.get(lang)),
        escape(phase.summary.get(lang)),
        html::citation(phase.sources, None, about_start, lang),
        escape(ui.what_happened),
        html::events(phase, lang)
    )
}

/// The map: fixed drawing, the places with their per-phase status, the
/// details panel, the legend and the same facts as a table.
fn map_section(lang: Lang) -> String {
    let ui = text::ui(lang);
    let view_box = STORY.map.view_box;
    let mut places = String::new();
    for place in STORY.places {
        places.push_str(&place_mark(place, lang));
    }
    let mut caption = format!("{}: ", escape(ui.map_table_caption));
    for (index, phase) in STORY.phases.iter().enumerate() {
        let hidden = if index == 0 { "" } else { " hidden" };
        caption.push_str(&format!(
            "<span data-p{}{hidden}>{}</span>",
            hidden_unless(|i| i == index),
            escape(phase.title.get(lang))
        ));
    }
    format!(
        "<section class=\"map live-only\" aria-labelledby=\"{heading}\">\n<h2 id=\"{heading}\" class=\"map__heading\">{}</h2>\n<div class=\"map__frame\"><svg class=\"map__base\" viewBox=\"{view_box}\" aria-hidden=\"true\" focusable=\"false\">{}</svg>\n<svg class=\"map__svg\" viewBox=\"{view_box}\" role=\"group\" aria-labelledby=\"{title}\" aria-describedby=\"{desc}\"><title id=\"{title}\">{}</title><desc id=\"{desc}\">{}</desc>\n{places}</svg></div>\n<div class=\"place-details\"><p class=\"place-details__hint\">{}</p></div>\n<div class=\"legend\"><h3 class=\"legend__heading\">{}</h3><ul class=\"legend__list\">{}</ul></div>\n<details class=\"map-table\"><summary>{}</summary><table><caption>{caption}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>{}</tbody></table></details>\n<p class=\"map__credit\">{}</p>\n</section>\n",
        escape(ui.map_heading),
        html::map_base(lang),
        escape(ui.map_title),
        escape(ui.map_description),
        escape(ui.map_hint),
        escape(ui.legend),
        html::legend(lang),
        escape(ui.map_table),
        escape(ui.col_place),
        escape(ui.col_kind),
        escape(ui.col_phase),
        escape(ui.col_source),
        table_rows(lang),
        escape(ui.map_credit),
        heading = id(lang, "map-heading"),
        title = id(lang, "map-title"),
        desc = id(lang, "map-desc"),
    )
}

/// One place on the map: its symbol and labels, and per phase its status,
/// first-port flag and accessible name.
fn place_mark(place: &'static Place, lang: Lang) -> String {
    let statuses: Vec<Option<PlaceStatus>> = STORY
        .phases
        .iter()
        .map(|phase| map::status_in(place, phase))
        .collect();
    let firsts: Vec<bool> = STORY
        .phases
        .iter()
        .map(|phase| map::is_first_in(place, phase))
        .collect();
    let status_key = |s: Option<PlaceStatus>| s.map_or("geography", PlaceStatus::key).to_owned();
    format!(
        "<g class=\"place\" data-place=\"{}\" data-kind=\"{}\" data-status=\"{}\" data-first=\"{}\" transform=\"{}\" tabindex=\"0\" role=\"button\" aria-label=\"{}\" data-p{}{}{}>{}</g>\n",
        place.id,
        place.kind.key(),
        status_key(statuses[0]),
        firsts[0],
        place.transform,
        escape(&place_name(place, statuses[0], lang)),
        by_phase("data-status", statuses.iter().map(|&s| status_key(s))),
        by_phase("data-first", firsts.iter().map(|f| f.to_string())),
        by_phase(
            "aria-label",
            statuses.iter().map(|&s| place_name(place, s, lang))
        ),
        html::place_mark(place, lang)
    )
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
    let kind = text::place_kind(place.kind, lang);
    match status {
        Some(s) => format!(
            "{name}: {kind}, {}",
            text::place_status_in_phase(s, place.kind, lang)
        ),
        None => format!("{name}: {kind}"),
    }
}

/// The map as a table: for each place, one row per distinct role it plays,
/// shown in the phases it plays it. The app also builds a place's details
/// from its row of the phase shown.
pub fn table_rows(lang: Lang) -> String {
    let mut out = String::new();
    for place in STORY.places {
        let rows: Vec<String> = STORY
            .phases
            .iter()
            .map(|phase| html::table_row(place, phase, lang))
            .collect();
        let mut written: Vec<&String> = Vec::new();
        for row in &rows {
            if written.contains(&row) {
                continue;
            }
            written.push(row);
            let hidden = if &rows[0] == row { "" } else { " hidden" };
            out.push_str(&format!(
                "<tr data-place=\"{}\" data-p{}{hidden}>{row}</tr>",
                place.id,
                hidden_unless(|i| &rows[i] == row)
            ));
        }
    }
    out
}

/// The counts of people sent back, by era, with the era of each phase
/// highlighted.
fn counts_section(lang: Lang) -> String {
    let ui = text::ui(lang);
    let mut out = format!(
        "<section class=\"counts\" aria-labelledby=\"{0}\"><h2 id=\"{0}\">{1}</h2><p class=\"counts__intro\">{2} {3}</p>\n",
        id(lang, "counts-title"),
        escape(ui.counts_heading),
        escape(ui.counts_intro),
        escape(ui.bars_note)
    );
    for era in Era::ALL {
        let class = |i: usize| {
            if timeline::era_at(i) == era {
                "era era--current".to_owned()
            } else {
                "era".to_owned()
            }
        };
        out.push_str(&format!(
            "<div class=\"{}\" data-era=\"{}\" data-p{}>{}</div>\n",
            class(0),
            era.key(),
            by_phase("class", (0..timeline::phase_count()).map(class)),
            html::era_counts(era, lang)
        ));
    }
    if let Some((trump, biden)) = counts::same_counter_pair() {
        out.push_str(&format!(
            "<p class=\"counts__compare\">{}</p>\n",
            escape(&text::same_counter(trump, biden, lang))
        ));
    }
    out.push_str("</section>\n");
    out
}

/// Puts `fragment` in place of the marker comment in `index_html`.
pub fn inject(index_html: &str, fragment: &str) -> Result<String, String> {
    let start = index_html
        .find(MARKER)
        .ok_or_else(|| format!("index.html has no \"{MARKER} ... -->\" comment to replace"))?;
    let end = index_html[start..]
        .find("-->")
        .map(|i| start + i + 3)
        .ok_or("the explainer comment is not closed")?;
    Ok(format!(
        "{}{}{}",
        &index_html[..start],
        fragment,
        &index_html[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The values of `data-p-<attr>` on the first element carrying `marker`.
    fn phased<'a>(html: &'a str, marker: &str, attr: &str) -> Vec<&'a str> {
        let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
        let key = format!("data-p-{attr}=\"");
        let start = at + html[at..].find(&key).unwrap() + key.len();
        let end = start + html[start..].find('"').unwrap();
        html[start..end].split('|').collect()
    }

    // Pins what every reader gets, in each language, even without
    // WebAssembly: every phase with its dates and summary, every event,
    // every count with its source, every source.
    #[test]
    fn the_page_tells_the_whole_story() {
        for lang in Lang::ALL {
            let html = render_lang(lang);
            for phase in STORY.phases {
                assert!(
                    html.contains(&escape(phase.title.get(lang))),
                    "{}",
                    phase.id
                );
                assert!(
                    html.contains(&escape(phase.summary.get(lang))),
                    "{}",
                    phase.id
                );
                for event in phase.events {
                    assert!(html.contains(&escape(event.text.get(lang))), "{}", event.id);
                }
            }
            for figure in STORY.figures {
                assert!(html.contains(&text::figure(figure, lang)), "{}", figure.id);
            }
            for source in STORY.sources {
                assert!(
                    html.contains(&escape(source.outlet.get(lang))),
                    "{}",
                    source.key
                );
                assert!(html.contains(&format!(
                    "id=\"{}\"",
                    id(lang, &format!("source-{}", source.key))
                )));
            }
            assert_eq!(html.matches("<h1>").count(), 1);
            assert_eq!(
                html.matches("<section class=\"phase\"").count(),
                STORY.phases.len()
            );
            // Only map-side and control parts wait for the app.
            assert_eq!(html.matches("live-only").count(), 5);
        }
        let both = render();
        assert!(both.starts_with("<div id=\"app\">"));
        assert!(both.contains("lang=\"en\" data-lang=\"en\""));
        assert!(both.contains("data-lang=\"es\" data-title=\"Quédate en México: los Protocolos de Protección a Migrantes, 2019–2023\" hidden>"));
    }

    // Pins that no id is used twice across the two languages.
    #[test]
    fn ids_are_unique() {
        let both = render();
        let mut ids: Vec<&str> = both
            .split(" id=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count);
        assert!(count >= 2 * (STORY.phases.len() + STORY.sources.len()));
    }

    // Pins the per-phase attributes against the story's own logic: one
    // phase section visible per phase, each place's status in each phase,
    // the era highlighted.
    #[test]
    fn per_phase_attributes_follow_the_story() {
        let total = timeline::phase_count();
        for lang in Lang::ALL {
            let html = render_lang(lang);
            for (index, phase) in STORY.phases.iter().enumerate() {
                let hidden = phased(&html, &format!("data-phase=\"{}\"", phase.id), "hidden");
                assert_eq!(hidden.len(), total);
                for (i, v) in hidden.iter().enumerate() {
                    assert_eq!(*v == ABSENT, i == index, "{} in phase {i}", phase.id);
                }
            }
            for place in STORY.places {
                let marker = format!("<g class=\"place\" data-place=\"{}\"", place.id);
                let statuses = phased(&html, &marker, "data-status");
                let firsts = phased(&html, &marker, "data-first");
                let names = phased(&html, &marker, "aria-label");
                for (i, phase) in STORY.phases.iter().enumerate() {
                    let status = map::status_in(place, phase);
                    assert_eq!(statuses[i], status.map_or("geography", PlaceStatus::key));
                    assert_eq!(firsts[i] == "true", map::is_first_in(place, phase));
                    assert_eq!(names[i], escape(&place_name(place, status, lang)));
                }
            }
            for era in Era::ALL {
                let classes = phased(
                    &html,
                    &format!("data-era=\"{}\" data-p", era.key()),
                    "class",
                );
                for (i, class) in classes.iter().enumerate() {
                    assert_eq!(class.contains("era--current"), timeline::era_at(i) == era);
                }
            }
        }
        let en = render_lang(Lang::En);
        let el_paso = phased(&en, "data-place=\"el-paso\"", "data-first");
        assert_eq!(
            el_paso,
            ["false", "false", "false", "true", "false", "false"],
            "El Paso is the first port only in the December 2021 restart"
        );
    }

    // Pins the table: in every phase exactly one visible row per place,
    // saying what the map shows.
    #[test]
    fn the_phase_control_follows_the_phase() {
        let total = timeline::phase_count();
        let last = total - 1;
        for lang in Lang::ALL {
            let control = phase_control(lang);
            // One position shown per phase, and the first one before the app.
            let spans: Vec<&str> = control
                .split("<span class=\"phase-control__position\"")
                .skip(1)
                .collect();
            assert_eq!(spans.len(), total);
            for (index, span) in spans.iter().enumerate() {
                let hidden = phased(span, "", "hidden");
                for (i, v) in hidden.iter().enumerate() {
                    assert_eq!(*v == ABSENT, i == index, "position {index} in phase {i}");
                }
                assert_eq!(span.starts_with(" hidden"), index != 0);
                assert!(span.contains(&text::position(index, total, lang)));
            }
            // The tick of the phase shown is the current one.
            for index in 0..total {
                let classes = phased(&control, &format!("data-index=\"{index}\""), "class");
                for (i, class) in classes.iter().enumerate() {
                    assert_eq!(
                        class.contains("tick--current"),
                        i == index,
                        "tick {index} in phase {i}"
                    );
                }
            }
            // Previous and next say they can't move at either end.
            let previous = phased(&control, "data-step=\"-1\"", "aria-disabled");
            let next = phased(&control, "data-step=\"1\"", "aria-disabled");
            for i in 0..total {
                assert_eq!(previous[i] == "true", i == 0);
                assert_eq!(next[i] == "true", i == last);
            }
            // The slider says the phase, its title and dates.
            let valuetext = phased(&control, "type=\"range\"", "aria-valuetext");
            for (i, v) in valuetext.iter().enumerate() {
                let want = text::slider_value(i, total, timeline::phase(i), lang);
                assert_eq!(*v, escape(&want));
            }
            assert!(control.contains(&format!("aria-valuetext=\"{}\"", valuetext[0])));
            assert!(control.contains(&format!("max=\"{last}\"")));
        }
    }

    #[test]
    fn the_table_has_one_row_per_place_in_every_phase() {
        let rows = table_rows(Lang::En);
        let parts: Vec<&str> = rows.split("<tr ").skip(1).collect();
        for (i, phase) in STORY.phases.iter().enumerate() {
            for place in STORY.places {
                let shown: Vec<&&str> = parts
                    .iter()
                    .filter(|row| row.starts_with(&format!("data-place=\"{}\"", place.id)))
                    .filter(|row| {
                        let key = "data-p-hidden=\"";
                        let start = row.find(key).unwrap() + key.len();
                        let values: Vec<&str> = row[start..start + row[start..].find('"').unwrap()]
                            .split('|')
                            .collect();
                        values[i] == ABSENT
                    })
                    .collect();
                assert_eq!(shown.len(), 1, "{} in {}", place.id, phase.id);
                let status = map::status_in(place, phase).map_or("geography", PlaceStatus::key);
                assert!(
                    shown[0].contains(&format!("data-status=\"{status}\"")),
                    "{} in {}",
                    place.id,
                    phase.id
                );
            }
        }
        assert!(
            parts.len() < STORY.places.len() * STORY.phases.len(),
            "rows are shared across phases"
        );
    }

    #[test]
    fn by_phase_refuses_values_it_cannot_carry() {
        let ok = by_phase(
            "class",
            (0..timeline::phase_count()).map(|i| format!("c{i}")),
        );
        assert!(ok.starts_with(" data-p-class=\"c0|c1|"));
        let bad = std::panic::catch_unwind(|| {
            by_phase(
                "class",
                (0..timeline::phase_count()).map(|_| "a|b".to_owned()),
            )
        });
        assert!(bad.is_err());
    }

    #[test]
    fn inject_replaces_the_marker_only() {
        let page = "<body>\n<!-- explainer: here -->\n</body>";
        assert_eq!(
            inject(page, "<main>x</main>").unwrap(),
            "<body>\n<main>x</main>\n</body>"
        );
        assert!(inject("<body></body>", "x")
            .unwrap_err()
            .contains("no \"<!-- explainer"));
    }
}
