//! The story as plain HTML, written into `index.html` after each build (see
//! `src/bin/static-story.rs`): what a reader gets when the app cannot run.
//! The same data and the same wording functions as the app, so the two never
//! disagree: events, counts and sources come from `crate::html`, the same
//! builders the app uses. Both languages are written; the Spanish one starts hidden and
//! `assets/embed.js` shows it for `?lang=es`. The app hides it all once it
//! has started.

use crate::story::{Era, Lang, STORY};
use crate::{counts, html, text};

/// The comment in `index.html` the static story replaces.
pub const MARKER: &str = "<!-- static-story";

pub use crate::html::escape;

/// The static story in both languages, inside `<div id="static-story">`.
pub fn render() -> String {
    format!(
        "<div id=\"static-story\">\n{}\n{}\n</div>",
        render_lang(Lang::En),
        render_lang(Lang::Es)
    )
}

/// The whole static story in one language: the app's own HTML builders
/// (`crate::html`) for events, counts and sources, so the two never differ.
pub fn render_lang(lang: Lang) -> String {
    let ui = text::ui(lang);
    let mut out = String::new();
    let hidden = if lang == Lang::En { "" } else { " hidden" };
    out.push_str(&format!(
        "<main class=\"explainer static-story\" lang=\"{0}\" data-lang=\"{0}\"{hidden}>\n",
        lang.key()
    ));
    out.push_str(&format!(
        "<header class=\"masthead\"><p class=\"kicker\">{}</p><h1>{}</h1><p class=\"dek\">{}</p>\n<p class=\"static-story__note\">{}</p></header>\n",
        escape(ui.kicker),
        escape(ui.title),
        escape(ui.dek),
        escape(ui.static_note)
    ));
    out.push_str(&format!(
        "<section class=\"static-story__timeline\"><h2>{}</h2>\n<ol class=\"static-story__phases\">\n",
        escape(ui.timeline)
    ));
    for phase in STORY.phases {
        out.push_str(&format!(
            "<li class=\"phase\"><h3>{}</h3><p class=\"phase__dates\"><time datetime=\"{}\">{}</time> – <time datetime=\"{}\">{}</time></p><p>{}</p>{}\n<ol class=\"events\">{}</ol></li>\n",
            escape(phase.title.get(lang)),
            phase.span.start,
            escape(&text::date(phase.span.start, lang)),
            phase.span.end,
            escape(&text::date(phase.span.end, lang)),
            escape(phase.summary.get(lang)),
            html::citation(phase.sources, None, lang),
            html::events(phase, lang)
        ));
    }
    out.push_str("</ol></section>\n");
    out.push_str(&format!(
        "<section class=\"counts\"><h2>{}</h2><p>{} {}</p>\n",
        escape(ui.counts_heading),
        escape(ui.counts_intro),
        escape(ui.bars_note)
    ));
    for era in Era::ALL {
        out.push_str(&format!(
            "<div class=\"era\" data-era=\"{}\">{}</div>\n",
            era.key(),
            html::era_counts(era, lang)
        ));
    }
    if let Some((trump, biden)) = counts::same_counter_pair() {
        out.push_str(&format!(
            "<p>{}</p>\n",
            escape(&text::same_counter(trump, biden, lang))
        ));
    }
    out.push_str("</section>\n");
    out.push_str(&format!(
        "<footer class=\"sources\"><h2>{}</h2><ol class=\"sources__list\">{}</ol><p class=\"credits\">{}</p></footer>\n</main>",
        escape(ui.sources_heading),
        html::sources_list(lang, false),
        escape(ui.credits)
    ));
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
        .ok_or("the static-story comment is not closed")?;
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

    // Pins what a reader without WebAssembly gets, in each language: every
    // phase with its dates and summary, every event, every count with its
    // source, every source.
    #[test]
    fn the_static_story_tells_the_whole_story() {
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
                assert!(
                    !html.contains(&format!("id=\"source-{}\"", source.key)),
                    "no ids that the app's list already uses"
                );
            }
            assert_eq!(html.matches("<h1>").count(), 1);
        }
        let both = render();
        assert!(both.starts_with("<div id=\"static-story\">"));
        assert!(
            both.contains("lang=\"en\" data-lang=\"en\">"),
            "English shows by default"
        );
        assert!(
            both.contains("lang=\"es\" data-lang=\"es\" hidden>"),
            "Spanish waits for ?lang=es"
        );
    }

    #[test]
    fn inject_replaces_the_marker_only() {
        let page = "<body><div id=\"app\"></div>\n<!-- static-story: here -->\n</body>";
        assert_eq!(
            inject(page, "<main>x</main>").unwrap(),
            "<body><div id=\"app\"></div>\n<main>x</main>\n</body>"
        );
        assert!(inject("<body></body>", "x")
            .unwrap_err()
            .contains("no \"<!-- static-story"));
    }
}
