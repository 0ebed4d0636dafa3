//! HTML builders for the page (`crate::page`), written as escaped strings
//! at build time: citations, events, counts, sources, map symbols, the
//! legend and the map's table. The app itself never builds story HTML.

use crate::counts;
use crate::map;
use crate::story::{
    DateBasis, Era, Lang, Phase, Place, PlaceKind, PlaceStatus, Quote, Source, SourceId, When,
    STORY,
};
use crate::text::{self, Ui};

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One source as a reference line: outlet, title, authors, date, note.
pub fn source_reference(s: &Source, lang: Lang) -> String {
    // A headline keeps its own language: tell assistive technology so.
    let title_lang = if s.headline { " lang=\"en\"" } else { "" };
    let mut html = format!(
        "<span class=\"ref\"><strong class=\"ref__outlet\">{}</strong>, <cite class=\"ref__title\"{title_lang}>{}</cite>",
        escape(s.outlet.get(lang)),
        escape(&text::source_title(s, lang))
    );
    if let Some(by) = text::byline(s, lang) {
        html.push_str(&format!(", {}", escape(&by)));
    }
    html.push_str(&format!(
        ", <time class=\"ref__date\" datetime=\"{}\">{}</time>.",
        s.date.date,
        escape(&text::source_dates(s, lang))
    ));
    if s.date.basis != DateBasis::Reported {
        html.push_str(&format!(
            " <span class=\"ref__note\">{}</span>",
            escape(s.date.note.get(lang))
        ));
    }
    if !s.note.is_empty() {
        html.push_str(&format!(
            " <span class=\"ref__note\">{}</span>",
            escape(s.note.get(lang))
        ));
    }
    html.push_str("</span>");
    html
}

/// A citation: a disclosure naming the outlets, opening on the full
/// references (outlet, title, date), any short quotation, and how a date
/// not stated by the sources is known (`about_date`).
pub fn citation(
    sources: &[SourceId],
    quote: Option<&Quote>,
    about_date: Option<&str>,
    lang: Lang,
) -> String {
    let ui = text::ui(lang);
    let cited: Vec<&Source> = sources.iter().map(|&id| STORY.source(id)).collect();
    let label = if cited.len() > 1 {
        ui.source_many
    } else {
        ui.source_one
    };
    let mut html = format!(
        "<details class=\"cite\"><summary><span class=\"cite__label\">{}: </span><span class=\"cite__outlets\">{}</span></summary><div class=\"cite__body\">",
        escape(label),
        escape(&text::outlets(&cited, lang))
    );
    if let Some(q) = quote {
        let via = format!(
            "{} {}",
            escape(ui.via),
            escape(STORY.source(q.source).outlet.get(lang))
        );
        if q.paraphrase_es && lang == Lang::Es {
            // The English is already a translation: Spanish paraphrases it,
            // without quotation marks, and the speaker line says so.
            html.push_str(&format!(
                "<figure class=\"quote quote--paraphrase\"><p>{}</p><figcaption>— {}, {via}</figcaption></figure>",
                escape(q.text.get(lang)),
                escape(q.speaker.get(lang)),
            ));
        } else {
            html.push_str(&format!(
                "<figure class=\"quote\"><blockquote><p>“{}”</p></blockquote><figcaption>— {}, {via}{}</figcaption></figure>",
                escape(q.text.get(lang)),
                escape(q.speaker.get(lang)),
                escape(ui.our_translation)
            ));
        }
    }
    if let Some(note) = about_date {
        html.push_str(&format!(
            "<p class=\"cite__date\">{} {}</p>",
            escape(ui.date_note),
            escape(note)
        ));
    }
    html.push_str("<ul class=\"cite__list\">");
    for s in cited {
        html.push_str(&format!("<li>{}</li>", source_reference(s, lang)));
    }
    html.push_str("</ul></div></details>");
    html
}

/// A phase's dated events, each with its citation.
pub fn events(phase: &Phase, lang: Lang) -> String {
    let mut html = String::new();
    for event in phase.events {
        let (when, about) = match event.when {
            When::On(d) => {
                let basis = text::basis(d.basis, lang)
                    .map(|how| format!(" <span class=\"event__basis\">({})</span>", escape(how)))
                    .unwrap_or_default();
                let about = (d.basis != DateBasis::Reported).then(|| d.note.get(lang));
                (
                    format!(
                        "<p class=\"event__when\"><time class=\"event__date\" datetime=\"{}\">{}</time>{basis}</p>",
                        d.date,
                        escape(&text::date(d.date, lang))
                    ),
                    about,
                )
            }
            When::Undated(words) => (
                format!(
                    "<p class=\"event__when\"><span class=\"event__date event__date--undated\">{}</span></p>",
                    escape(words.get(lang))
                ),
                None,
            ),
        };
        html.push_str(&format!(
            "<li class=\"event\" data-event=\"{}\">{when}<p class=\"event__text\">{}</p>{}</li>",
            event.id,
            escape(event.text.get(lang)),
            citation(event.sources, event.quote.as_ref(), about, lang)
        ));
    }
    html
}

/// The list of every source, each with the id `<id_prefix><key>` to link to.
pub fn sources_list(lang: Lang, id_prefix: &str) -> String {
    let mut html = String::new();
    for s in STORY.sources {
        html.push_str(&format!(
            "<li id=\"{id_prefix}{}\">{}</li>",
            s.key,
            source_reference(s, lang)
        ));
    }
    html
}

/// The counts: every figure as reported, a bar proportional to each, and
/// where the sources disagree. The era highlight is set by the caller.
pub fn era_counts(era: Era, lang: Lang) -> String {
    let ui = text::ui(lang);
    let mut html = format!(
        "<h3 class=\"era__heading\">{}<span class=\"era__badge\"><span class=\"visually-hidden\">: </span>{}</span></h3><ul class=\"figures\">",
        escape(text::era_heading(era, lang)),
        escape(ui.phase_shown)
    );
    for bar in counts::bars(era) {
        let f = bar.figure;
        let width = counts::percent(bar.share);
        // A floor ("more than", "over"): a small arrowhead cut into the
        // bar's end says the true number is higher, by an amount the source
        // does not give. It sits inside the bar, so it draws no amount of its
        // own and never reaches past a larger figure's bar.
        let beyond = if f.qualifier.is_lower_bound() {
            format!(
                "<polygon class=\"figure__beyond\" points=\"-1.5,1 0,3 -1.5,5\" transform=\"translate({width} 0)\"/>"
            )
        } else {
            String::new()
        };
        html.push_str(&format!(
            "<li class=\"figure\" data-figure=\"{}\"><p class=\"figure__number\">{}</p><svg class=\"figure__bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"figure__track\" x=\"0\" y=\"0\" width=\"100\" height=\"6\"/><rect class=\"figure__fill\" x=\"0\" y=\"0\" width=\"{width}\" height=\"6\"/>{beyond}</svg><p class=\"figure__meta\">{}. {} {} ({} <time datetime=\"{}\">{}</time>).</p>{}</li>",
            f.id,
            escape(&text::figure(f, lang)),
            escape(f.counted.get(lang)),
            escape(ui.counted_by),
            escape(f.counter.get(lang)),
            escape(ui.reported),
            f.reported,
            escape(&text::date(f.reported, lang)),
            citation(std::slice::from_ref(&f.source), None, None, lang)
        ));
    }
    html.push_str("</ul>");
    if let Some(d) = counts::disagreement(era) {
        html.push_str(&format!(
            "<p class=\"era__disagreement\">{}</p>",
            escape(&text::disagreement(&d, lang))
        ));
    }
    html
}

/// A map symbol in unit size, with every variant its place can take; the
/// stylesheet shows the one that fits the `data-status` and `data-first`
/// of the place (or legend entry) around it.
pub fn symbol(kind: PlaceKind) -> String {
    let (ring, base) = match kind {
        PlaceKind::Port => ("1.5", "<circle class=\"symbol shape--base\" r=\"1\"/>".to_owned()),
        PlaceKind::Encampment => ("1.6", format!("<polygon class=\"symbol shape--base\" points=\"{}\"/>", map::TRIANGLE_POINTS)),
        PlaceKind::HearingFacility => ("1.2", "<rect class=\"symbol shape--base\" x=\"-0.75\" y=\"-0.75\" width=\"1.5\" height=\"1.5\"/>".to_owned()),
        PlaceKind::TwinCity => ("1.0", "<circle class=\"symbol shape--base\" r=\"0.55\"/>".to_owned()),
    };
    let star = if kind == PlaceKind::Port {
        format!(
            "<polygon class=\"symbol shape--star\" points=\"{}\"/>",
            map::STAR_POINTS
        )
    } else {
        String::new()
    };
    // The focus ring doubles as the pointer target; marks that do not rely
    // on colour: a cross for ended, "?" for unclear.
    format!(
        "<circle class=\"symbol__focus\" r=\"{ring}\"/>{base}{star}<path class=\"symbol__mark mark--cross\" d=\"M-0.6 -0.6L0.6 0.6M0.6 -0.6L-0.6 0.6\"/><text class=\"symbol__mark symbol__q mark--q\" y=\"0.45\" text-anchor=\"middle\">?</text>"
    )
}

/// A place's symbol and its map labels, inside its `<g>`.
pub fn place_mark(place: &Place, lang: Lang) -> String {
    let mut html = format!(
        "<g class=\"place__symbol\"><g transform=\"{}\">{}</g></g>",
        place.symbol_transform,
        symbol(place.kind)
    );
    let geography = if place.kind == PlaceKind::TwinCity {
        " place__label--geography"
    } else {
        ""
    };
    for (spot, layout) in [(place.label_narrow, "narrow"), (place.label_wide, "wide")] {
        if let Some(s) = spot {
            html.push_str(&format!(
                "<text class=\"place__label place__label--{layout}{geography}\" dx=\"{}\" dy=\"{}\" text-anchor=\"{}\" aria-hidden=\"true\">{}</text>",
                s.dx,
                s.dy,
                s.anchor.svg(),
                escape(place.label.get(lang))
            ));
        }
    }
    html
}

/// "Across the border from El Paso, Texas. Shown for orientation: …".
pub fn across(place: &Place, lang: Lang) -> String {
    let ui = text::ui(lang);
    let port = map::across_from(place).map_or("", |port| port.name.get(lang));
    format!("{} {port}. {}", ui.across_from, ui.not_named)
}

/// A place's row in the map's table for a phase, without the `<tr>`:
/// name, kind, role in the phase and its source.
pub fn table_row(place: &'static Place, phase: &Phase, lang: Lang) -> String {
    let (status, words, source) = match map::state_in(place, phase) {
        Some(s) => (
            s.status.key(),
            format!(
                "<strong>{}.</strong> {}",
                escape(text::place_status(s.status, place.kind, lang)),
                escape(s.note.get(lang))
            ),
            citation(s.sources, None, None, lang),
        ),
        None => (
            "geography",
            escape(&across(place, lang)),
            format!("<span>{}</span>", escape(text::ui(lang).geography)),
        ),
    };
    format!(
        "<th scope=\"row\">{}</th><td>{}</td><td data-status=\"{status}\">{words}</td><td>{source}</td>",
        escape(place.name.get(lang)),
        escape(text::place_kind(place.kind, lang))
    )
}

/// The legend: every symbol, drawn as on the map, with what it means.
pub fn legend(lang: Lang) -> String {
    let ui: &Ui = text::ui(lang);
    let item = |kind: PlaceKind, status: &str, first: bool, words: String| {
        format!(
            "<li class=\"legend__item\"><svg class=\"legend__symbol\" viewBox=\"-1.6 -1.6 3.2 3.2\" aria-hidden=\"true\" focusable=\"false\" data-status=\"{status}\" data-first=\"{first}\">{}</svg><span>{}</span></li>",
            symbol(kind),
            escape(&words)
        )
    };
    let kind = |k: PlaceKind| {
        format!(
            "{} ({})",
            text::place_kind(k, lang),
            text::place_shape(k, lang)
        )
    };
    let status = |s: PlaceStatus, how: &str| format!("{} ({how})", text::legend_status(s, lang));
    let mut html = String::new();
    // Each kind, drawn in the state it is most often seen in.
    for (k, shown_as) in [
        (PlaceKind::Port, "planned"),
        (PlaceKind::Encampment, "active"),
        (PlaceKind::HearingFacility, "planned"),
        (PlaceKind::TwinCity, "geography"),
    ] {
        html.push_str(&item(k, shown_as, false, kind(k)));
    }
    html.push_str(&item(
        PlaceKind::Port,
        "planned",
        true,
        ui.legend_first.to_owned(),
    ));
    for (s, how) in [
        (PlaceStatus::Active, ui.legend_filled),
        (PlaceStatus::Planned, ui.legend_dashed),
        (PlaceStatus::Unclear, ui.legend_question),
        (PlaceStatus::Ended, ui.legend_cross),
        (PlaceStatus::Inactive, ui.legend_faint),
    ] {
        html.push_str(&item(PlaceKind::Port, s.key(), false, status(s, how)));
    }
    html.push_str(&format!(
        "<li class=\"legend__item\"><svg class=\"legend__symbol\" viewBox=\"0 0 3.2 3.2\" aria-hidden=\"true\" focusable=\"false\"><path class=\"map__border\" d=\"M0 1.6H3.2\"/></svg><span>{}</span></li>",
        escape(ui.legend_border)
    ));
    html
}

/// The id of the map's outlines, drawn once per page ([`map_geometry`]) and
/// used by both languages' maps.
pub const MAP_GEOMETRY_ID: &str = "map-geometry";

/// The map's outlines (sea, land, state lines, coast, border), once for the
/// page, as a `<symbol>` both maps `<use>`.
pub fn map_geometry() -> String {
    let g = &STORY.map;
    format!(
        "<svg class=\"map-geometry\" hidden aria-hidden=\"true\" focusable=\"false\"><symbol id=\"{MAP_GEOMETRY_ID}\" viewBox=\"{}\"><rect class=\"map__sea\" width=\"100%\" height=\"100%\"/><path class=\"map__land map__land--mx\" d=\"{}\"/><path class=\"map__land map__land--us\" d=\"{}\"/><path class=\"map__states\" d=\"{}\"/><path class=\"map__coast\" d=\"{}\"/><path class=\"map__border\" d=\"{}\"/></symbol></svg>",
        g.view_box, g.land_mx, g.land_us, g.us_states, g.coast, g.border
    )
}

/// The map's fixed drawing in one language: the outlines ([`map_geometry`])
/// and the names of countries and seas.
pub fn map_base(lang: Lang) -> String {
    let mut html = format!("<use href=\"#{MAP_GEOMETRY_ID}\" width=\"100%\" height=\"100%\"/>");
    for (name, x, y, narrow) in crate::story::AREA_LABELS {
        let wide_only = if narrow { "" } else { " map__area--wide-only" };
        html.push_str(&format!(
            "<text class=\"map__area{wide_only}\" x=\"{x}\" y=\"{y}\" text-anchor=\"middle\" aria-hidden=\"true\">{}</text>",
            escape(name.get(lang))
        ));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("a < b & \"c\" 'd'"),
            "a &lt; b &amp; &quot;c&quot; &#39;d&#39;"
        );
    }

    // Pins that a citation names outlet, title and date, quotes with
    // attribution, and marks translated quotations in Spanish.
    #[test]
    fn citations_name_their_sources() {
        let phase = timeline::phase(2);
        let event = phase.events.iter().find(|e| e.id == "court-order").unwrap();
        let en = citation(event.sources, event.quote.as_ref(), None, Lang::En);
        assert!(en.starts_with("<details class=\"cite\"><summary>"));
        assert!(en.contains("Sources: </span><span class=\"cite__outlets\">BuzzFeed News; The Monitor (McAllen, Texas)</span>"));
        assert!(en.contains(
            "“Immigration advocates walk out of Biden administration meeting over MPP restart”"
        ));
        assert!(en
            .contains("<time class=\"ref__date\" datetime=\"2021-10-16\">October 16, 2021</time>"));
        assert!(
            en.contains("— An administration official, at the October 16 meeting, via The Monitor")
        );
        let es = citation(event.sources, event.quote.as_ref(), None, Lang::Es);
        assert!(es.contains("(traducción nuestra del inglés)"));
        assert!(
            es.contains("lang=\"en\">“Immigration advocates"),
            "headlines keep their language"
        );
    }

    // Pins that text from the data is escaped wherever it lands.
    #[test]
    fn data_text_is_escaped() {
        for lang in Lang::ALL {
            for phase in STORY.phases {
                let html = events(phase, lang);
                assert_eq!(
                    html.matches("<li class=\"event\"").count(),
                    phase.events.len()
                );
                for e in phase.events {
                    assert!(html.contains(&escape(e.text.get(lang))));
                }
            }
        }
        assert!(
            sources_list(Lang::En, "source-").contains("&#39;remain in Mexico&#39;"),
            "the ABC headline's quotes are escaped"
        );
    }

    #[test]
    fn counts_show_every_figure_with_its_bar() {
        let trump = era_counts(Era::Trump, Lang::En);
        assert_eq!(trump.matches("class=\"figure\"").count(), 3);
        assert!(trump.contains("<p class=\"figure__number\">more than 71,000</p>"));
        assert!(trump.contains("width=\"95.95\""));
        assert_eq!(trump.matches("figure__beyond").count(), 2, "two floors");
        // The arrowhead's tip is the bar's own end: it draws no amount.
        assert!(trump.contains("points=\"-1.5,1 0,3 -1.5,5\" transform=\"translate(95.95 0)\""));
        assert!(era_counts(Era::Biden, Lang::Es).contains("aproximadamente 7,500"));
    }

    // Pins a table row against the map's own logic, in every phase.
    #[test]
    fn table_rows_follow_the_phase() {
        for phase in STORY.phases {
            for place in STORY.places {
                let row = table_row(place, phase, Lang::En);
                let status = map::status_in(place, phase).map_or("geography", PlaceStatus::key);
                assert!(row.starts_with(&format!(
                    "<th scope=\"row\">{}</th>",
                    escape(place.name.get(Lang::En))
                )));
                assert!(
                    row.contains(&format!("data-status=\"{status}\"")),
                    "{} in {}",
                    place.id,
                    phase.id
                );
            }
        }
    }

    #[test]
    fn symbols_carry_every_variant() {
        let port = symbol(PlaceKind::Port);
        assert!(
            port.contains("shape--star")
                && port.contains("mark--cross")
                && port.contains("mark--q")
        );
        assert!(!symbol(PlaceKind::Encampment).contains("shape--star"));
        assert_eq!(legend(Lang::En).matches("legend__item").count(), 11);
    }

    #[test]
    fn rows_say_role_and_source() {
        let el_paso = STORY.places.iter().find(|p| p.id == "el-paso").unwrap();
        let row = table_row(el_paso, timeline::phase(3), Lang::En);
        assert!(row.contains(
            "<strong>Planned.</strong> ImmDef names it the first city set to restart MPP"
        ));
        assert!(row.contains("Immigrant Defenders Law Center (ImmDef)"));
        let juarez = STORY
            .places
            .iter()
            .find(|p| p.id == "ciudad-juarez")
            .unwrap();
        assert!(table_row(juarez, timeline::phase(0), Lang::En)
            .contains("Across the border from El Paso, Texas."));
    }
}
