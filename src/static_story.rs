//! The story as plain HTML, written into `index.html` after each build (see
//! `src/bin/static-story.rs`): what a reader gets when the app cannot run.
//! The same data and the same wording functions as the app, so the two never
//! disagree; the app hides this block once it has started.

use crate::counts;
use crate::story::{Era, SourceId, STORY};
use crate::text;

/// The comment in `index.html` the static story replaces.
pub const MARKER: &str = "<!-- static-story";

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

fn outlets(ids: &[SourceId]) -> String {
    let sources: Vec<_> = ids.iter().map(|&id| STORY.source(id)).collect();
    let label = if sources.len() == 1 {
        "Source"
    } else {
        "Sources"
    };
    format!("{label}: {}", escape(&text::outlets(&sources)))
}

/// The whole static story.
pub fn render() -> String {
    let mut html = String::new();
    html.push_str("<main id=\"static-story\" class=\"explainer static-story\">\n");
    html.push_str(&format!(
        "<header class=\"masthead\"><p class=\"kicker\">{}</p><h1>{}</h1><p class=\"dek\">{}</p>\n<p class=\"static-story__note\">This is the text version of an interactive explainer. The interactive version needs a browser that runs JavaScript and WebAssembly.</p></header>\n",
        escape(text::KICKER),
        escape(text::TITLE),
        escape(text::DEK)
    ));

    html.push_str("<section aria-labelledby=\"static-phases\"><h2 id=\"static-phases\">The story, phase by phase</h2>\n<ol class=\"static-story__phases\">\n");
    for phase in STORY.phases {
        html.push_str(&format!(
            "<li class=\"phase\"><h3>{}</h3><p class=\"phase__dates\"><time datetime=\"{}\">{}</time> – <time datetime=\"{}\">{}</time></p><p>{}</p><p class=\"cite\">{}</p>\n<ul class=\"events\">\n",
            escape(phase.title),
            phase.span.start,
            escape(&text::date(phase.span.start)),
            phase.span.end,
            escape(&text::date(phase.span.end)),
            escape(phase.summary),
            outlets(phase.sources)
        ));
        for event in phase.events {
            html.push_str(&format!(
                "<li class=\"event\"><time class=\"event__date\" datetime=\"{}\">{}</time>: {} <span class=\"cite\">({})</span></li>\n",
                event.date,
                escape(&text::date(event.date)),
                escape(event.text),
                outlets(event.sources)
            ));
        }
        html.push_str("</ul></li>\n");
    }
    html.push_str("</ol></section>\n");

    html.push_str(&format!(
        "<section class=\"counts\" aria-labelledby=\"static-counts\"><h2 id=\"static-counts\">{}</h2><p>{}</p>\n",
        escape(text::COUNTS_HEADING),
        escape(text::COUNTS_INTRO)
    ));
    for era in Era::ALL {
        html.push_str(&format!(
            "<h3>{}</h3><ul class=\"figures\">\n",
            escape(text::era_heading(era))
        ));
        for bar in counts::bars(era) {
            let f = bar.figure;
            html.push_str(&format!(
                "<li class=\"figure\" data-figure=\"{}\"><strong>{}</strong>: {}. Counted by {}, reported <time datetime=\"{}\">{}</time>. <span class=\"cite\">Source: {}</span></li>\n",
                f.id,
                escape(&text::figure(f)),
                escape(f.counted),
                escape(f.counter),
                f.reported,
                escape(&text::date(f.reported)),
                escape(&text::source_reference(STORY.source(f.source)))
            ));
        }
        html.push_str("</ul>\n");
        if let Some(d) = counts::disagreement(era) {
            html.push_str(&format!("<p>{}</p>\n", escape(&text::disagreement(&d))));
        }
    }
    if let Some((trump, biden)) = counts::same_counter_pair() {
        html.push_str(&format!(
            "<p>{}</p>\n",
            escape(&text::same_counter(trump, biden))
        ));
    }
    html.push_str("</section>\n");

    html.push_str("<footer class=\"sources\" aria-labelledby=\"static-sources\"><h2 id=\"static-sources\">Sources</h2><ol class=\"sources__list\">\n");
    for s in STORY.sources {
        html.push_str(&format!(
            "<li>{}</li>\n",
            escape(&text::source_reference(s))
        ));
    }
    html.push_str(&format!(
        "</ol><p class=\"credits\">{}</p></footer>\n</main>",
        escape(text::CREDITS)
    ));
    html
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

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("a < b & \"c\" 'd'"),
            "a &lt; b &amp; &quot;c&quot; &#39;d&#39;"
        );
    }

    // Pins what a reader without WebAssembly gets: every phase with its
    // dates and summary, every count with its source, every source.
    #[test]
    fn the_static_story_tells_the_whole_story() {
        let html = render();
        assert!(html.starts_with("<main id=\"static-story\""));
        for phase in STORY.phases {
            assert!(html.contains(&escape(phase.title)), "{}", phase.id);
            assert!(html.contains(&escape(phase.summary)), "{}", phase.id);
            for event in phase.events {
                assert!(html.contains(&escape(event.text)), "{}", event.id);
            }
        }
        for figure in STORY.figures {
            assert!(html.contains(&text::figure(figure)), "{}", figure.id);
        }
        for source in STORY.sources {
            assert!(
                html.contains(&escape(&text::source_reference(source))),
                "{}",
                source.key
            );
        }
        assert_eq!(html.matches("<h1>").count(), 1);
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
