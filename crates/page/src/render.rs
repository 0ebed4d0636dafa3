//! Renders the page to HTML with Leptos's server-side renderer and puts it
//! into the shell Trunk built (`index.html`), in place of its marker
//! comment.

use leptos::prelude::*;

use crate::components::App;

/// The comment in `index.html` the page replaces.
pub const MARKER: &str = "<!-- explainer";

/// The explainer in both languages, inside `<div id="app">`.
pub fn render() -> String {
    without_hydration_markers(view! { <App /> }.to_html())
}

/// The renderer marks where an optional part is absent with an empty
/// comment, `<!>`, for hydration to find its place. This page is never
/// hydrated (the live layer reads it, it does not re-render it), so the
/// markers are dead bytes: several hundred of them. Text never contains
/// the sequence: the renderer escapes `<` in text and attributes.
fn without_hydration_markers(html: String) -> String {
    html.replace("<!>", "")
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
    Ok([&index_html[..start], fragment, &index_html[end..]].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

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
