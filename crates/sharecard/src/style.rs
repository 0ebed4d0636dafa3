//! The card's stylesheet: the page's own map rules, taken from
//! `assets/style.css` with each `var(--name)` resolved to the light theme's
//! colour from `page::palette`, plus the card's text. One source: a change
//! to the page's map styles changes the card.

use page::palette::LIGHT;

use crate::fonts::FAMILY;

/// The page's stylesheet, read at compile time.
const PAGE_CSS: &str = include_str!("../../../assets/style.css");

/// The page's rules the card reuses, by selector: the map's outlines and a
/// symbol in its most prominent state (an active place).
const PAGE_RULES: [&str; 8] = [
    ".map__sea",
    ".map__land--us",
    ".map__land--mx",
    ".map__states",
    ".map__coast",
    ".map__border",
    ".symbol",
    "[data-status=\"active\"] .symbol",
];

/// The CSS embedded in the card's `<style>`.
pub fn css() -> String {
    let p = LIGHT;
    let mut css = format!(
        "text {{ font-family: '{FAMILY}'; }}\n\
         .card__paper {{ stop-color: {paper}; }}\n\
         .card__kicker {{ fill: {accent}; font-weight: 700; }}\n\
         .card__title {{ fill: {ink}; font-weight: 700; }}\n\
         .card__area {{ fill: {area_label}; font-weight: 700; }}\n",
        paper = p.paper.hex(),
        accent = p.accent.hex(),
        ink = p.ink.hex(),
        area_label = p.area_label.hex(),
    );
    for selector in PAGE_RULES {
        css.push_str(&page_rule(selector));
        css.push('\n');
    }
    css
}

/// The page's one-line rule for `selector`, its colours resolved.
fn page_rule(selector: &str) -> String {
    let opening = format!("{selector} {{");
    let line = PAGE_CSS
        .lines()
        .find(|line| line.starts_with(&opening))
        .unwrap_or_else(|| panic!("assets/style.css has no one-line rule `{opening} … }}`"));
    resolve(line)
}

/// `line` with every `var(--name)` replaced by the light theme's colour.
fn resolve(line: &str) -> String {
    LIGHT
        .entries()
        .into_iter()
        .fold(line.to_owned(), |line, (name, colour)| {
            line.replace(&format!("var(--{name})"), &colour.hex())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins that the card draws the map with the page's own rules: each one
    // is found, and no custom property is left unresolved (resvg knows no
    // `var()`, and would draw black or nothing).
    #[test]
    fn page_rules_resolve_to_light_colours() {
        let css = css();
        assert!(!css.contains("var("), "{css}");
        assert!(css.contains(".map__border { fill: none; stroke: #1d2226; stroke-width: 2.2;"));
        assert!(css.contains(".map__sea { fill: #dcebf3; }"));
        assert!(css.contains("[data-status=\"active\"] .symbol { fill: #9c3d10; }"));
    }
}
