//! Where the explainer is published, known only at deploy: its public base
//! URL (for the oEmbed documents, the language alternates and the share
//! cards, which need absolute addresses) and the name of the publisher.
//! Read from the environment when the page is written:
//!
//! - `EXPLAINER_BASE_URL`: the folder the site is served from, e.g.
//!   `https://example.org/remain-in-mexico/` (default: the development
//!   server, `http://127.0.0.1:8080/`).
//! - `EXPLAINER_PROVIDER_NAME` and `EXPLAINER_PROVIDER_URL`: who publishes
//!   it, for oEmbed (default: the explainer's own name and base URL).

use crate::story::Lang;

/// Where the site lives and who publishes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// The English page's address, ending in `/`.
    pub base: String,
    pub provider_name: String,
    pub provider_url: String,
}

/// The development server `trunk serve` listens on.
pub const DEV_BASE: &str = "http://127.0.0.1:8080/";

impl Site {
    /// From the environment; a base without a trailing `/` gets one, and a
    /// base that is not an http(s) URL is refused.
    pub fn from_env() -> Result<Site, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Site::new(
            var("EXPLAINER_BASE_URL").as_deref(),
            var("EXPLAINER_PROVIDER_NAME").as_deref(),
            var("EXPLAINER_PROVIDER_URL").as_deref(),
        )
    }

    pub fn new(
        base: Option<&str>,
        provider_name: Option<&str>,
        provider_url: Option<&str>,
    ) -> Result<Site, String> {
        let base = base.unwrap_or(DEV_BASE).trim();
        if !(base.starts_with("https://") || base.starts_with("http://"))
            || base.contains(['"', '<', '>', ' '])
        {
            return Err(format!(
                "EXPLAINER_BASE_URL must be an http(s) URL such as https://example.org/remain-in-mexico/, not {base:?}"
            ));
        }
        let base = if base.ends_with('/') {
            base.to_owned()
        } else {
            format!("{base}/")
        };
        Ok(Site {
            provider_name: provider_name
                .unwrap_or("Remain in Mexico explainer")
                .to_owned(),
            provider_url: provider_url.map_or_else(|| base.clone(), str::to_owned),
            base,
        })
    }

    /// The folder of a language's page, relative to the base: "" or "es/".
    pub fn folder(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "",
            Lang::Es => "es/",
        }
    }

    /// The way from a language's page to the site's root, where the
    /// scripts and the data are: "" or "../".
    pub fn to_root(lang: Lang) -> &'static str {
        match Site::folder(lang) {
            "" => "",
            _ => "../",
        }
    }

    /// A language's page, absolute.
    pub fn page_url(&self, lang: Lang) -> String {
        format!("{}{}", self.base, Site::folder(lang))
    }

    /// A file of the site, absolute.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins the base URL's rules: a default, a trailing slash, and a clear
    // refusal of anything that is not an http(s) URL.
    #[test]
    fn the_base_url_is_checked_and_completed() {
        let dev = Site::new(None, None, None).unwrap();
        assert_eq!(dev.base, DEV_BASE);
        let site = Site::new(Some("https://example.org/mpp"), Some("Example News"), None).unwrap();
        assert_eq!(site.page_url(Lang::Es), "https://example.org/mpp/es/");
        assert_eq!(site.provider_url, "https://example.org/mpp/");
        assert_eq!(site.provider_name, "Example News");
        for bad in [
            "example.org/mpp/",
            "javascript:alert(1)",
            "https://x/\"><script>",
        ] {
            assert!(Site::new(Some(bad), None, None).is_err(), "{bad}");
        }
    }
}
