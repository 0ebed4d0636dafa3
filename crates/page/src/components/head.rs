//! What each language's page says about itself in its `<head>`: its title
//! and description, the other language as an alternate, the oEmbed
//! document editors' CMSs discover, the share card, and the opt-in to the
//! browser's own iframe auto-sizing.

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::share_card::{alt_text, card_file, CARD_SIZE};
use crate::site::Site;
use crate::story::Lang;
use crate::text;

/// The `<head>` entries of a language's page.
#[component]
pub fn Head(lang: Lang, site: Site) -> impl IntoView {
    let ui = text::ui(lang);
    let locale = |l: Lang| match l {
        Lang::En => "en_US",
        Lang::Es => "es_MX",
    };
    let other = match lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    let alternates = Lang::ALL.map(|l| {
        view! { <link rel="alternate" hreflang=l.key() href=site.page_url(l) /> }
    });
    view! {
        <title>{ui.document_title}</title>
        <meta name="description" content=ui.description />
        // Hosts that size frames to their content (Chromium's responsive
        // iframes) may: embed.js asks with window.requestResize().
        <meta name="responsive-embedded-sizing" />
        <link rel="canonical" href=site.page_url(lang) />
        {alternates.into_iter().collect_view()}
        <link rel="alternate" hreflang="x-default" href=site.page_url(Lang::En) />
        <link
            rel="alternate"
            type="application/json+oembed"
            href=site.url(&format!("{}oembed.json", Site::folder(lang)))
            title=ui.embed_title
        />
        <OpenGraph property="og:type" content="article" />
        <OpenGraph property="og:title" content=ui.document_title />
        <OpenGraph property="og:description" content=ui.description />
        <OpenGraph property="og:url" content=site.page_url(lang) />
        <OpenGraph property="og:locale" content=locale(lang) />
        <OpenGraph property="og:locale:alternate" content=locale(other) />
        <OpenGraph property="og:image" content=site.url(&card_file(lang)) />
        <OpenGraph property="og:image:type" content="image/png" />
        <OpenGraph property="og:image:width" content=CARD_SIZE.0.to_string() />
        <OpenGraph property="og:image:height" content=CARD_SIZE.1.to_string() />
        <OpenGraph property="og:image:alt" content=alt_text(lang) />
        <meta name="twitter:card" content="summary_large_image" />
    }
}

/// One Open Graph entry: `<meta property=… content=…>` (`property` is not an
/// HTML attribute the renderer knows, so it is written as a custom one).
#[component]
fn OpenGraph(property: &'static str, #[prop(into)] content: String) -> impl IntoView {
    view! { <meta {..custom_attribute("property", property)} content=content /> }
}
