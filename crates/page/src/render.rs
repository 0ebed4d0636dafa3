//! Writes each language's page: Leptos's server-side renderer renders the
//! components, and they go into the shell Trunk built (`index.html`), in
//! place of its two marker comments. English is the site's root, Spanish
//! `es/index.html`; each carries only its own language. Also writes each
//! language's oEmbed document.

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::IntoAnyAttribute;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::components::{App, Head};
use crate::share_card::{card_file, CARD_SIZE};
use crate::site::Site;
use crate::story::Lang;
use crate::text;

/// The comment in `index.html` the page's `<head>` entries replace.
pub const HEAD_MARKER: &str = "<!-- head";
/// The comment in `index.html` the explainer replaces.
pub const MARKER: &str = "<!-- explainer";

/// The explainer in one language, inside `<div id="app">`.
pub fn render(lang: Lang) -> String {
    without_hydration_markers(view! { <App lang /> }.to_html())
}

/// A language's `<head>` entries.
pub fn render_head(lang: Lang, site: &Site) -> String {
    let site = site.clone();
    without_hydration_markers(view! { <Head lang site /> }.to_html())
}

/// The renderer marks where an optional part is absent with an empty
/// comment, `<!>`, for hydration to find its place. This page is never
/// hydrated (the live layer reads it, it does not re-render it), so the
/// markers are dead bytes: several hundred of them. Text never contains
/// the sequence: the renderer escapes `<` in text and attributes.
fn without_hydration_markers(html: String) -> String {
    html.replace("<!>", "")
}

/// A language's whole page, from Trunk's shell.
pub fn page(shell: &str, lang: Lang, site: &Site) -> Result<String, String> {
    let shell = preload_glue_before_boot(shell)?;
    // The shell's own addresses are relative to the site's root.
    let shell = match Site::folder(lang) {
        "" => shell,
        _ => shell.replace("=\"./", "=\"../"),
    };
    let shell = shell.replacen(
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\">", lang.key()),
        1,
    );
    let shell = replace_comment(&shell, HEAD_MARKER, &render_head(lang, site))?;
    replace_comment(&shell, MARKER, &render(lang))
}

/// Trunk preloads the glue (`modulepreload`) and the wasm (`preload`) with
/// integrity hashes. The glue's preload stays, moved to just before the
/// boot script: its download starts as the browser first scans the page
/// (issue 17: the app may start as soon as the phase control is parsed),
/// and the browser checks its hash. The wasm's goes: browsers ignore a hash
/// on a preload of its kind (`as=fetch`), and WebKit never hands such a
/// preload to the fetch that compiles the wasm, so a reader on Safari would
/// download it twice. Its hash moves to the boot script
/// (`data-wasm-integrity`), whose fetch carries it. (A page that moves on
/// at once, `?lang=` naming the other language, abandons the glue's
/// download.)
fn preload_glue_before_boot(shell: &str) -> Result<String, String> {
    let (shell, wasm_link) = take_link(shell, "<link rel=\"preload\"", ".wasm")?;
    let (shell, glue_link) = take_link(&shell, "<link rel=\"modulepreload\"", ".js")?;
    let wasm_hash = integrity(&wasm_link).ok_or("the .wasm preload has no integrity hash")?;
    if integrity(&glue_link).is_none() {
        return Err("the .js module preload has no integrity hash".into());
    }
    let boot = "<script id=\"explainer-boot\"";
    if !shell.contains(boot) {
        return Err("index.html has no boot script (id=\"explainer-boot\")".into());
    }
    Ok(shell.replacen(
        boot,
        &format!("{glue_link}{boot} data-wasm-integrity=\"{wasm_hash}\""),
        1,
    ))
}

/// Removes the first link starting with `opening` whose address ends in
/// `ext`: the shell without it, and the link.
fn take_link(shell: &str, opening: &str, ext: &str) -> Result<(String, String), String> {
    let (start, link) = shell
        .match_indices(opening)
        .filter_map(|(start, _)| {
            let end = start + shell[start..].find('>')?;
            Some((start, &shell[start..=end]))
        })
        .find(|(_, link)| link.contains(&format!("{ext}\"")))
        .ok_or_else(|| format!("index.html has no {opening} of the {ext} file"))?;
    let rest = [&shell[..start], &shell[start + link.len()..]].concat();
    Ok((rest, link.to_owned()))
}

/// The integrity hash of the tag `link`.
fn integrity(link: &str) -> Option<&str> {
    link.split(" integrity=\"").nth(1)?.split('"').next()
}

/// Puts `fragment` in place of the comment starting with `marker`.
pub fn replace_comment(html: &str, marker: &str, fragment: &str) -> Result<String, String> {
    let start = html
        .find(marker)
        .ok_or_else(|| format!("index.html has no \"{marker} ... -->\" comment to replace"))?;
    let end = html[start..]
        .find("-->")
        .map(|i| start + i + 3)
        .ok_or_else(|| format!("the \"{marker}\" comment is not closed"))?;
    Ok([&html[..start], fragment, &html[end..]].concat())
}

/// How big the frame is in the oEmbed document: WordPress caps embeds at
/// 1,000 px high and resizes them to their content (embed.js tells it).
pub const EMBED_SIZE: (u32, u32) = (600, 1000);

/// The iframe editors paste, for a language.
pub fn embed_code(lang: Lang, site: &Site) -> String {
    let ui = text::ui(lang);
    let policies = vec![
        custom_attribute("loading", "lazy").into_any_attr(),
        custom_attribute("sandbox", "allow-scripts allow-same-origin").into_any_attr(),
        custom_attribute("allow", "clipboard-write").into_any_attr(),
        custom_attribute("referrerpolicy", "no-referrer").into_any_attr(),
    ];
    view! {
        <iframe
            src=site.page_url(lang)
            title=ui.embed_title
            width=EMBED_SIZE.0.to_string()
            height=EMBED_SIZE.1.to_string()
            style="width: 100%; border: 0"
            {..policies}
        ></iframe>
    }
    .to_html()
}

/// A language's oEmbed document (oEmbed 1.0, type "rich").
pub fn oembed(lang: Lang, site: &Site) -> String {
    let ui = text::ui(lang);
    let document = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": ui.embed_title,
        "provider_name": site.provider_name,
        "provider_url": site.provider_url,
        "html": embed_code(lang, site),
        "width": EMBED_SIZE.0,
        "height": EMBED_SIZE.1,
        "thumbnail_url": site.url(&card_file(lang)),
        "thumbnail_width": CARD_SIZE.0,
        "thumbnail_height": CARD_SIZE.1,
    });
    serde_json::to_string_pretty(&document).expect("a JSON value serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<!doctype html><html lang=\"en\"><head><!-- head --><link rel=\"stylesheet\" href=\"./style.css\"/><script id=\"explainer-boot\" src=\"./boot.js\" data-js=\"./app.js\" data-wasm=\"./app_bg.wasm\"></script><link rel=\"modulepreload\" href=\"./app.js\" crossorigin=\"anonymous\" integrity=\"sha384-js\"><link rel=\"preload\" href=\"./app_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-abc\" as=\"fetch\" type=\"application/wasm\"></head><body><!-- explainer --></body></html>";

    // Pins what each language's page is made of: its own language only,
    // the shell's addresses from its folder, the glue and wasm preloaded,
    // and the wasm fetched by boot.js with the preload's hash.
    #[test]
    fn each_language_gets_a_page_of_its_own() {
        let site = Site::new(Some("https://example.org/mpp/"), None, None).unwrap();
        let en = page(SHELL, Lang::En, &site).unwrap();
        let es = page(SHELL, Lang::Es, &site).unwrap();
        assert!(en.starts_with("<!doctype html><html lang=\"en\">"));
        assert!(es.starts_with("<!doctype html><html lang=\"es\">"));
        assert!(
            es.contains("href=\"../style.css\"") && es.contains("data-wasm=\"../app_bg.wasm\"")
        );
        assert!(en.contains("href=\"./style.css\""));
        for html in [&en, &es] {
            assert!(html.contains("<link rel=\"modulepreload\" href=\"./app.js\" crossorigin=\"anonymous\" integrity=\"sha384-js\">") || html.contains("<link rel=\"modulepreload\" href=\"../app.js\" crossorigin=\"anonymous\" integrity=\"sha384-js\">"));
            assert!(!html.contains("<link rel=\"preload\""), "no wasm preload");
            assert_eq!(
                html.matches("sha384-abc").count(),
                1,
                "the wasm's hash on boot only"
            );
            let glue = html.find("rel=\"modulepreload\"").unwrap();
            assert!(
                glue < html.find("id=\"explainer-boot\"").unwrap(),
                "glue preload first"
            );
            assert!(html.contains("id=\"explainer-boot\" data-wasm-integrity=\"sha384-abc\""));
            assert_eq!(html.matches("<main").count(), 1, "one language per page");
        }
        assert!(es.contains("data-lang=\"es\"") && !es.contains("data-lang=\"en\""));
        assert!(en.contains(
            "<title>Remain in Mexico: the Migrant Protection Protocols, 2019–2023</title>"
        ));
        assert!(es.contains("hreflang=\"en\" href=\"https://example.org/mpp/\""));
    }

    #[test]
    fn a_shell_without_its_markers_is_refused() {
        let site = Site::new(None, None, None).unwrap();
        assert!(
            page("<html lang=\"en\"><body></body></html>", Lang::En, &site)
                .unwrap_err()
                .contains("no <link rel=\"preload\" of the .wasm file")
        );
        let no_marker = SHELL.replace("<!-- explainer -->", "");
        assert!(page(&no_marker, Lang::En, &site)
            .unwrap_err()
            .contains("no \"<!-- explainer"));
    }

    // Pins the oEmbed document against the oEmbed 1.0 spec's fields: every
    // response has type and version; a "rich" one has html, width and
    // height; thumbnails come with their size.
    #[test]
    fn the_oembed_document_has_every_required_field() {
        let site = Site::new(Some("https://example.org/mpp/"), Some("Example News"), None).unwrap();
        for lang in Lang::ALL {
            let doc: serde_json::Value = serde_json::from_str(&oembed(lang, &site)).unwrap();
            assert_eq!(doc["version"], "1.0");
            assert_eq!(doc["type"], "rich");
            assert!(doc["width"].as_u64().unwrap() > 0 && doc["height"].as_u64().unwrap() > 0);
            let html = doc["html"].as_str().unwrap();
            assert!(html.starts_with("<iframe") && html.ends_with("</iframe>"));
            assert!(html.contains(&format!("src=\"{}\"", site.page_url(lang))));
            assert_eq!(doc["provider_name"], "Example News");
            assert_eq!(doc["title"], text::ui(lang).embed_title);
            assert!(doc["thumbnail_url"]
                .as_str()
                .unwrap()
                .ends_with(&card_file(lang)));
            assert!(doc["thumbnail_width"].is_u64() && doc["thumbnail_height"].is_u64());
        }
    }

    // Pins the share card's tags in each language's <head>: title,
    // description, the card (absolute, its size, its alternative text), the
    // locale and the other language's, and the large-image card.
    #[test]
    fn each_page_names_its_share_card() {
        let site = Site::new(Some("https://example.org/mpp/"), None, None).unwrap();
        for (lang, locale, other) in [(Lang::En, "en_US", "es_MX"), (Lang::Es, "es_MX", "en_US")] {
            let head = render_head(lang, &site);
            let ui = text::ui(lang);
            for (property, content) in [
                ("og:title", ui.document_title.to_owned()),
                ("og:description", ui.description.to_owned()),
                ("og:url", site.page_url(lang)),
                ("og:image", site.url(&card_file(lang))),
                ("og:image:width", CARD_SIZE.0.to_string()),
                ("og:image:height", CARD_SIZE.1.to_string()),
                ("og:locale", locale.to_owned()),
                ("og:locale:alternate", other.to_owned()),
            ] {
                let tag = format!("<meta property=\"{property}\" content=\"{content}\"");
                assert!(head.contains(&tag), "{}: {tag}", lang.key());
            }
            let alt = crate::share_card::alt_text(lang);
            assert!(head.contains("property=\"og:image:alt\""));
            assert!(
                head.contains(&alt.replace('"', "&quot;")) || head.contains(&alt),
                "{alt}"
            );
            assert!(head.contains("<meta name=\"twitter:card\" content=\"summary_large_image\""));
        }
    }
}
