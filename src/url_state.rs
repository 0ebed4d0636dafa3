//! The page's state in its URL: `phase` (a phase id), `lang` (`en`, `es`)
//! and `theme` (`auto`, `light`, `dark`). Parsing never fails: a missing,
//! unknown or malformed value falls back to its default, so any link opens a
//! valid page. Other parameters (pym.js adds `childId` and friends) are left
//! untouched.
//!
//! Phases are named by id; the caller passes the ids in story order (the
//! app reads them from the page), so this module needs no story data.
//! Query strings are decoded with `form_urlencoded` (the WHATWG rules
//! browsers use: `+` is a space, a malformed escape stays as written,
//! invalid UTF-8 becomes U+FFFD).

pub use protocol::Lang;

/// The colour theme: follow the reader's system, or forced by the host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything a link can choose about the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct UrlState {
    /// Index into the phases, in story order.
    pub phase: usize,
    pub lang: Lang,
    pub theme: Theme,
}

/// The parameter names this module owns.
pub const KEYS: [&str; 3] = ["phase", "lang", "theme"];

/// Reads a state from a query string (with or without the leading `?`).
/// The first occurrence of a parameter counts; a bad value means its default.
pub fn parse<S: AsRef<str>>(query: &str, ids: &[S]) -> UrlState {
    let mut state = UrlState::default();
    let mut seen = [false; 3];
    for (key, value) in pairs(query) {
        let Some(slot) = KEYS.iter().position(|k| *k == key) else {
            continue;
        };
        if std::mem::replace(&mut seen[slot], true) {
            continue;
        }
        match slot {
            0 => {
                state.phase = ids
                    .iter()
                    .position(|id| id.as_ref() == value)
                    .unwrap_or_default()
            }
            1 => {
                state.lang = Lang::ALL
                    .into_iter()
                    .find(|l| l.key() == value)
                    .unwrap_or_default()
            }
            _ => {
                state.theme = Theme::ALL
                    .into_iter()
                    .find(|t| t.key() == value)
                    .unwrap_or_default()
            }
        }
    }
    state
}

/// The state as a query string without `?`: `phase=restart&lang=en&theme=auto`.
pub fn to_query<S: AsRef<str>>(state: &UrlState, ids: &[S]) -> String {
    [
        "phase=",
        phase_id(state, ids),
        "&lang=",
        state.lang.key(),
        "&theme=",
        state.theme.key(),
    ]
    .concat()
}

/// The query for a shared link: the phase always, language and theme only
/// when they are not the defaults.
pub fn share_query<S: AsRef<str>>(state: &UrlState, ids: &[S]) -> String {
    // Built by concatenation: the live layer carries no formatting code.
    let mut query = ["phase=", phase_id(state, ids)].concat();
    if state.lang != Lang::default() {
        query.push_str("&lang=");
        query.push_str(state.lang.key());
    }
    if state.theme != Theme::default() {
        query.push_str("&theme=");
        query.push_str(state.theme.key());
    }
    query
}

/// `query` with this module's parameters set to `state` and every other
/// parameter kept as it was, in order; returned with its leading `?`.
pub fn merge<S: AsRef<str>>(query: &str, state: &UrlState, ids: &[S]) -> String {
    let others: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .filter(|part| !KEYS.contains(&decode_key(part).as_str()))
        .collect();
    let mut out = String::from("?");
    for part in others {
        out.push_str(part);
        out.push('&');
    }
    out.push_str(&to_query(state, ids));
    out
}

/// `href`, a link to a page, pointed at `query` (with its `?`, replacing
/// the link's own), keeping its fragment (embed.js adds the host's, e.g.
/// WordPress's secret, as the reader clicks); `None` if it points there
/// already. No slicing by index: its panic path would bring formatting
/// code into the wasm (4 KB gzipped).
pub fn retarget(href: &str, query: &str) -> Option<String> {
    let (address, fragment) = href.split_once('#').unwrap_or((href, ""));
    let hash = if href.contains('#') { "#" } else { "" };
    let page = address.split('?').next().unwrap_or_default();
    let wanted = [page, query, hash, fragment].concat();
    (wanted != href).then_some(wanted)
}

/// The id of the state's phase (the last one if out of range, "" if none).
fn phase_id<'a, S: AsRef<str>>(state: &UrlState, ids: &'a [S]) -> &'a str {
    ids.get(state.phase)
        .or(ids.last())
        .map_or("", |id| id.as_ref())
}

fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
}

/// The decoded key of one `key=value` part of a query.
fn decode_key(part: &str) -> String {
    pairs(part).next().map(|(key, _)| key).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins how a language link follows the phase: its page stays, its
    // query is replaced, its fragment kept, and an up-to-date link is left
    // alone.
    #[test]
    fn a_link_is_retargeted_keeping_its_page_and_fragment() {
        let to = "?phase=restart";
        assert_eq!(
            retarget("../es/", to).as_deref(),
            Some("../es/?phase=restart")
        );
        assert_eq!(
            retarget("./?phase=wind-down", to).as_deref(),
            Some("./?phase=restart")
        );
        assert_eq!(
            retarget("es/?phase=x#?secret=abc", to).as_deref(),
            Some("es/?phase=restart#?secret=abc")
        );
        assert_eq!(retarget("es/#", to).as_deref(), Some("es/?phase=restart#"));
        assert_eq!(retarget("es/?phase=restart", to), None);
        assert_eq!(retarget("es/?phase=restart#?secret=a", to), None);
    }
    use proptest::prelude::*;

    /// The story's phase ids, as the app reads them from the page.
    const IDS: [&str; 6] = [
        "first-mpp",
        "wind-down",
        "court-order",
        "restart",
        "supreme-court",
        "mexico-refuses",
    ];

    /// Every valid state.
    fn all_states() -> impl Iterator<Item = UrlState> {
        (0..IDS.len()).flat_map(|phase| {
            Lang::ALL.into_iter().flat_map(move |lang| {
                Theme::ALL
                    .into_iter()
                    .map(move |theme| UrlState { phase, lang, theme })
            })
        })
    }

    fn ids() -> Vec<&'static str> {
        IDS.to_vec()
    }
    fn parse(query: &str) -> UrlState {
        super::parse(query, &ids())
    }
    fn to_query(state: &UrlState) -> String {
        super::to_query(state, &ids())
    }
    fn share_query(state: &UrlState) -> String {
        super::share_query(state, &ids())
    }
    fn merge(query: &str, state: &UrlState) -> String {
        super::merge(query, state, &ids())
    }

    // Pins the ordinary links readers and hosts will use.
    #[test]
    fn parses_good_links() {
        let s = parse("?phase=restart&lang=es&theme=dark");
        assert_eq!(
            s,
            UrlState {
                phase: 3,
                lang: Lang::Es,
                theme: Theme::Dark
            }
        );
        assert_eq!(parse("phase=supreme-court").phase, 4);
        assert_eq!(parse("").phase, 0);
        assert_eq!(
            parse("?initialWidth=640&childId=mpp&phase=court-order").phase,
            2
        );
        assert_eq!(
            parse("phase=mexico%2Drefuses").phase,
            5,
            "percent-encoded values decode"
        );
    }

    // Pins the fallbacks: anything unknown or malformed means the default.
    #[test]
    fn bad_values_fall_back_to_defaults() {
        assert_eq!(parse("phase=nope&lang=fr&theme=blue"), UrlState::default());
        assert_eq!(parse("phase=&lang&theme=%"), UrlState::default());
        assert_eq!(parse("phase=RESTART").phase, 0, "ids are exact");
        assert_eq!(
            parse("phase=restart&phase=first-mpp").phase,
            3,
            "the first occurrence counts"
        );
        assert_eq!(parse("%ZZ=1&phase=%E2%82").phase, 0);
        assert_eq!(parse("&&&=&="), UrlState::default());
    }

    #[test]
    fn merge_keeps_other_parameters() {
        let state = UrlState {
            phase: 3,
            ..UrlState::default()
        };
        assert_eq!(
            merge("?initialWidth=640&childId=mpp&phase=first-mpp", &state),
            "?initialWidth=640&childId=mpp&phase=restart&lang=en&theme=auto"
        );
        assert_eq!(merge("", &state), "?phase=restart&lang=en&theme=auto");
    }

    #[test]
    fn share_links_are_short() {
        assert_eq!(
            share_query(&UrlState {
                phase: 1,
                ..UrlState::default()
            }),
            "phase=wind-down"
        );
        let es = UrlState {
            phase: 0,
            lang: Lang::Es,
            theme: Theme::Dark,
        };
        assert_eq!(share_query(&es), "phase=first-mpp&lang=es&theme=dark");
        assert_eq!(parse(&share_query(&es)), es);
    }

    #[test]
    fn every_state_round_trips() {
        assert_eq!(all_states().count(), 6 * 2 * 3);
        for state in all_states() {
            assert_eq!(parse(&to_query(&state)), state);
        }
    }

    fn any_state() -> impl Strategy<Value = UrlState> {
        (0..IDS.len(), 0..2usize, 0..3usize).prop_map(|(phase, l, t)| UrlState {
            phase,
            lang: Lang::ALL[l],
            theme: Theme::ALL[t],
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        // Any string at all yields a valid state, without panicking.
        #[test]
        fn any_string_parses_to_a_valid_state(query in any::<String>()) {
            let state = parse(&query);
            prop_assert!(state.phase < IDS.len());
        }

        // Query-shaped noise, with our keys mixed in, still parses validly.
        #[test]
        fn query_shaped_noise_parses(query in "[?&=%+a-z0-9A-F-]{0,60}(phase|lang|theme)?[=&%a-z-]{0,20}") {
            let state = parse(&query);
            prop_assert!(state.phase < IDS.len());
        }

        // Serialising a valid state and reading it back gives it back, also
        // when merged into a query full of other parameters.
        #[test]
        fn valid_states_round_trip(state in any_state(), other in "[a-zA-Z]{1,8}=[a-z0-9%]{0,8}") {
            prop_assert_eq!(parse(&to_query(&state)), state);
            let merged = merge(&format!("?{other}&phase=nope"), &state);
            prop_assert_eq!(parse(&merged), state);
            prop_assert!(merged.contains(&other));
        }
    }
}
